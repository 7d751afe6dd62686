package handlercore_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/handlercore"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestLocal: fat and thin handlers, coupled core and adapters in one package.
func TestLocal(t *testing.T) {
	analysistest.Run(t, testdata(), handlercore.Analyzer, "handlercore/local")
}

// TestCrossPackage: core functions and handlers of another package.
func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata(), handlercore.Analyzer, "handlercore/crossmain", "handlercore/corelib")
}
