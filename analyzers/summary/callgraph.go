package summary

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// CallGraph is the static call graph of a package's declared functions:
// calls whose callee is known statically (functions, concrete methods),
// not calls through interfaces or function values. Calls made inside a
// closure count as calls of the function that declares the closure.
type CallGraph struct {
	Decls map[*types.Func]*ast.FuncDecl
	// Order lists the functions in source order.
	Order []*types.Func
	Calls map[*types.Func][]Call
}

// Call is one static call.
type Call struct {
	Callee *types.Func // generic callees are their origin
	Call   *ast.CallExpr
}

// NewCallGraph builds the call graph of the package.
func NewCallGraph(pass *analysis.Pass) *CallGraph {
	g := &CallGraph{Decls: map[*types.Func]*ast.FuncDecl{}, Calls: map[*types.Func][]Call{}}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			g.Decls[fn] = fd
			g.Order = append(g.Order, fn)
			g.Calls[fn] = CallsIn(pass.TypesInfo, fd.Body)
		}
	}
	return g
}

// CallsIn lists the static calls in node, in source order.
func CallsIn(info *types.Info, node ast.Node) []Call {
	var out []Call
	ast.Inspect(node, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fn := typeutil.StaticCallee(info, call); fn != nil {
				if fn.Origin() != nil {
					fn = fn.Origin()
				}
				out = append(out, Call{Callee: fn, Call: call})
			}
		}
		return true
	})
	return out
}

// Reachable returns the functions of the package reachable from the
// calls, in the order found, and for each the call that first reaches it.
func (g *CallGraph) Reachable(from []Call) []*types.Func {
	seen := map[*types.Func]bool{}
	var out []*types.Func
	queue := append([]Call(nil), from...)
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if seen[c.Callee] || g.Decls[c.Callee] == nil {
			continue
		}
		seen[c.Callee] = true
		out = append(out, c.Callee)
		queue = append(queue, g.Calls[c.Callee]...)
	}
	return out
}
