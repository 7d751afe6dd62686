package triggerlib

import (
	"context"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// RequeueBounded sends a message back to the queue of the record with an
// attempt counter it checks first: the helper bounds the loop itself.
func RequeueBounded(ctx context.Context, c *sqs.Client, m events.SQSMessage, max int) error {
	n := 0
	if a, ok := m.MessageAttributes["attempt"]; ok && a.StringValue != nil {
		n, _ = strconv.Atoi(*a.StringValue)
	}
	if n >= max {
		return nil // the redrive policy's DLQ keeps it
	}
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(QueueURL(m.EventSourceARN)),
		MessageBody: aws.String(m.Body),
		MessageAttributes: map[string]sqstypes.MessageAttributeValue{
			"attempt": {DataType: aws.String("Number"), StringValue: aws.String(strconv.Itoa(n + 1))},
		},
	})
	return err
}
