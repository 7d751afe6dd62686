package main

import (
	"context"
	"os"
	"path"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"

	"recursion/triggerlib"
)

var (
	s3c     *s3.Client
	s3v1c   *s3v1.S3
	sqsc    *sqs.Client
	snsc    *sns.Client
	ddb     *dynamodb.Client
	kin     *kinesis.Client
	outputs = os.Getenv("OUTPUT_BUCKET")
)

// Resize writes the resized image back to the bucket it came from.
//
//lambdalint:handler
func Resize(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		bucket := r.S3.Bucket.Name
		key := r.S3.Object.Key
		_, err := s3c.PutObject(ctx, &s3.PutObjectInput{ // want `s3 PutObject writes to the s3 bucket that triggered this function`
			Bucket: aws.String(bucket),
			Key:    aws.String("resized/" + key),
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Copy copies with the v2 CopyObject and the v1 PutObject.
//
//lambdalint:handler
func Copy(ctx context.Context, e events.S3Event) error {
	r := e.Records[0]
	in := &s3.CopyObjectInput{Key: aws.String("archive/" + r.S3.Object.Key)}
	in.Bucket = &r.S3.Bucket.Name
	if _, err := s3c.CopyObject(ctx, in); err != nil { // want `s3 CopyObject writes to the s3 bucket`
		return err
	}
	_, err := s3v1c.PutObject(&s3v1.PutObjectInput{Bucket: awsv1.String(r.S3.Bucket.Name), Key: awsv1.String("x")}) // want `s3 PutObject writes to the s3 bucket`
	return err
}

// Guarded skips what it wrote itself: silent.
//
//lambdalint:handler
func Guarded(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasPrefix(key, "processed/") {
			continue
		}
		if err := triggerlib.Save(ctx, r.S3.Bucket.Name, "processed/"+path.Base(key), nil); err != nil {
			return err
		}
	}
	return nil
}

// ToEnv writes to another bucket from the environment: silent.
//
//lambdalint:handler
func ToEnv(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if err := triggerlib.Save(ctx, outputs, r.S3.Object.Key, nil); err != nil {
			return err
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("ARCHIVE")), Key: &r.S3.Object.Key}); err != nil {
			return err
		}
	}
	return nil
}

// ViaHelpers writes through helpers of another package.
//
//lambdalint:handler
func ViaHelpers(ctx context.Context, e events.S3Event) error {
	r := e.Records[0]
	if err := triggerlib.Store(ctx, r.S3.Bucket.Name, r.S3.Object.Key); err != nil { // want `s3 PutObject at store.go:\d+:\d+ \(via triggerlib.Store → triggerlib.Save\) writes to the s3 bucket that triggered`
		return err
	}
	return nil
}

// Retry sends failed messages back to the queue they came from.
//
//lambdalint:handler
func Retry(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		url := triggerlib.QueueURL(m.EventSourceARN)
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: &m.Body}); err != nil { // want `sqs SendMessage writes to the sqs queue that triggered`
			return err
		}
		if err := triggerlib.Requeue(ctx, sqsc, m); err != nil { // want `sqs SendMessage \(via triggerlib.Requeue\) writes to the sqs queue`
			return err
		}
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(os.Getenv("DLQ_URL")), MessageBody: &m.Body}); err != nil {
			return err
		}
	}
	return nil
}

// Fan republishes to the topic of the notification.
//
//lambdalint:handler
func Fan(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		topic := r.SNS.TopicArn
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: &topic, Message: &r.SNS.Message}); err != nil { // want `sns Publish writes to the sns topic that triggered`
			return err
		}
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(os.Getenv("AUDIT_TOPIC")), Message: &r.SNS.TopicArn}); err != nil {
			return err
		}
	}
	return nil
}

// tableName takes the table out of a stream ARN:
// arn:aws:dynamodb:region:account:table/Orders/stream/2024-…
func tableName(arn string) string {
	_, rest, _ := strings.Cut(arn, ":table/")
	name, _, _ := strings.Cut(rest, "/")
	return name
}

// Stream writes back to the table whose stream it reads.
//
//lambdalint:handler
func Stream(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(tableName(r.EventSourceArn))}); err != nil { // want `dynamodb PutItem writes to the dynamodb table that triggered`
			return err
		}
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(os.Getenv("AUDIT_TABLE"))}); err != nil {
			return err
		}
	}
	return nil
}

// Kinesis forwards to the stream it reads.
//
//lambdalint:handler
func Kinesis(ctx context.Context, e events.KinesisEvent) error {
	for _, r := range e.Records {
		if _, err := kin.PutRecord(ctx, &kinesis.PutRecordInput{StreamARN: aws.String(r.EventSourceArn), Data: r.Kinesis.Data}); err != nil { // want `kinesis PutRecord writes to the kinesis stream that triggered`
			return err
		}
		// The partition key is from the record, the stream from the environment.
		if _, err := kin.PutRecord(ctx, &kinesis.PutRecordInput{StreamName: aws.String(os.Getenv("OUT_STREAM")), PartitionKey: &r.Kinesis.PartitionKey}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(triggerlib.Thumbnail) // want `s3 PutObject at store.go:\d+:\d+ \(via triggerlib.Save\) writes to the s3 bucket`
}
