// Package main has development defaults, reported when env-dev-default
// is enabled (it is off by default).
package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

var region = getenv("AWS_REGION", "eu-west-1") // want `this literal is a development default used when the environment variable is empty`

func clients(ctx context.Context) *dynamodb.Client {
	var opts []func(*config.LoadOptions) error
	if os.Getenv("AWS_SAM_LOCAL") == "true" {
		opts = append(opts, config.WithRegion("us-east-1")) // want `region "us-east-1" is used only when AWS_SAM_LOCAL selects a local run; make sure no deployed stage sets AWS_SAM_LOCAL`
	}
	// LATEST_RELEASE is not a local switch: the literal is a real
	// region in the deployed function.
	if os.Getenv("LATEST_RELEASE") != "" {
		opts = append(opts, config.WithRegion("ap-south-1")) // want `region "ap-south-1" is hard-coded`
	}
	awsCfg, _ := config.LoadDefaultConfig(ctx, opts...)
	d := dynamodb.NewFromConfig(awsCfg)
	_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("orders")}) // want `TableName "orders" is hard-coded`
	return d
}

// localTable and localCfg name the emulator's resources: used only in a
// local run, they are development defaults there, hard-coded elsewhere.
const localTable = "orders-local"

var localCfg = struct{ Table string }{Table: "orders-emulator"}

func localRun(ctx context.Context, d *dynamodb.Client) {
	if os.Getenv("AWS_SAM_LOCAL") == "true" {
		_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(localTable)})     // want `TableName "orders-local" is used only when AWS_SAM_LOCAL selects a local run`
		_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(localCfg.Table)}) // want `TableName "orders-emulator" is used only when AWS_SAM_LOCAL selects a local run`
		return
	}
	_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(localTable)}) // want `TableName "orders-local" is hard-coded \(constant localTable`
	// Negated switches: their bodies are what the deployed function runs.
	if os.Getenv("AWS_SAM_LOCAL") != "true" {
		_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(localTable)}) // want `TableName "orders-local" is hard-coded \(constant localTable`
	}
	if os.Getenv("IS_OFFLINE") == "" {
		_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("orders-deployed")}) // want `TableName "orders-deployed" is hard-coded`
	}
	isLocal := os.Getenv("AWS_SAM_LOCAL") == "true"
	if !isLocal {
		_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("orders-prod")}) // want `TableName "orders-prod" is hard-coded`
	}
}

// lookupEnv returns nil when the variable is unset.
func lookupEnv(key string) *string {
	if v, ok := os.LookupEnv(key); ok {
		return &v
	}
	return nil
}

// A switch on a pointer compared with nil, followed to its lookup.
func localPointer(ctx context.Context, d *dynamodb.Client) {
	ep := lookupEnv("LOCALSTACK_ENDPOINT")
	if ep != nil {
		_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("orders-localstack")}) // want `TableName "orders-localstack" is used only when LOCALSTACK_ENDPOINT selects a local run`
	}
}

// localTopic is an ARN used only in a local run: reported there as a
// development default, not at its declaration as a hard-coded ARN.
const localTopic = "arn:aws:sns:us-east-1:000000000000:orders"

func localPublish(ctx context.Context, p *sns.Client) {
	if os.Getenv("AWS_SAM_LOCAL") == "true" {
		_, _ = p.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(localTopic)}) // want `TopicArn "arn:aws:sns:us-east-1:000000000000:orders" is used only when AWS_SAM_LOCAL selects a local run`
	}
}
