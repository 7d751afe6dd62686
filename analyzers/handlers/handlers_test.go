package handlers_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/handlers"
)

// probe reports every handler found, so the tests can assert on them.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "reports the handlers found",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
		for _, h := range res.Handlers {
			name := h.Name()
			switch {
			case h.Factory != nil:
				name = "factory " + name[len("the closure returned by "):]
			case h.Lit != nil:
				name = "closure"
			}
			wrapped := ""
			if h.Wrapped {
				wrapped = " (wrapped)"
			}
			pass.Report(analysis.Diagnostic{Pos: h.Pos, Message: fmt.Sprintf("handler %s via %s%s", name, h.Entry, wrapped)})
		}
		return nil, nil
	},
}

// testdata is the repository's shared GOPATH of stubs and cases.
func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

func TestShapes(t *testing.T) {
	analysistest.Run(t, testdata(), probe, "handlers/shapes", "handlers/none")
}

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata(), probe, "handlers/crossmain")
}

// TestStartHelpers: a module's own functions that hand their argument to
// lambda.Start (generic, through another helper, wrapped in a closure)
// make their callers' arguments handlers.
func TestStartHelpers(t *testing.T) {
	analysistest.Run(t, testdata(), probe, "handlers/startmain")
}
