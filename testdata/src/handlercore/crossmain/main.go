package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"handlercore/corelib"
)

func handle(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		o, err := corelib.ToOrder(r)
		if err != nil {
			return err
		}
		if err := corelib.Place(ctx, o); err != nil {
			return err
		}
		if err := corelib.Process(ctx, r); err != nil { // want `main.handle runs core logic coupled to Lambda: corelib.Process \(core.go:\d+\) takes events.SQSMessage and calls dynamodb.Client.PutItem`
			return err
		}
		if err := corelib.Save(ctx, o); err != nil { // want `corelib.write \(core.go:\d+\) takes events.SQSMessage`
			return err
		}
	}
	return nil
}

// mocked hands the event to a core whose client is behind an interface.
func mocked(ctx context.Context, e events.SQSEvent) error {
	p := &corelib.Processor{}
	return p.Process(ctx, e) // want `main.mocked runs core logic coupled to Lambda: \(\*Processor\).Process \(core.go:\d+\) takes events.SQSEvent and calls dynamodb.Client.PutItem`
}

func main() {
	lambda.Start(handle)
	lambda.Start(mocked)
	lambda.Start(corelib.Handle)   // want `corelib.Handle does the business logic itself: \d+ statements \(max 30\), cyclomatic complexity \d+ \(max 12\), 3 SDK/database operations \(over 2`
	lambda.Start(corelib.Dispatch) // want `corelib.Dispatch delegates to core logic coupled to Lambda types: corelib.Process`
}
