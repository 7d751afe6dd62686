package summary

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// ResourceName: a write whose resource field is one of the summarised
// function's parameters as it came, through aws.String, &, * and
// conversions, never reassigned (Params says which; Detail is the input
// field: TableName, TargetArn). A caller that passes a literal there writes to a hard-coded
// resource (envconfig). A parameter that is reworked first (a stage
// prefix added, a lookup) is only ResourceWrite: the literal then is
// part of a name, or a key, not the name.
const ResourceName Kind = "resource-name"

// nameParams returns the bits of the parameters that e is as they came.
func (s *scanner) nameParams(e ast.Expr) uint64 {
	id, ok := unwrapName(s.pass.TypesInfo, e).(*ast.Ident)
	if !ok {
		return 0
	}
	obj := s.pass.TypesInfo.ObjectOf(id)
	bits := s.taint.vars[obj]
	if obj == nil || bits == 0 || bits&(bits-1) != 0 || bits == 1<<ReceiverBit || !s.param(obj) || s.reassigned()[obj] {
		return 0
	}
	return bits
}

// nameArgs maps a callee's ResourceName bits to the caller's parameters
// passed as they came.
func (s *scanner) nameArgs(call *ast.CallExpr, bits uint64) uint64 {
	var out uint64
	for i, a := range call.Args {
		if i < ReceiverBit && bits&(1<<i) != 0 {
			out |= s.nameParams(a)
		}
	}
	return out
}

// param reports a parameter of the summarised function.
func (s *scanner) param(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || s.ftype == nil || s.ftype.Params == nil {
		return false
	}
	for _, f := range s.ftype.Params.List {
		for _, n := range f.Names {
			if s.pass.TypesInfo.Defs[n] == v {
				return true
			}
		}
	}
	return false
}

// reassigned returns the variables the body assigns, increments or
// hands the address of to a call, once per body.
func (s *scanner) reassigned() map[types.Object]bool {
	if s.written != nil {
		return s.written
	}
	s.written = map[types.Object]bool{}
	info := s.pass.TypesInfo
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil {
				s.written[obj] = true
			}
		}
	}
	if s.body == nil {
		return s.written
	}
	ast.Inspect(s.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(n.X)
		case *ast.CallExpr:
			// &name handed to a call may be filled by it; &name as
			// an SDK input's field is read.
			for _, a := range n.Args {
				if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
					mark(u.X)
				}
			}
		}
		return true
	})
	return s.written
}

// unwrapName strips what passes a name on unchanged: parentheses, & and
// *, conversions and the pointer helpers (aws.String, ptr.Of).
func unwrapName(info *types.Info, e ast.Expr) ast.Expr {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return x
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.CallExpr:
			if len(x.Args) != 1 {
				return x
			}
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
				e = x.Args[0]
				continue
			}
			fn, ok := typeutil.Callee(info, x).(*types.Func)
			if !ok || !ptrHelper(fn) {
				return x
			}
			e = x.Args[0]
		default:
			return ast.Unparen(e)
		}
	}
	return ast.Unparen(e)
}

// ptrHelper reports aws.String and its kind: a function named so that
// takes one value and returns a pointer to the same type (func(T) *T),
// which passes the value on; not any function called Of.
func ptrHelper(fn *types.Func) bool {
	switch fn.Name() {
	case "String", "StringPtr", "ToPtr", "Ptr", "Of":
	default:
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	p, ok := sig.Results().At(0).Type().(*types.Pointer)
	return ok && types.Identical(p.Elem(), sig.Params().At(0).Type())
}
