// want package:`via depbloat/testify/internal/handler -> depbloat/testify/internal/testutil -> github.com/stretchr/testify/require\)`

// A function whose handler package imports a fixture package that links
// testify from non-test code: reported at main's import, with the chain.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"depbloat/testify/internal/handler" // want `depbloat/testify/internal/handler links github.com/stretchr/testify/assert, github.com/stretchr/testify/require into the function binary from non-test code \(depbloat/testify/internal/handler -> depbloat/testify/internal/testutil -> github.com/stretchr/testify/assert at fixtures.go:8; .* -> github.com/stretchr/testify/require at fixtures.go:9\); move the code that uses them into _test.go files`
)

func main() { lambda.Start(handler.Handle) }
