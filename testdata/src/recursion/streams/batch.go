package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"recursion/streamlib"
)

// Compact batches rewrites of the items it is notified of into the table
// that streams them: every batch is more stream records.
//
//lambdalint:handler
func Compact(ctx context.Context, e events.DynamoDBEvent) error {
	items := map[string][]types.WriteRequest{}
	for _, r := range e.Records {
		table := streamlib.Table(r.EventSourceArn)
		items[table] = append(items[table], types.WriteRequest{PutRequest: &types.PutRequest{}})
	}
	_, err := ddb.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: items}) // want `dynamodb BatchWriteItem writes to the dynamodb table that triggered`
	return err
}

// Settle writes a transaction whose update targets the source table.
//
//lambdalint:handler
func Settle(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		_, err := ddb.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{ // want `dynamodb TransactWriteItems writes to the dynamodb table that triggered`
			TransactItems: []types.TransactWriteItem{
				{Put: &types.Put{TableName: aws.String(os.Getenv("LEDGER_TABLE"))}},
				{Update: &types.Update{TableName: aws.String(streamlib.Table(r.EventSourceArn))}},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Archive batches into another table, named by the configuration: silent.
//
//lambdalint:handler
func Archive(ctx context.Context, e events.DynamoDBEvent) error {
	archive := os.Getenv("ARCHIVE_TABLE")
	var reqs []types.WriteRequest
	for range e.Records {
		reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{}})
	}
	_, err := ddb.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{archive: reqs}})
	if err != nil {
		return err
	}
	_, err = ddb.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{
		TransactItems: []types.TransactWriteItem{{Put: &types.Put{TableName: aws.String(archive)}}},
	})
	return err
}
