package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
)

// A large legacy handler that builds ten clients per invocation: each
// one is reported, not the first eight.
func legacy(ctx context.Context, o Order) error {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the SDK configuration on every invocation`
	_ = s3.NewFromConfig(cfg)               // want `s3.NewFromConfig creates a client on every invocation`
	_ = dynamodb.NewFromConfig(cfg)         // want `dynamodb.NewFromConfig creates a client on every invocation`
	_ = sqs.NewFromConfig(cfg)              // want `sqs.NewFromConfig creates a client on every invocation`
	_ = sns.NewFromConfig(cfg)              // want `sns.NewFromConfig creates a client on every invocation`
	_ = ssm.NewFromConfig(cfg)              // want `ssm.NewFromConfig creates a client on every invocation`
	_ = secretsmanager.NewFromConfig(cfg)   // want `secretsmanager.NewFromConfig creates a client on every invocation`
	_ = kinesis.NewFromConfig(cfg)          // want `kinesis.NewFromConfig creates a client on every invocation`
	_ = sfn.NewFromConfig(cfg)              // want `sfn.NewFromConfig creates a client on every invocation`
	_ = eventbridge.NewFromConfig(cfg)      // want `eventbridge.NewFromConfig creates a client on every invocation`
	return nil
}
