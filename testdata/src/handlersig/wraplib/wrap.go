// Package wraplib is a team's own start-up helper: it wraps any handler
// in a lambda.Handler that recovers panics.
package wraplib

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

// StartRecovered hands its argument to lambda.NewHandler as it is, which
// validates it, as well as to lambda.StartHandler inside the wrapper.
func StartRecovered(h any) {
	lambda.StartHandler(recoverer{inner: lambda.NewHandler(h)})
}

type recoverer struct{ inner lambda.Handler }

func (r recoverer) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	return r.inner.Invoke(ctx, payload)
}
