package recursion

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/summary"
)

// depthBounded reports whether a recursive component carries an explicit
// depth limit, the bound the rule asks for: every function in it has an
// integer parameter it tests against a limit, either in an if whose
// branch leaves (if depth > maxDepth { return nil, errTooDeep }) or in
// an if around each of its calls back into the component (if depth <
// maxDepth { walk(c, depth+1) }), and every call inside the component
// passes, in such a parameter's place, the caller's own bounded parameter
// plus a constant (plain(x, depth+1)). A countdown (if n == 0 { return };
// f(n-1)) is not a limit: its depth is the data's.
func depthBounded(pass *analysis.Pass, g *summary.CallGraph, scc []*types.Func) bool {
	in := map[*types.Func]bool{}
	for _, fn := range scc {
		in[fn] = true
	}
	bounded := map[*types.Func]map[int]bool{}
	counted := map[*types.Func]bool{} // bounded by a depth field of the receiver
	for _, fn := range scc {
		b := boundedParams(pass, g.Decls[fn])
		if b == nil {
			b = map[int]bool{}
		}
		var back []*ast.CallExpr
		for _, call := range g.Calls[fn] {
			if in[call.Callee] {
				back = append(back, call.Call)
			}
		}
		for i := range guardingParams(pass, g.Decls[fn], back) {
			b[i] = true
		}
		if len(b) == 0 {
			if !fieldBounded(pass, g.Decls[fn]) {
				return false
			}
			counted[fn] = true
		}
		bounded[fn] = b
	}
	for _, fn := range scc {
		params := paramVars(pass, g.Decls[fn])
		for _, call := range g.Calls[fn] {
			if !in[call.Callee] {
				continue
			}
			if counted[call.Callee] {
				// The counter lives in the receiver: the call must be on
				// the caller's own receiver (w.walk(c)), which shares it.
				if !onReceiver(pass, g.Decls[fn], call.Call) {
					return false
				}
				continue
			}
			ok := false
			for j := range bounded[call.Callee] {
				if j < len(call.Call.Args) && steps(pass, call.Call.Args[j], params, bounded[fn]) {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
	}
	return true
}

// paramVars maps a function's parameters to their indexes.
func paramVars(pass *analysis.Pass, fd *ast.FuncDecl) map[types.Object]int {
	out := map[types.Object]int{}
	i := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			i++
		}
		for _, name := range field.Names {
			if obj := pass.TypesInfo.Defs[name]; obj != nil {
				out[obj] = i
			}
			i++
		}
	}
	return out
}

// boundedParams returns the integer parameters tested against a limit
// (depth > max, depth >= max, max < depth, max <= depth) in an if whose
// branch returns (or panics).
func boundedParams(pass *analysis.Pass, fd *ast.FuncDecl) map[int]bool {
	if fd == nil || fd.Body == nil {
		return nil
	}
	info := pass.TypesInfo
	params := paramVars(pass, fd)
	out := map[int]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if !returns(n.Body) {
				return true
			}
			for _, t := range disjuncts(n.Cond) {
				b, ok := t.(*ast.BinaryExpr)
				if !ok {
					continue
				}
				var depth ast.Expr
				switch b.Op {
				case token.GTR, token.GEQ:
					depth = b.X
				case token.LSS, token.LEQ:
					depth = b.Y
				default:
					continue
				}
				if id, ok := ast.Unparen(depth).(*ast.Ident); ok {
					if i, ok := params[info.ObjectOf(id)]; ok && isInteger(info.TypeOf(id)) {
						out[i] = true
					}
				}
			}
		}
		return true
	})
	return out
}

// fieldBounded reports a method whose pointer receiver carries its depth:
// it leaves early when a field of the receiver passes a limit (if
// w.depth > maxDepth { return }) and increments that field (w.depth++;
// defer func() { w.depth-- }()).
func fieldBounded(pass *analysis.Pass, fd *ast.FuncDecl) bool {
	recv := receiverVar(pass.TypesInfo, fd)
	if recv == nil {
		return false
	}
	if _, ptr := recv.Type().Underlying().(*types.Pointer); !ptr {
		return false // a copy's counter starts over at every call
	}
	info := pass.TypesInfo
	field := func(e ast.Expr) types.Object {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == recv && isInteger(info.TypeOf(sel)) {
			return info.Uses[sel.Sel]
		}
		return nil
	}
	tested, incremented := map[types.Object]bool{}, map[types.Object]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its return does not leave the method
		case *ast.IfStmt:
			if !returns(n.Body) {
				break
			}
			for _, t := range disjuncts(n.Cond) {
				if b, ok := t.(*ast.BinaryExpr); ok {
					switch b.Op {
					case token.GTR, token.GEQ:
						if f := field(b.X); f != nil && fixedLimit(info, fd, b.Y) {
							tested[f] = true
						}
					case token.LSS, token.LEQ:
						if f := field(b.Y); f != nil && fixedLimit(info, fd, b.X) {
							tested[f] = true
						}
					}
				}
			}
		case *ast.IncDecStmt:
			if f := field(n.X); f != nil && n.Tok == token.INC {
				incremented[f] = true
			}
		case *ast.AssignStmt:
			if n.Tok == token.ADD_ASSIGN && len(n.Lhs) == 1 {
				if f := field(n.Lhs[0]); f != nil {
					if tv, ok := info.Types[n.Rhs[0]]; ok && tv.Value != nil && constant.Sign(tv.Value) > 0 {
						incremented[f] = true
					}
				}
			}
		}
		return true
	})
	for f := range tested {
		if incremented[f] {
			return true
		}
	}
	return false
}

// onReceiver reports a method call on the caller's own receiver.
func onReceiver(pass *analysis.Pass, caller *ast.FuncDecl, call *ast.CallExpr) bool {
	recv := receiverVar(pass.TypesInfo, caller)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if recv == nil || !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && pass.TypesInfo.Uses[id] == recv
}

// guardingParams returns the integer parameters that every one of calls
// sits under a test of against a limit: in the body of an if whose
// condition, or one of its && operands, is depth < max, depth <= max,
// max > depth or max >= depth. A test under || bounds nothing.
func guardingParams(pass *analysis.Pass, fd *ast.FuncDecl, calls []*ast.CallExpr) map[int]bool {
	if fd == nil || fd.Body == nil || len(calls) == 0 {
		return nil
	}
	info := pass.TypesInfo
	params := paramVars(pass, fd)
	guarded := map[int][]*ast.BlockStmt{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok {
			return true
		}
		for _, t := range conjuncts(ifs.Cond) {
			b, ok := t.(*ast.BinaryExpr)
			if !ok {
				continue
			}
			var depth, limit ast.Expr
			switch b.Op {
			case token.LSS, token.LEQ:
				depth, limit = b.X, b.Y
			case token.GTR, token.GEQ:
				depth, limit = b.Y, b.X
			default:
				continue
			}
			if !fixedLimit(info, fd, limit) {
				continue // i < len(items): the data's depth again
			}
			if id, ok := ast.Unparen(depth).(*ast.Ident); ok {
				if i, ok := params[info.ObjectOf(id)]; ok && isInteger(info.TypeOf(id)) {
					guarded[i] = append(guarded[i], ifs.Body)
				}
			}
		}
		return true
	})
	out := map[int]bool{}
	for i, bodies := range guarded {
		all := true
		for _, call := range calls {
			under := false
			for _, b := range bodies {
				if b.Pos() <= call.Pos() && call.End() <= b.End() {
					under = true
					break
				}
			}
			if !under {
				all = false
				break
			}
		}
		if all {
			out[i] = true
		}
	}
	return out
}

// fixedLimit reports a limit that does not come from the data walked: a
// constant, a package-level variable, or a field of the method's receiver
// or of a package variable (w.maxDepth, opts.MaxDepth); not a field of a
// response (page < resp.TotalPages) nor len(items).
func fixedLimit(info *types.Info, fd *ast.FuncDecl, e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return true
	}
	recv := receiverVar(info, fd)
	for {
		switch x := e.(type) {
		case *ast.Ident:
			v, ok := info.ObjectOf(x).(*types.Var)
			return ok && (isPackageLevel(v) || (recv != nil && v == recv))
		case *ast.SelectorExpr:
			if v, ok := info.ObjectOf(x.Sel).(*types.Var); ok && !v.IsField() {
				return isPackageLevel(v) // pkg.MaxDepth
			}
			e = ast.Unparen(x.X)
		default:
			return false
		}
	}
}

func isPackageLevel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// receiverVar returns a method's named receiver, or nil.
func receiverVar(info *types.Info, fd *ast.FuncDecl) types.Object {
	if fd == nil || fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return nil
	}
	return info.Defs[fd.Recv.List[0].Names[0]]
}

// conjuncts splits a condition into its && operands.
func conjuncts(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return append(conjuncts(b.X), conjuncts(b.Y)...)
	}
	return []ast.Expr{e}
}

// disjuncts splits a condition into its || operands: an if that leaves
// when depth > max || ctx.Err() != nil leaves on the depth alone, one
// that leaves when depth > max && strict does not.
func disjuncts(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.LOR {
		return append(disjuncts(b.X), disjuncts(b.Y)...)
	}
	return []ast.Expr{e}
}

func returns(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch last := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := last.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// steps reports arg = p + constant for a bounded parameter p of the caller.
func steps(pass *analysis.Pass, arg ast.Expr, params map[types.Object]int, bounded map[int]bool) bool {
	b, ok := ast.Unparen(arg).(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	if !ok {
		return false
	}
	i, ok := params[pass.TypesInfo.ObjectOf(id)]
	if !ok || !bounded[i] {
		return false
	}
	tv, ok := pass.TypesInfo.Types[b.Y]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) > 0
}

func isInteger(t types.Type) bool {
	if t == nil { // an expression that did not type-check (RunDespiteErrors)
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
