package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

// Thumbs writes to the sibling bucket named after the source
// ("photos" → "photos-resized"): another bucket, silent.
//
//lambdalint:handler
func Thumbs(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		dst := r.S3.Bucket.Name + "-resized"
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(dst), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(fmt.Sprintf("%s-archive", r.S3.Bucket.Name)), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
	}
	return nil
}

// Enrich publishes to the "-enriched" topic next to the "-raw" one it
// reads: silent.
//
//lambdalint:handler
func Enrich(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		out := strings.TrimSuffix(r.SNS.TopicArn, "-raw") + "-enriched"
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(out), Message: aws.String(r.SNS.Message)}); err != nil {
			return err
		}
	}
	return nil
}

// Requeue republishes to the same topic through its ARN rebuilt from
// parts: still the source topic.
//
//lambdalint:handler
func Requeue(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		parts := strings.Split(r.SNS.TopicArn, ":")
		arn := "arn:aws:sns:" + parts[3] + ":" + parts[4] + ":" + parts[5]
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(arn), Message: aws.String("retry")}); err != nil { // want `sns Publish writes to the sns topic that triggered this function`
			return err
		}
		fromFmt := fmt.Sprintf("arn:aws:sns:%s:%s:%s", parts[3], parts[4], parts[5])
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: &fromFmt, Message: aws.String("retry")}); err != nil { // want `sns Publish writes to the sns topic`
			return err
		}
	}
	return nil
}

// Alert publishes to the "alerts" topic of the account and region the
// event's topic is in: another topic, silent.
//
//lambdalint:handler
func Alert(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		parts := strings.Split(r.SNS.TopicArn, ":")
		arn := "arn:aws:sns:" + parts[3] + ":" + parts[4] + ":alerts"
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(arn), Message: aws.String("alert")}); err != nil {
			return err
		}
		fromFmt := fmt.Sprintf("arn:aws:sns:%s:%s:alerts", parts[3], parts[4])
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: &fromFmt, Message: aws.String("alert")}); err != nil {
			return err
		}
	}
	return nil
}

// AlertInline indexes the split inline: still only the region and account.
//
//lambdalint:handler
func AlertInline(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		arn := "arn:aws:sns:" + strings.Split(r.SNS.TopicArn, ":")[3] + ":123456789012:alerts"
		if _, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(arn), Message: aws.String("alert")}); err != nil {
			return err
		}
	}
	return nil
}
