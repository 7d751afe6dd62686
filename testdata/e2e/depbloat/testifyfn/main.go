package main

import (
	"context"
	"errors"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/e2e/testifyfn/internal/fixtures"
)

func handle(ctx context.Context, o fixtures.Order) (string, error) {
	if o.ID == "" {
		return "", errors.New("missing id")
	}
	return o.ID, nil
}

func main() { lambda.Start(handle) }
