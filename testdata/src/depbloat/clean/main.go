// want package:`closure\(\d+ packages, \d+ bytes\)`

// A clean aws-sdk-go-v2 function: silent.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"depbloat/clean/internal/orders"
)

var svc *orders.Service

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc = &orders.Service{DB: dynamodb.NewFromConfig(cfg), S3: s3.NewFromConfig(cfg)}
}

func handle(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		if err := svc.Archive(ctx, r.MessageId); err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handle) }
