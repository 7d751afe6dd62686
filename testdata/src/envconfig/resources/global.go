package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/arn"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Look-alikes of a global service's region: the config also builds a
// regional client, or names another region.
func mixedClients(ctx context.Context) (*cloudfront.Client, *s3.Client) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1")) // want `region "us-east-1" is hard-coded`
	return cloudfront.NewFromConfig(cfg), s3.NewFromConfig(cfg)
}

func wrongGlobalRegion(ctx context.Context) *cloudfront.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `region "eu-west-1" is hard-coded`
	return cloudfront.NewFromConfig(cfg, func(o *cloudfront.Options) {
		o.Region = "eu-central-1" // want `region "eu-central-1" is hard-coded`
	})
}

// Inline, a regional service's client: reported.
func inlineRegional() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "eu-west-1"}) // want `region "eu-west-1" is hard-coded`
}

// builtARN builds a whole ARN from literal parts: the resource is
// hard-coded as much as in "arn:aws:sns:…".
func builtARN() string {
	return arn.ARN{Partition: "aws", Service: "sns", Region: os.Getenv("AWS_REGION"), AccountID: "123456789012", Resource: "orders-events"}.String() // want `ARN Resource "orders-events" is hard-coded: it differs between stages and accounts; read it from an environment variable \(os.Getenv\("RESOURCE_NAME"\)\)`
}

// An AWS managed policy is the same in every account: silent.
func managedPolicy() string {
	return arn.ARN{Partition: "aws", Service: "iam", AccountID: "aws", Resource: "policy/service-role/AWSLambdaBasicExecutionRole"}.String()
}

// A bucket's ARN has no account, and the bucket is the user's.
func bucketARN() string {
	return arn.ARN{Partition: "aws", Service: "s3", Resource: "invoices-prod"}.String() // want `ARN Resource "invoices-prod" is hard-coded`
}

func ownARN(account string) string {
	return arn.ARN{Partition: "aws", Service: "sns", Region: os.Getenv("AWS_REGION"), AccountID: account, Resource: os.Getenv("TOPIC_NAME")}.String()
}

// viaHelper hands the us-east-1 config to a helper too: what it builds
// is not known here, so the region stays reported.
func viaHelper(ctx context.Context) *cloudfront.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1")) // want `region "us-east-1" is hard-coded`
	keep(cfg)
	return cloudfront.NewFromConfig(cfg)
}

func keep(any) {}
