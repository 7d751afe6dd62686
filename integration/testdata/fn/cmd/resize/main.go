// Command resize is registered with a handler aws-lambda-go rejects.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context, e events.S3Event, size int) error {
	_ = size
	return nil
}

func main() {
	lambda.Start(handle)
}
