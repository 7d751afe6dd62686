package report_test

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/config"
)

// probe is a test analyzer that owns handlersig's rules: it reports
// handler-signature at every call of a function named invalid and
// event-undecodable at every call of undecodable.
var probe = &analysis.Analyzer{
	Name:     "handlersig",
	Doc:      "test analyzer",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		rep, err := report.New(pass)
		if err != nil {
			return nil, err
		}
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpr)
			id, ok := call.Fun.(*ast.Ident)
			if !ok {
				return
			}
			if _, ok := pass.TypesInfo.Uses[id].(*types.Func); !ok {
				return
			}
			switch id.Name {
			case "invalid":
				if rep.Enabled("handler-signature") {
					rep.Reportf("handler-signature", call, nil, "invalid called")
				}
			case "undecodable":
				rep.At("event-undecodable", call.Pos(), nil, "undecodable called")
			}
		})
		rep.ReportUnknown()
		rep.Finish()
		return nil, nil
	},
}

func testdata(t *testing.T) string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDirectives: suppression on the line and the line above, the reason
// is required, unused and unknown directives are reported.
func TestDirectives(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, "directives")
}

// TestConfig: disabled rules and excluded files report nothing, and a
// directive for a disabled rule is not reported as unused.
func TestConfig(t *testing.T) {
	dir := filepath.Join(testdata(t), "src", "configured")
	config.SetOverride(&config.Config{
		Dir:     dir,
		Disable: []string{"handler-signature"},
		Exclude: []string{"gen.go"},
	})
	defer config.SetOverride(nil)
	analysistest.Run(t, testdata(t), probe, "configured")
}

func TestUnknownRulePanics(t *testing.T) {
	a := &analysis.Analyzer{
		Name: "handlersig",
		Doc:  "test analyzer",
		Run: func(pass *analysis.Pass) (any, error) {
			rep, err := report.New(pass)
			if err != nil {
				return nil, err
			}
			defer func() {
				if recover() == nil {
					t.Error("reporting a rule missing from the catalogue did not panic")
				}
			}()
			rep.At("no-such-rule", pass.Files[0].Pos(), nil, "x")
			return nil, nil
		},
	}
	analysistest.Run(t, testdata(t), a, "plain")
}
