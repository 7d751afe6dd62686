package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// writeGuarded decides whether an S3 write (call) in body is protected by
// the function's key guards. When every guard is a prefix test with a
// constant (if strings.HasPrefix(key, "processed/") { continue }, or its
// negation that keeps only "uploads/") and the written key starts with a
// known constant, the prefixes must agree: skipping "processed/" while
// writing "thumbs/"+key still loops. Any other guard shape, or a written
// key whose prefix is not known, counts as a guard (KeyGuard).
func writeGuarded(info *types.Info, body ast.Node, call *ast.CallExpr) bool {
	if !KeyGuard(info, body) {
		return false
	}
	written, ok := writtenKeyPrefix(info, body, call)
	if !ok {
		return true
	}
	keys := NewEventSources(info, body, EventObjectKey)
	protected, known := false, true
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || !mentions(keys, ifs.Cond) || !branchLeaves(ifs.Body) {
			return true
		}
		prefix, negated, ok := prefixTest(info, keys, ifs.Cond)
		if !ok {
			known = false
			return true
		}
		switch {
		case strings.HasPrefix(written, prefix):
			// The written key matches the test: skipped when the
			// branch skips matches, kept when it skips the others.
			protected = protected || !negated
		case strings.HasPrefix(prefix, written):
			known = false // written key may or may not match
		default:
			protected = protected || negated
		}
		return true
	})
	return protected || !known
}

// branchLeaves reports a branch that returns, continues or breaks.
func branchLeaves(b *ast.BlockStmt) bool {
	leaves := false
	ast.Inspect(b, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.ReturnStmt:
			leaves = true
		case *ast.BranchStmt:
			if m.Tok == token.CONTINUE || m.Tok == token.BREAK {
				leaves = true
			}
		case *ast.FuncLit:
			return false
		}
		return !leaves
	})
	return leaves
}

// prefixTest recognises strings.HasPrefix(key, "c") and its negation.
func prefixTest(info *types.Info, keys *EventSources, cond ast.Expr) (prefix string, negated, ok bool) {
	cond = ast.Unparen(cond)
	if u, isNot := cond.(*ast.UnaryExpr); isNot && u.Op == token.NOT {
		negated = true
		cond = ast.Unparen(u.X)
	}
	call, isCall := cond.(*ast.CallExpr)
	if !isCall || len(call.Args) != 2 {
		return "", false, false
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strings" || fn.Name() != "HasPrefix" {
		return "", false, false
	}
	if keys.Of(call.Args[0]) == "" {
		return "", false, false
	}
	tv, isConst := info.Types[call.Args[1]]
	if !isConst || tv.Value == nil || constString(info, call.Args[1]) == "" {
		return "", false, false
	}
	return constString(info, call.Args[1]), negated, true
}

// writtenKeyPrefix returns the constant start of the Key an S3 write
// puts: "thumbs/" of "thumbs/"+key, fmt.Sprintf("thumbs/%s", key) or
// path.Join("thumbs", key).
func writtenKeyPrefix(info *types.Info, body ast.Node, call *ast.CallExpr) (string, bool) {
	arg, _ := sdkInput(info, call, "s3", strings.TrimSuffix(methodName(call), "WithContext")+"Input")
	if arg == nil {
		return "", false
	}
	fields, _ := inputFields(info, body, arg)
	key := fields["Key"]
	if key == nil {
		return "", false
	}
	p := constPrefix(info, body, key, 0)
	return p, p != ""
}

func constPrefix(info *types.Info, body ast.Node, e ast.Expr, depth int) string {
	if depth > 3 {
		return ""
	}
	if s := constString(info, e); s != "" {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v := onlyValue(info, body, info.ObjectOf(e)); v != nil {
			return constPrefix(info, body, v, depth+1)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return constPrefix(info, body, e.X, depth+1)
		}
	case *ast.BinaryExpr:
		if ops := concatOperands(info, e); len(ops) > 0 {
			return constString(info, ops[0])
		}
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(info, e)
		if fn == nil || fn.Pkg() == nil || len(e.Args) == 0 {
			return ""
		}
		switch {
		case fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf":
			f := constString(info, e.Args[0])
			if i := strings.IndexByte(f, '%'); i >= 0 {
				return f[:i]
			}
			return f
		case (fn.Pkg().Path() == "path" || fn.Pkg().Path() == "path/filepath") && fn.Name() == "Join" && len(e.Args) > 1:
			if s := constString(info, e.Args[0]); s != "" {
				return strings.TrimSuffix(s, "/") + "/"
			}
		case len(e.Args) == 1:
			return constPrefix(info, body, e.Args[0], depth+1) // aws.String(…)
		}
	}
	return ""
}

// onlyValue returns the value of a local variable assigned once in body,
// or nil.
func onlyValue(info *types.Info, body ast.Node, obj types.Object) ast.Expr {
	v, ok := obj.(*types.Var)
	if !ok || isPackageVar(v) {
		return nil
	}
	var val ast.Expr
	n := 0
	ast.Inspect(body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			for i, l := range m.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == obj {
					n++
					if len(m.Rhs) == len(m.Lhs) {
						val = m.Rhs[i]
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range m.Names {
				if info.Defs[id] == obj {
					n++
					if i < len(m.Values) {
						val = m.Values[i]
					}
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return val
}
