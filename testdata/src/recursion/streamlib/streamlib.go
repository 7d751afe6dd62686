// Package streamlib holds DynamoDB helpers used by stream consumers.
package streamlib

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Table takes the table name out of a stream ARN.
func Table(arn string) string {
	_, rest, _ := strings.Cut(arn, ":table/")
	name, _, _ := strings.Cut(rest, "/")
	return name
}

// MarkProcessed sets a flag on the item of the record, in its own table.
func MarkProcessed(ctx context.Context, c *dynamodb.Client, r events.DynamoDBEventRecord) error {
	_, err := c.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(Table(r.EventSourceArn)),
		UpdateExpression: aws.String("SET processed = :t"),
	})
	return err
}

// Audit puts an audit item into the table of the record.
func Audit(ctx context.Context, c *dynamodb.Client, r events.DynamoDBEventRecord) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(Table(r.EventSourceArn))})
	return err
}

// Touch updates an item of the table it is given.
func Touch(ctx context.Context, c *dynamodb.Client, table string) error {
	_, err := c.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(table)})
	return err
}

// OnInsert is a stream handler declared here and registered from
// streams: it handles only new items and updates them, silent.
func OnInsert(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if r.EventName != "INSERT" {
			continue
		}
		if err := Touch(ctx, nil, Table(r.EventSourceArn)); err != nil {
			return err
		}
	}
	return nil
}
