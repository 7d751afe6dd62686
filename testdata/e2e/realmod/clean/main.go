// Command clean is a Lambda function that follows every rule: its handler
// has a signature aws-lambda-go accepts and delegates to a core package.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/realmod/orders"
)

// Request is the event.
type Request struct {
	Items []orders.Item `json:"items"`
}

// Response is the result.
type Response struct {
	Total int64 `json:"total"`
}

func handle(ctx context.Context, req Request) (Response, error) {
	total, err := orders.Total(req.Items)
	if err != nil {
		return Response{}, err
	}
	return Response{Total: total}, nil
}

func main() {
	lambda.Start(handle)
}
