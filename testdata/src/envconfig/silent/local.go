package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// localClients points the SDK at LocalStack or SAM local when the
// environment says the function runs there; deployed, the branch is never
// taken.
func localClients(ctx context.Context) (*s3.Client, *dynamodb.Client) {
	var opts []func(*config.LoadOptions) error
	isLocal := os.Getenv("AWS_SAM_LOCAL") == "true"
	if isLocal {
		opts = append(opts, config.WithRegion("us-east-1"))
	}
	if os.Getenv("LOCALSTACK_HOSTNAME") != "" {
		opts = append(opts, config.WithRegion("eu-west-1"))
	}
	awsCfg, _ := config.LoadDefaultConfig(ctx, opts...)
	s3c := s3.NewFromConfig(awsCfg, func(o *s3.Options) {
		if stage := os.Getenv("STAGE"); stage == "dev" {
			o.Region = "us-west-2"
		}
	})
	table := os.Getenv("TABLE_NAME")
	if os.Getenv("IS_OFFLINE") == "true" {
		table = "orders-offline"
	}
	d := dynamodb.NewFromConfig(awsCfg)
	_, _ = d.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table)})
	return s3c, d
}

// AWS-owned ARNs are the same in every account.
const (
	basicExecution = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
	invokeTask     = "arn:aws:states:::lambda:invoke"
)
