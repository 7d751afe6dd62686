// want package:`; expvar via expvar; github.com/stretchr/testify/assert via github.com/stretchr/testify/assert\)`

// expvar and testify are allowed in lambdalint.toml: silent.
package main

import (
	"context"
	"expvar"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/stretchr/testify/assert"
)

var calls = expvar.NewInt("calls")

type noT struct{}

func (noT) Errorf(string, ...interface{}) {}

func handle(ctx context.Context) error {
	calls.Add(1)
	assert.Equal(noT{}, 1, 1)
	return nil
}

func main() { lambda.Start(handle) }
