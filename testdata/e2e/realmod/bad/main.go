// Command bad registers handlers that aws-lambda-go rejects at run time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
)

// fakeContext implements context.Context, but a concrete type is rejected.
type fakeContext struct{ context.Context }

func noError(ctx context.Context, ev events.SQSEvent) events.SQSEventResponse {
	return events.SQSEventResponse{}
}

func concreteContext(ctx fakeContext, ev events.SQSEvent) error {
	return nil
}

func legacy(ctx context.Context, in chan string) error {
	return nil
}

func good(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	_ = aws.String("unused")
	return events.SQSEventResponse{}, nil
}

func main() {
	switch mode() {
	case "a":
		lambda.Start(noError)
	case "b":
		lambda.Start(concreteContext)
	case "c":
		//lambdalint:ignore event-undecodable the legacy mode is never deployed
		lambda.Start(legacy)
	case "d":
		//lambdalint:ignore handler-signature
		lambda.Start(good)
	case "e":
		//lambdalint:ignore handler-signatur a typo in the rule id
		lambda.Start(good)
	default:
		//lambdalint:ignore handler-signature kept from an old version
		lambda.Start(good)
	}
}

func mode() string { return "a" }
