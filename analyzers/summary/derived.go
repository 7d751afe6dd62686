package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A resource name keeps its identity through the strings built around it
// only at a separator: "arn:aws:sns:" + region + ":" + acct + ":" + topic,
// queueURL + "/", self + ":live" (a qualifier) name the same resource,
// while bucket + "-resized", "%s-dlq" or strings.TrimSuffix(topic, "-raw")
// name another one. The trigger-loop and self-invocation checks use this
// to tell a write back to the source from a write to a sibling resource
// derived from its name.

// isSeparator reports whether a constant text adjacent to a name keeps
// the name: empty, or ending (before the name) or starting (after it)
// with ':' or '/'.
func isSeparator(text string, before bool) bool {
	if text == "" {
		return true
	}
	if before {
		return strings.HasSuffix(text, ":") || strings.HasSuffix(text, "/")
	}
	return strings.HasPrefix(text, ":") || strings.HasPrefix(text, "/")
}

// concatOperands flattens a string concatenation a + b + c; nil when e is
// not one.
func concatOperands(info *types.Info, e ast.Expr) []ast.Expr {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD || !isString(info.TypeOf(b)) {
		return nil
	}
	var out []ast.Expr
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			walk(b.X)
			walk(b.Y)
			return
		}
		out = append(out, e)
	}
	walk(b)
	return out
}

func isString(t types.Type) bool {
	b, ok := t.(*types.Basic)
	if !ok {
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Info()&types.IsString != 0
}

// concatKeeps reports whether operand i of a concatenation keeps its
// identity: the constant operands next to it are separators. A value
// that is not constant (a region, an account) counts as a separator: it
// is the rest of an ARN or URL more often than a suffix.
func concatKeeps(info *types.Info, ops []ast.Expr, i int) bool {
	if i > 0 && !isSeparator(constString(info, ops[i-1]), true) {
		return false
	}
	if i+1 < len(ops) && !isSeparator(constString(info, ops[i+1]), false) {
		return false
	}
	return true
}

// callKeeps reports, for a call of the strings and fmt functions that
// build one string from another, whether argument i keeps its identity in
// the result; known is false for other calls.
func callKeeps(info *types.Info, call *ast.CallExpr, i int) (keeps, known bool) {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false, false
	}
	switch fn.Pkg().Path() {
	case "strings":
		switch fn.Name() {
		case "TrimSpace", "ToLower", "ToUpper":
			return true, true
		case "TrimSuffix", "TrimPrefix", "TrimRight", "TrimLeft", "Trim":
			// TrimSuffix(arn, ":live") strips a qualifier; TrimSuffix(topic,
			// "-raw") makes the name of another topic.
			if i != 0 || len(call.Args) != 2 {
				return false, true
			}
			cut := constString(info, call.Args[1])
			return strings.ContainsAny(cut, ":/"), true
		case "Replace", "ReplaceAll":
			return false, true
		}
	case "fmt":
		switch fn.Name() {
		case "Sprintf":
			if i == 0 || len(call.Args) == 0 {
				return false, true
			}
			format := constString(info, call.Args[0])
			if format == "" {
				return false, true
			}
			before, after, ok := verbText(format, i-1)
			return ok && isSeparator(before, true) && isSeparator(after, false), true
		case "Sprint":
			return true, true
		}
	}
	return false, false
}

// verbText returns the literal text around the n-th verb of a format: from
// the previous verb (or the start) to it, and from it to the next verb
// (or the end).
func verbText(format string, n int) (before, after string, ok bool) {
	type span struct{ start, end int }
	var verbs []span
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			break
		}
		if format[j] == '%' {
			i = j
			continue
		}
		verbs = append(verbs, span{i, j + 1})
		i = j
	}
	if n >= len(verbs) {
		return "", "", false
	}
	start := 0
	if n > 0 {
		start = verbs[n-1].end
	}
	end := len(format)
	if n+1 < len(verbs) {
		end = verbs[n+1].start
	}
	return format[start:verbs[n].start], format[verbs[n].end:end], true
}

// helperCall classifies a call of a function of the package that builds
// a string from its arguments (outQueue(m.EventSourceARN)): the value is
// the source's when the helper returns, on some path, its parameter kept
// as the name (a URL rebuilt around it) rather than a sibling's (+
// "-out"). known is false when the callee is not a helper of the package
// whose body can be read, two helpers down at most.
func (t *EventSources) helperCall(call *ast.CallExpr) (class string, known bool) {
	if t.decl == nil || t.depth >= 2 || call.Ellipsis.IsValid() {
		return "", false
	}
	fn := typeutil.StaticCallee(t.info, call)
	if fn == nil {
		return "", false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Variadic() || sig.Params().Len() != len(call.Args) {
		return "", false // a method: its receiver may be the source
	}
	if t.keeps == nil {
		t.keeps = map[*types.Func][]int8{}
	}
	kept, ok := t.keeps[fn]
	if !ok {
		kept = t.helperKeeps(fn, sig)
		t.keeps[fn] = kept
	}
	if kept == nil {
		return "", false
	}
	carried := false
	for i, a := range call.Args {
		k := t.of(a)
		if k != "" && kept[i] > 0 {
			return k, true
		}
		carried = carried || k != ""
	}
	if !carried {
		return "", false // no source among the arguments: nothing to decide
	}
	return "", true
}

// helperKeeps tells, for each parameter of fn, whether a return of fn
// keeps it as the name: 1 yes, 0 no; nil when fn's body is not the
// package's or returns no string.
func (t *EventSources) helperKeeps(fn *types.Func, sig *types.Signature) []int8 {
	fd := t.decl(fn)
	if fd == nil || fd.Body == nil || sig.Results().Len() == 0 {
		return nil
	}
	if !isString(sig.Results().At(0).Type()) {
		return nil
	}
	// A bare return returns the named results.
	var named ast.Expr
	if r := fd.Type.Results; r != nil && len(r.List) > 0 && len(r.List[0].Names) > 0 {
		named = r.List[0].Names[0]
	}
	kept := make([]int8, sig.Params().Len())
	for i := range kept {
		param := sig.Params().At(i)
		sub := &EventSources{info: t.info, classify: func(string, string) string { return "" },
			vars: map[types.Object]string{param: "param"}, names: true, decl: t.decl, depth: t.depth + 1}
		newEventSourcesIn(sub, fd.Body)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				res := named
				if len(n.Results) > 0 {
					res = n.Results[0]
				}
				if res != nil && sub.of(res) == "param" {
					kept[i] = 1
				}
			}
			return kept[i] == 0
		})
	}
	return kept
}
