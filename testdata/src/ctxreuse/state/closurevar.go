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

var metrics struct {
	lastOrder string
	count     int
}

// recordLast names the field it writes.
func recordLast(ctx context.Context, o Order) error {
	metrics.count++          // a counter, not request data: silent
	metrics.lastOrder = o.ID // want `request data in package variable metrics \(field lastOrder\)`
	return nil
}
