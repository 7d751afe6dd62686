package depbloat

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

const httptestPath = "net/http/httptest"

// recorderAPI is what Lambda HTTP adapters use of httptest to run an
// http.Handler for an event: a request and a recorded response, no test
// server and no flag.
var recorderAPI = map[string]bool{
	"NewRecorder": true, "ResponseRecorder": true, "NewRequest": true, "NewRequestWithContext": true, "DefaultRemoteAddr": true,
}

// recorderOnly reports whether files use net/http/httptest, and only
// through recorderAPI: the package then adapts events to an
// http.Handler, which is production code, not a test server linked by
// mistake. Every way to name the package's members counts (qualified,
// aliased, dot import); a blank import uses nothing and is not harmless.
func recorderOnly(pass *analysis.Pass, files []*ast.File) bool {
	inFiles := func(pos token.Pos) bool {
		for _, f := range files {
			if f.FileStart <= pos && pos < f.FileEnd {
				return true
			}
		}
		return false
	}
	used := false
	for id, obj := range pass.TypesInfo.Uses {
		if obj.Pkg() == nil || obj.Pkg().Path() != httptestPath || obj.Parent() != obj.Pkg().Scope() || !inFiles(id.Pos()) {
			continue
		}
		if !recorderAPI[obj.Name()] {
			return false
		}
		used = true
	}
	return used
}

// FactNeedsBodies reports whether the closure fact of a package that
// imports the package at path depends on its function bodies: for
// net/http/httptest, recorderOnly reads which members the bodies use.
// Every other fact of a third-party package comes from its imports and
// file sizes alone.
func FactNeedsBodies(path string) bool { return path == httptestPath }
