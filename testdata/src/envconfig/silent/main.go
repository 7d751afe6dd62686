// Package main reads its operational parameters from the environment.
package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Config struct {
	Table  string
	Bucket string
	Queue  string
}

func loadConfig() Config {
	return Config{
		Table:  os.Getenv("TABLE_NAME"),
		Bucket: os.Getenv("BUCKET_NAME"),
		Queue:  os.Getenv("QUEUE_URL"),
	}
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

var (
	conf   = loadConfig()
	region = getenv("AWS_REGION", "eu-west-1") // a development default: info, off by default
	table  = cmp.Or(os.Getenv("TABLE_NAME"), "orders-local")
	cfg, _ = config.LoadDefaultConfig(context.Background(), config.WithRegion(region))
	ddb    = dynamodb.NewFromConfig(cfg)
	s3c    = s3.NewFromConfig(cfg)
	sqsc   = sqs.NewFromConfig(cfg)
)

const keyPrefix = "uploads/"

func queueURL() string {
	u := os.Getenv("QUEUE_URL")
	if u == "" {
		u = "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-dev"
	}
	return u
}

func localstack() aws.Config {
	c := cfg.Copy()
	c.Credentials = credentials.NewStaticCredentialsProvider("test", "test", "")
	return c
}

func handle(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := keyPrefix + r.S3.Object.Key
		if strings.HasPrefix(r.S3.Bucket.Arn, "arn:aws:s3:") {
			slog.Info("object", "key", key)
		}
		_, err := s3c.CopyObject(ctx, &s3.CopyObjectInput{
			Bucket:     aws.String(conf.Bucket),
			CopySource: aws.String(r.S3.Bucket.Name + "/" + r.S3.Object.Key),
			Key:        aws.String("processed/" + key),
		})
		if err != nil {
			return fmt.Errorf("copy to bucket invoices-prod (arn:aws:s3:::invoices-prod): %w", err)
		}
	}
	_, err := ddb.Query(ctx, &dynamodb.QueryInput{
		TableName:              aws.String(table),
		IndexName:              aws.String("gsi1"),
		KeyConditionExpression: aws.String("pk = :pk"),
	})
	if err != nil {
		return errors.New("query orders table failed")
	}
	_, err = sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queueURL()), MessageBody: aws.String("{}")})
	log.Printf("sent to %s", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders")
	_ = localstack
	return err
}

func main() {
	lambda.Start(handle)
}
