package depbloat

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

const httptestPath = "net/http/httptest"

// recorderAPI is what Lambda HTTP adapters use of httptest to run an
// http.Handler for an event: a request and a recorded response, no test
// server and no flag.
var recorderAPI = map[string]bool{
	"NewRecorder": true, "ResponseRecorder": true, "NewRequest": true, "NewRequestWithContext": true, "DefaultRemoteAddr": true,
}

// recorderOnly reports whether files use net/http/httptest only through
// recorderAPI: the package then adapts events to an http.Handler, which
// is production code, not a test server linked by mistake.
func recorderOnly(pass *analysis.Pass, files []*ast.File) bool {
	only := true
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok || !only {
				return only
			}
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok {
				return true
			}
			if pn, ok := pass.TypesInfo.Uses[id].(*types.PkgName); ok && pn.Imported().Path() == httptestPath && !recorderAPI[sel.Sel.Name] {
				only = false
			}
			return true
		})
	}
	return only
}
