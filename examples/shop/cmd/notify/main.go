// Command notify turns order events from a queue into e-mail jobs.
//
// Violations: the SQS client is built on every invocation (inside a helper
// in another package), the last message id is kept in a package variable
// between invocations, and the audit goroutine is not awaited, so it is
// frozen with the execution environment when the handler returns.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/shop/internal/awsclient"
)

var lastMessageID string

// handle: client-per-invocation (at the awsclient.SQS call), request-state
// (lastMessageID) and goroutine-leak (the audit goroutine).
func handle(ctx context.Context, ev events.SQSEvent) error {
	client, err := awsclient.SQS(ctx)
	if err != nil {
		return err
	}
	for _, msg := range ev.Records {
		lastMessageID = msg.MessageId
		go audit(msg.MessageId, msg.Body)
		_, err := client.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl:    aws.String(os.Getenv("EMAIL_QUEUE_URL")),
			MessageBody: aws.String(msg.Body),
		})
		if err != nil {
			return fmt.Errorf("queueing e-mail for %s: %w", msg.MessageId, err)
		}
	}
	return nil
}

// audit stands in for a slow audit call: no finding of its own.
func audit(id, body string) {
	log.Printf("audit: message %s (%d bytes), previous %s", id, len(body), lastMessageID)
}

// main registers handle: no finding.
func main() {
	lambda.Start(handle)
}
