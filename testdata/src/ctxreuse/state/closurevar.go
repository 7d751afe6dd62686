package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

var lastSeen Order

// startNamed registers a closure held in a variable first: findings
// point into the closure, where the write is.
func startNamed() {
	h := func(ctx context.Context, o Order) error {
		lastSeen = o // want `request data in package variable lastSeen`
		return nil
	}
	lambda.Start(h)
}
