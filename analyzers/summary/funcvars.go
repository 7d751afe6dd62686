package summary

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// funcVars finds the unexported package variables initialised to a
// closure that the
// package's own code never assigns again: var newClient = func(ctx
// context.Context) *s3.Client { … }, a seam tests swap (test files may
// assign it; the deployed function runs the closure). A call of such a
// variable is a call of the closure.
func funcVars(pass *analysis.Pass) map[types.Object]*ast.FuncLit {
	out := map[types.Object]*ast.FuncLit{}
	var files []*ast.File
	for _, f := range pass.Files {
		if !strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			files = append(files, f)
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					if lit, ok := ast.Unparen(vs.Values[i]).(*ast.FuncLit); ok && !name.IsExported() {
						// Unexported only: another package may set an
						// exported one.
						if obj := pass.TypesInfo.Defs[name]; obj != nil {
							out[obj] = lit
						}
					}
				}
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						delete(out, pass.TypesInfo.Uses[id])
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					delete(out, pass.TypesInfo.Uses[id]) // &newClient: set elsewhere
				}
			}
			return true
		})
	}
	return out
}

// funcVar returns the closure a call's function names through such a
// variable, or nil.
func (r *Result) funcVar(fun ast.Expr) *ast.FuncLit {
	if r.vars == nil {
		return nil
	}
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return nil
	}
	return r.vars[r.pass.TypesInfo.Uses[id]]
}

// mergeLit merges into the caller what a closure called through a
// package variable does, as mergeCallee does for a function.
func (s *scanner) mergeLit(lit *ast.FuncLit, name string, call *ast.CallExpr, guarded bool) {
	f := s.summariseLit(lit)
	sig, _ := s.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	awaited := false
	for _, e := range f.Effects {
		if e.Kind == StateWrite && e.Detail == ReceiverDetail {
			continue // a closure has no receiver
		}
		if e.Kind == Goroutine && (awaited || s.awaitedAfter(call)) {
			awaited = true // start(&wg); wg.Wait()
			continue
		}
		e.Via = append([]string{name}, e.Via...)
		e.Guarded = e.Guarded || guarded
		if sig != nil {
			e.Params = s.mapParams(call, sig, e.Params)
		} else {
			e.Params = 0
		}
		if e.Kind == Register && e.Params == 0 {
			continue
		}
		e.pos = call.Pos()
		s.fact.Effects, _ = merge(s.fact.Effects, e)
	}
}
