package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"recursion/streamlib"
)

// Marked skips items it has already enriched and marks the ones it
// enriches: its own MODIFY record carries the marker. Silent.
//
//lambdalint:handler
func Marked(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if _, done := r.Change.NewImage["enriched"]; done {
			continue
		}
		table := streamlib.Table(r.EventSourceArn)
		if _, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(table), UpdateExpression: aws.String("SET enriched = :t")}); err != nil {
			return err
		}
	}
	return nil
}

// MarkedByName sets the marker through an expression attribute name.
// Silent.
//
//lambdalint:handler
func MarkedByName(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if _, done := r.Change.NewImage["enriched"]; done {
			continue
		}
		in := &dynamodb.UpdateItemInput{
			TableName:                aws.String(streamlib.Table(r.EventSourceArn)),
			UpdateExpression:         aws.String("SET #m = :t"),
			ExpressionAttributeNames: map[string]string{"#m": "enriched"},
		}
		if _, err := ddb.UpdateItem(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

// OtherMarker skips items marked "audited" but sets "enriched": its own
// record is not skipped, and every update triggers the next.
//
//lambdalint:handler
func OtherMarker(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if _, done := r.Change.NewImage["audited"]; done {
			continue
		}
		table := streamlib.Table(r.EventSourceArn)
		if _, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String(table), UpdateExpression: aws.String("SET enriched_at = :t")}); err != nil { // want `dynamodb UpdateItem writes to the dynamodb table that triggered`
			return err
		}
	}
	return nil
}

// markNormalized sets the marker in a helper of the package.
func markNormalized(ctx context.Context, table, pk string) error {
	_, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(table),
		UpdateExpression: aws.String("SET normalizedAt = :t"),
	})
	return err
}

// markSeen sets another attribute than the one skipped.
func markSeen(ctx context.Context, table, pk string) error {
	_, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(table),
		UpdateExpression: aws.String("SET seenAt = :t"),
	})
	return err
}

// MarkedViaHelper skips normalised items, through a local copy of the
// image, and normalises in a helper that sets the marker. Silent.
//
//lambdalint:handler
func MarkedViaHelper(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		img := r.Change.NewImage
		if _, done := img["normalizedAt"]; done {
			continue
		}
		if err := markNormalized(ctx, streamlib.Table(r.EventSourceArn), "pk"); err != nil {
			return err
		}
	}
	return nil
}

// OtherMarkerViaHelper skips normalised items but its helper sets
// another attribute: every update triggers the next.
//
//lambdalint:handler
func OtherMarkerViaHelper(ctx context.Context, e events.DynamoDBEvent) error {
	for _, r := range e.Records {
		if _, done := r.Change.NewImage["normalizedAt"]; done {
			continue
		}
		if err := markSeen(ctx, streamlib.Table(r.EventSourceArn), "pk"); err != nil { // want `dynamodb UpdateItem at markers.go:\d+:\d+ \(via main.markSeen\) writes to the dynamodb table that triggered this function`
			return err
		}
	}
	return nil
}
