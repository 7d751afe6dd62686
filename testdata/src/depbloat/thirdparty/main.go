// want package:`closure\(\d+ packages, \d+ bytes\)`

// A function that links testify through a third-party module: its authors
// cannot move that import, so test-package stays silent.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/example/testkit"
)

func handle(ctx context.Context) error {
	return testkit.Retry(3, func() error { return nil })
}

func main() { lambda.Start(handle) }
