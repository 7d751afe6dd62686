package orders

import (
	"context"
	"testing"

	"github.com/aws/aws-lambda-go/lambda"
)

// A handler that aws-lambda-go rejects, registered by a test: lambdalint
// and go vet -vettool=lambdalint leave _test.go files out unless -tests
// (-lambdalint.tests=true), so neither reports it by default.
func TestRejectedHandler(t *testing.T) {
	h := lambda.NewHandler(func(ctx context.Context, a, b string) error { return nil })
	if _, err := h.Invoke(context.Background(), []byte(`"x"`)); err == nil {
		t.Error("want an error")
	}
}
