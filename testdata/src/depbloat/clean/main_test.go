package main

import (
	"context"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/stretchr/testify/require"
)

func TestHandle(t *testing.T) {
	require.NoError(t, handle(context.Background(), events.SQSEvent{}))
}
