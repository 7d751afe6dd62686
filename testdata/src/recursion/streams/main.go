// Package main holds DynamoDB Streams consumers that write to their own
// table: a consumer that handles only some event names is not triggered
// by writes that produce the others.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"recursion/streamlib"
)

var ddb *dynamodb.Client

// Enrich handles new orders only and updates them in place: the update
// is a MODIFY it skips, silent.
//
//lambdalint:handler
func Enrich(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if r.EventName != "INSERT" {
			continue
		}
		table := streamlib.Table(r.EventSourceArn)
		if _, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(table), UpdateExpression: aws.String("SET enriched = :t")}); err != nil {
			return err
		}
	}
	return nil
}

// AuditInserts handles new items only, but puts a new item into the same
// table: every audit item is another INSERT.
//
//lambdalint:handler
func AuditInserts(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if r.EventName != string(events.DynamoDBOperationTypeInsert) {
			continue
		}
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(streamlib.Table(r.EventSourceArn))}); err != nil { // want `dynamodb PutItem writes to the dynamodb table that triggered`
			return err
		}
	}
	return nil
}

// Switch updates in the INSERT case (silent) and in the MODIFY case,
// which its own update triggers again.
//
//lambdalint:handler
func Switch(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		table := streamlib.Table(r.EventSourceArn)
		switch events.DynamoDBOperationType(r.EventName) {
		case events.DynamoDBOperationTypeInsert:
			if _, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: &table}); err != nil {
				return err
			}
		case events.DynamoDBOperationTypeModify:
			if _, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: &table}); err != nil { // want `dynamodb UpdateItem writes to the dynamodb table that triggered`
				return err
			}
		case events.DynamoDBOperationTypeRemove:
			// An archive copy of the removed item is an INSERT, which the
			// INSERT case handles with an update (a MODIFY): no loop of
			// its own, silent (the MODIFY case is the loop).
			if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: &table}); err != nil {
				return err
			}
		}
	}
	return nil
}

// SkipRemoves skips deletions only: updates are MODIFY records it handles.
//
//lambdalint:handler
func SkipRemoves(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if r.EventName == "REMOVE" {
			continue
		}
		if err := streamlib.MarkProcessed(ctx, ddb, r); err != nil { // want `dynamodb UpdateItem \(via streamlib.MarkProcessed\) writes to the dynamodb table`
			return err
		}
	}
	return nil
}

// SkipChanges skips MODIFY and REMOVE: the update through the helper is
// safe, silent; the audit put is an INSERT.
//
//lambdalint:handler
func SkipChanges(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if r.EventName == "MODIFY" || r.EventName == "REMOVE" {
			continue
		}
		if err := streamlib.MarkProcessed(ctx, ddb, r); err != nil {
			return err
		}
		if err := streamlib.Audit(ctx, ddb, r); err != nil { // want `dynamodb PutItem \(via streamlib.Audit\) writes to the dynamodb table`
			return err
		}
	}
	return nil
}

// InsertBranch updates through a helper given the table, inside an if on
// the event name: silent. The guard after the write does not protect it.
//
//lambdalint:handler
func InsertBranch(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		name := r.EventName
		if name == "INSERT" {
			if err := streamlib.Touch(ctx, ddb, streamlib.Table(r.EventSourceArn)); err != nil {
				return err
			}
			continue
		}
		if err := streamlib.Touch(ctx, ddb, streamlib.Table(r.EventSourceArn)); err != nil { // want `dynamodb UpdateItem at streamlib.go:\d+:\d+ \(via streamlib.Touch\) writes to the dynamodb table`
			return err
		}
		if name != "INSERT" {
			continue
		}
	}
	return nil
}

// Unguarded updates its own table on every record.
//
//lambdalint:handler
func Unguarded(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if _, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(streamlib.Table(r.EventSourceArn))}); err != nil { // want `dynamodb UpdateItem writes to the dynamodb table that triggered`
			return err
		}
		// Another table, from the environment: silent.
		if _, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(os.Getenv("AUDIT_TABLE"))}); err != nil {
			return err
		}
	}
	return nil
}

// OnlyNew ignores every other record in a default case and updates in a
// tagless switch: silent.
//
//lambdalint:handler
func OnlyNew(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		switch r.EventName {
		case "INSERT":
		default:
			continue
		}
		switch {
		case r.EventName == "INSERT" && r.Change.NewImage != nil:
			if err := streamlib.MarkProcessed(ctx, ddb, r); err != nil {
				return err
			}
		}
		if err := streamlib.MarkProcessed(ctx, ddb, r); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(streamlib.OnInsert)
}
