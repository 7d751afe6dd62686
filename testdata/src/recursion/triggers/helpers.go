package main

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// queueURLOf rebuilds the URL of the queue an ARN names: the same queue.
func queueURLOf(arn string) string {
	p := strings.Split(arn, ":")
	return "https://sqs." + p[3] + ".amazonaws.com/" + p[4] + "/" + p[5]
}

// outQueueOf names the sibling queue: orders-in -> orders-out.
func outQueueOf(arn string) string {
	return strings.TrimSuffix(queueURLOf(arn), "-in") + "-out"
}

// Forward sends each message on to the sibling queue of the one it came
// from: another queue. Silent.
//
//lambdalint:handler
func Forward(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(outQueueOf(m.EventSourceARN)), MessageBody: aws.String(m.Body)}); err != nil {
			return err
		}
	}
	return nil
}

// RequeueURL sends each message back to the queue it came from, through the
// helper that rebuilds that queue's URL.
//
//lambdalint:handler
func RequeueURL(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queueURLOf(m.EventSourceARN)), MessageBody: aws.String(m.Body)}); err != nil { // want `sqs SendMessage writes to the sqs queue that triggered this function`
			return err
		}
	}
	return nil
}
