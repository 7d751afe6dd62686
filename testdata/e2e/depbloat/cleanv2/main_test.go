package main

import (
	"context"
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

func TestHandle(t *testing.T) {
	if err := handle(context.Background(), events.SQSEvent{}); err != nil {
		t.Fatal(err)
	}
}
