package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Tables of resource names written in the code: as hard-coded as the
// literals in them.
var buckets = map[string]string{
	"images": "acme-images-prod",
	"thumbs": "acme-thumbs-prod",
}

var queues = map[string]string{
	"orders":   "https://sqs.eu-west-1.amazonaws.com/123456789012/orders",
	"invoices": "https://sqs.eu-west-1.amazonaws.com/123456789012/invoices",
}

const ledgerTable = "ledger-prod"

var tables = map[int]string{1: ledgerTable}

func putThumb(ctx context.Context, c *s3.Client) error {
	_, err := c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(buckets["thumbs"]), // want `Bucket "acme-thumbs-prod" is hard-coded \(entry "thumbs" of map buckets at maps.go:15\)`
		Key:    aws.String("thumb.png"),
	})
	return err
}

func enqueue(ctx context.Context, c *sqs.Client, kind, body string) error {
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(queues[kind]), // want `QueueUrl "https://sqs.eu-west-1.amazonaws.com/123456789012/orders" is hard-coded \(one of the 2 values of map queues at maps.go:20\)`
		MessageBody: aws.String(body),
	})
	return err
}

func ledger(ctx context.Context, c *dynamodb.Client) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(tables[1])}) // want `TableName "ledger-prod" is hard-coded \(constant ledgerTable at maps.go:25\)`
	return err
}

// Maps that are filled or changed elsewhere, or hold what the
// environment says: silent.
var envTables = map[string]string{
	"orders": os.Getenv("ORDERS_TABLE"),
}

var overridden = map[string]string{"orders": "orders-dev"}

var loaded = map[string]string{"orders": "orders-dev"}

var aliased = map[string]string{"orders": "orders-dev"}

func init() {
	overridden["orders"] = os.Getenv("ORDERS_TABLE")
	load(loaded)
	alias := aliased
	alias["orders"] = os.Getenv("ORDERS_TABLE")
}

func load(m map[string]string) {
	for k := range m {
		m[k] = os.Getenv(k)
	}
}

func silentMaps(ctx context.Context, c *dynamodb.Client, kind string) {
	_, _ = c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(envTables["orders"])})
	_, _ = c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(overridden["orders"])})
	_, _ = c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(loaded["orders"])})
	_, _ = c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(aliased[kind])})
	_, _ = c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(buckets["missing"])})
}
