package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sqs"
)

var (
	sess = session.Must(session.NewSession())
	s3c  = s3.New(sess)
	ddb  = dynamodb.New(sess)
	sqsc = sqs.New(sess)
)

func handle(ctx context.Context, e events.SQSEvent) error { return nil }

func main() { lambda.Start(handle) }
