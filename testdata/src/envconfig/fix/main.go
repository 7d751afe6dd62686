package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func run(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `region "eu-west-1" is hard-coded`
	db := dynamodb.NewFromConfig(cfg)
	_, _ = db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("orders")})                       // want `TableName "orders" is hard-coded`
	_ = &s3.PutObjectInput{Bucket: aws.String("invoices"), Key: aws.String("a")}                          // want `Bucket "invoices" is hard-coded`
	_ = &sqs.SendMessageInput{QueueUrl: aws.String("https://sqs.eu-west-1.amazonaws.com/123456789012/q")} // want `QueueUrl .* is hard-coded`
	_ = s3.Options{Region: "us-east-1"}                                                                   // want `region "us-east-1" is hard-coded`
}

// One table: its key becomes os.Getenv. Two: no fix, which would make
// them one key at run time.
func batch(ctx context.Context, db *dynamodb.Client, reqs []types.WriteRequest) {
	_, _ = db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{
		"orders": reqs, // want `TableName "orders" is hard-coded`
	}})
	_, _ = db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{
		"orders": reqs, // want `TableName "orders" is hard-coded`
		"audit":  reqs, // want `TableName "audit" is hard-coded`
	}})
}

func main() { run(context.Background()) }
