package handlersig_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/handlersig"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestValid: every handler shape aws-lambda-go accepts stays silent.
func TestValid(t *testing.T) {
	analysistest.Run(t, testdata(), handlersig.Analyzer, "handlersig/valid")
}

// TestInvalid: every rule of lambda/handler.go, and the payload types.
func TestInvalid(t *testing.T) {
	analysistest.Run(t, testdata(), handlersig.Analyzer, "handlersig/invalid")
}
