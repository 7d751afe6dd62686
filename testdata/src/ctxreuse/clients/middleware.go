package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type sqsHandler func(context.Context, events.SQSEvent) error

type middleware func(sqsHandler) sqsHandler

// chain wraps h in mws, the first outermost.
func chain(h sqsHandler, mws ...middleware) sqsHandler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// withTable builds its client once, when the chain is built: silent.
func withTable(next sqsHandler) sqsHandler {
	client := dynamodb.NewFromConfig(sharedCfg)
	return func(ctx context.Context, e events.SQSEvent) error {
		_, err := client.PutItem(ctx, &dynamodb.PutItemInput{})
		if err != nil {
			return err
		}
		return next(ctx, e)
	}
}

// withAudit builds a client on every invocation, inside the closure.
func withAudit(next sqsHandler) sqsHandler {
	return func(ctx context.Context, e events.SQSEvent) error {
		q := sqs.NewFromConfig(sharedCfg) // want `sqs.NewFromConfig creates a client on every invocation of the handler`
		if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{}); err != nil {
			return err
		}
		return next(ctx, e)
	}
}

// withDedup builds the middleware from a call; its closure builds a
// client per invocation.
func withDedup(table string) middleware {
	return func(next sqsHandler) sqsHandler {
		return func(ctx context.Context, e events.SQSEvent) error {
			db := dynamodb.NewFromConfig(sharedCfg) // want `dynamodb.NewFromConfig creates a client on every invocation of the handler`
			if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{}); err != nil {
				return err
			}
			return next(ctx, e)
		}
	}
}

func consume(ctx context.Context, e events.SQSEvent) error { return nil }

func startChain() {
	lambda.Start(chain(consume, withTable, withAudit, withDedup("seen")))
}

// withTrace("x")(consume): a middleware built by a call, applied at once.
func withTrace(name string) middleware {
	return func(next sqsHandler) sqsHandler {
		return func(ctx context.Context, e events.SQSEvent) error {
			q := sqs.NewFromConfig(sharedCfg) // want `sqs.NewFromConfig creates a client on every invocation of the handler`
			_ = q
			return next(ctx, e)
		}
	}
}

func startCurried() {
	lambda.Start(withTrace("x")(consume))
}
