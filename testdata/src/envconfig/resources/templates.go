package main

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

// ARNs built with a format: the region filled in from the environment,
// the account and the topic still written out.
func publishFailure(ctx context.Context, msg string) error {
	region := os.Getenv("AWS_REGION")
	_, err := snsc.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(fmt.Sprintf("arn:aws:sns:%s:123456789012:relay-failures", region)), // want `ARN template "arn:aws:sns:%s:123456789012:relay-failures" hard-codes the account and the resource name`
		Message:  aws.String(msg),
	})
	return err
}

// Every part that names the resource comes from the environment: silent.
func publishConfigured(ctx context.Context, msg string) error {
	arn := fmt.Sprintf("arn:aws:sns:%s:%s:%s", os.Getenv("AWS_REGION"), os.Getenv("ACCOUNT_ID"), os.Getenv("TOPIC_NAME"))
	alt := fmt.Sprintf("arn:aws:sns:%s:123456789012:%s", os.Getenv("AWS_REGION"), os.Getenv("TOPIC_NAME"))
	_, err := snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(arn), Message: aws.String(msg + alt)})
	return err
}
