// Package main holds red-team regressions: a queue URL put together with
// fmt.Sprintf from literal parts, and the documented example key given to
// a static credentials provider.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	v1creds "github.com/aws/aws-sdk-go/aws/credentials"
)

const (
	accountID = "123456789012"
	awsRegion = "eu-central-1"
)

var queueURL = fmt.Sprintf("https://sqs.%s.amazonaws.com/%s/%s", awsRegion, accountID, "orders-prod")

// Built from the environment: silent.
var dlqURL = fmt.Sprintf("https://sqs.%s.amazonaws.com/%s/%s", os.Getenv("AWS_REGION"), accountID, os.Getenv("DLQ_NAME"))

var client *sqs.Client

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background(),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "")), // want `credentials are written in the code: credentials.NewStaticCredentialsProvider is given an access key id and a secret access key`
	)
	if err != nil {
		panic(err)
	}
	client = sqs.NewFromConfig(cfg)
	_ = v1creds.NewStaticCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "") // want `credentials are written in the code: credentials.NewStaticCredentials is given an access key id and a secret access key`
}

func handler(ctx context.Context, ev events.SQSEvent) error {
	for _, r := range ev.Records {
		_, err := client.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl:    aws.String(queueURL), // want `QueueUrl "https://sqs.eu-central-1.amazonaws.com/123456789012/orders-prod" is hard-coded \(variable queueURL at main.go:\d+\)`
			MessageBody: aws.String(r.Body),
		})
		if err != nil {
			return err
		}
		_, err = client.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl:    aws.String(dlqURL),
			MessageBody: aws.String(fmt.Sprintf("%s failed", r.MessageId)),
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handler) }
