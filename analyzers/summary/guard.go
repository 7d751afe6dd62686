package summary

import (
	"go/ast"
	"go/token"
	"go/types"
)

// isGuard reports whether an if condition tests package state, the shape
// of lazy initialisation: `client == nil`, `!initialised`, `len(cache) == 0`,
// or a lookup into a package map (`if c, ok := clients[region]; !ok`).
// Code under such a test runs once per execution environment (or once per
// key), so what it builds is reused.
func (s *scanner) isGuard(cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			obj := s.pass.TypesInfo.ObjectOf(n)
			if isPackageVar(obj) {
				found = true
			}
			if v, ok := obj.(*types.Var); ok && s.fromPackageState(v) {
				found = true
			}
		case *ast.SelectorExpr:
			if isPackageVar(s.pass.TypesInfo.ObjectOf(n.Sel)) {
				found = true
			}
			if s.recv != nil && s.rootRecv(n, false) {
				found = true // if h.client == nil on a long-lived receiver
			}
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// fromPackageState reports whether a local was defined from package state
// (c, ok := clients[key]; inited := client != nil).
func (s *scanner) fromPackageState(v *types.Var) bool {
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && s.pass.TypesInfo.ObjectOf(id) == v {
				for _, r := range as.Rhs {
					if rootVar(s.pass.TypesInfo, r) != nil {
						found = true
					}
				}
			}
		}
		return true
	})
	return found
}

// isEarlyReturnGuard reports `if client != nil { return client }`: what
// follows in the block runs only while the state is unset.
func (s *scanner) isEarlyReturnGuard(st ast.Stmt) bool {
	ifs, ok := st.(*ast.IfStmt)
	if !ok || ifs.Else != nil || len(ifs.Body.List) == 0 {
		return false
	}
	if _, ret := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ret {
		return false
	}
	return s.isGuard(ifs.Cond)
}

// awaitedAfter reports whether the function waits, after node, for work
// it started: a Wait call (sync.WaitGroup, errgroup.Group and the like), a
// channel receive, a range over a channel or a select, a deferred Wait
// anywhere in the function, or a later call that is handed a channel or a
// WaitGroup (a helper that collects the results). Waits inside node itself
// (the goroutine's own body) do not count.
func (s *scanner) awaitedAfter(node ast.Node) bool {
	start, end := node.Pos(), node.End()
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if n.Pos() >= start && n.End() <= end {
			return false
		}
		if d, ok := n.(*ast.DeferStmt); ok {
			if sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Wait" {
				found = true
				return false
			}
		}
		if n.End() < start {
			return false // it and all it holds come before node
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if n.Pos() <= end {
				break
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Wait" {
				found = true
			}
			for _, a := range n.Args {
				if s.waitable(s.pass.TypesInfo.TypeOf(a)) {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW && n.Pos() > end {
				found = true
			}
		case *ast.RangeStmt:
			if t := s.pass.TypesInfo.TypeOf(n.X); t != nil && n.Pos() > end {
				if _, ok := t.Underlying().(*types.Chan); ok {
					found = true
				}
			}
		case *ast.SelectStmt:
			if n.Pos() > end {
				found = true
			}
		}
		return true
	})
	return found
}

// waitable reports a channel (not send-only) or a value with a Wait method
// (sync.WaitGroup, errgroup.Group), which a callee may wait on.
func (s *scanner) waitable(t types.Type) bool {
	if t == nil {
		return false
	}
	if ch, ok := t.Underlying().(*types.Chan); ok {
		return ch.Dir() != types.SendOnly
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Wait")
	_, ok := obj.(*types.Func)
	return ok
}
