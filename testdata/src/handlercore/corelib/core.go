// Package corelib has core functions, some coupled to Lambda, and a
// handler that crossmain registers.
package corelib

import (
	"context"
	"encoding/json"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	DB    *dynamodb.Client
	Store *s3.Client
	Queue *sqs.Client
)

type Order struct {
	ID  string `json:"id"`
	Qty int    `json:"qty"`
}

// Process takes a record and writes it: coupled.
func Process(ctx context.Context, m events.SQSMessage) error {
	_, err := DB.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(m.MessageId)})
	return err
}

// Save takes plain values but calls Process's sibling: not coupled itself.
func Save(ctx context.Context, o Order) error {
	return write(ctx, events.SQSMessage{MessageId: o.ID})
}

func write(ctx context.Context, m events.SQSMessage) error {
	_, err := DB.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(m.MessageId)})
	return err
}

// ToOrder is an adapter.
func ToOrder(m events.SQSMessage) (Order, error) {
	var o Order
	err := json.Unmarshal([]byte(m.Body), &o)
	return o, err
}

// Place is core logic with plain values.
func Place(ctx context.Context, o Order) error {
	_, err := DB.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(o.ID)})
	return err
}

// Handle is a handler that does everything itself.
func Handle(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		var o Order
		if err := json.Unmarshal([]byte(r.Body), &o); err != nil {
			return err
		}
		if _, err := DB.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(os.Getenv("T"))}); err != nil {
			return err
		}
		if _, err := Store.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("B"))}); err != nil {
			return err
		}
		if _, err := Queue.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(os.Getenv("Q")), MessageBody: aws.String(strconv.Itoa(o.Qty))}); err != nil {
			return err
		}
	}
	return nil
}

// Dispatch is a handler delegating to a coupled function.
func Dispatch(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		if err := Process(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// DynamoAPI is the client behind an interface of the code's own.
type DynamoAPI interface {
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
}

type Processor struct{ DB DynamoAPI }

// Process takes the event and writes it through the interface: coupled,
// as Process is with the client itself.
func (p *Processor) Process(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if _, err := p.DB.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(m.MessageId)}); err != nil {
			return err
		}
	}
	return nil
}
