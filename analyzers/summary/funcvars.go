package summary

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// funcVars finds the unexported package variables initialised to a
// closure or a function that the
// package's own code never assigns again: var newClient = func(ctx
// context.Context) *s3.Client { … } or var newS3 = s3.NewFromConfig, a
// seam tests swap (test files may assign it; the deployed function runs
// the value it starts with). A call of such a variable is a call of the
// closure or the function.
func funcVars(pass *analysis.Pass) map[types.Object]ast.Expr {
	out := map[types.Object]ast.Expr{}
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
					v := ast.Unparen(vs.Values[i])
					if _, ok := v.(*ast.FuncLit); !ok && namedFunc(pass.TypesInfo, v) == nil {
						continue
					}
					// Unexported only: another package may set an
					// exported one.
					if obj := pass.TypesInfo.Defs[name]; obj != nil && !name.IsExported() {
						out[obj] = v
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

// funcVarValue returns the value a call's function starts with when it
// is such a variable: a closure or an expression naming a function.
func (r *Result) funcVarValue(fun ast.Expr) ast.Expr {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok || r.vars == nil {
		return nil
	}
	return r.vars[r.pass.TypesInfo.Uses[id]]
}

// funcVar returns the closure a call's function names through such a
// variable, or nil.
func (r *Result) funcVar(fun ast.Expr) *ast.FuncLit {
	lit, _ := r.funcVarValue(fun).(*ast.FuncLit)
	return lit
}

// funcVarFunc returns the function a call's function names through such
// a variable (var newS3 = s3.NewFromConfig), or nil.
func (r *Result) funcVarFunc(fun ast.Expr) *types.Func {
	if v := r.funcVarValue(fun); v != nil {
		return namedFunc(r.pass.TypesInfo, v)
	}
	return nil
}

// namedFunc returns the function e names (f, pkg.F), not a method value.
func namedFunc(info *types.Info, e ast.Expr) *types.Func {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if _, isMethod := info.Selections[x]; isMethod {
			return nil
		}
		id = x.Sel
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
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
