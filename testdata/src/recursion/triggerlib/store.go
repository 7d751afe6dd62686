// Package triggerlib holds storage helpers used by triggers.
package triggerlib

import (
	"bytes"
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var Client *s3.Client

// Save writes an object to the bucket it is given.
func Save(ctx context.Context, bucket, key string, body []byte) error {
	_, err := Client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(bucket),
		Key:    aws.String(key),
		Body:   bytes.NewReader(body),
	})
	return err
}

// Store goes through Save: the parameter still names the bucket.
func Store(ctx context.Context, bucket string, key string) error {
	return Save(ctx, bucket, "out/"+key, nil)
}

// QueueURL turns a queue ARN into its URL.
func QueueURL(arn string) string {
	p := strings.Split(arn, ":")
	return "https://sqs." + p[3] + ".amazonaws.com/" + p[4] + "/" + p[5]
}

// Requeue sends a message back to the queue of the record.
func Requeue(ctx context.Context, c *sqs.Client, m events.SQSMessage) error {
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(QueueURL(m.EventSourceARN)),
		MessageBody: aws.String(m.Body),
	})
	return err
}

// Thumbnail is an S3 handler declared here and registered from triggers.
func Thumbnail(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if err := Save(ctx, r.S3.Bucket.Name, "thumbs/"+r.S3.Object.Key, nil); err != nil {
			return err
		}
	}
	return nil
}
