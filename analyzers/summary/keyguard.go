package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// writeGuarded decides whether an S3 write (call) in body is protected by
// the function's key guards. A guard that tests an affix of the key with a
// constant (strings.HasPrefix(key, "processed/"), strings.HasSuffix(key,
// "-small.jpg"), path.Ext(key) != ".jpg", or their negations that keep
// only matches) is held against the same end of the written key when that
// end is a known constant: skipping "processed/" while writing
// "thumbs/"+key still loops, and so does keeping only ".jpg" while
// writing name+"-small.jpg". A written key that starts or ends with the
// object key itself ("processed/"+key) keeps that end, so a test of it
// (keeping only ".csv") lets it through. Each part of an || is a guard
// of its own. Any other guard shape, or a written key whose affix is not
// known, counts as a guard (KeyGuard).
func writeGuarded(info *types.Info, body ast.Node, call *ast.CallExpr) bool {
	return writeGuardedKey(info, body, writtenKey(info, body, call))
}

// writeGuardedKey is writeGuarded for a write of key (nil: unknown).
func writeGuardedKey(info *types.Info, body ast.Node, key ast.Expr) bool {
	if !KeyGuard(info, body) {
		return false
	}
	if key == nil {
		return true
	}
	written := [2]string{constPrefix(info, body, key, 0), constSuffix(info, body, key, 0)}
	keys := NewEventSources(info, body, EventObjectKey)
	// "processed/" + key ends as the object key does, key + ".thumb"
	// starts so: a test of that end says of the written key what it said
	// of the object's, which was "process it".
	keeps := [2]bool{keyAffix(info, body, keys, key, 0, false), keyAffix(info, body, keys, key, 0, true)}
	protected, known := false, true
	judge := func(cond ast.Expr) {
		if !mentions(keys, cond) || trivialKeyTest(info, keys, cond) {
			return
		}
		if alts, ok := keepOnly(info, body, keys, cond); ok {
			// if ext != ".jpg" && ext != ".jpeg" { continue }: only keys
			// with one of these affixes go on, the written key's end
			// included when it is the object key's.
			w, kept := written[0], keeps[0]
			if alts[0].suffix {
				w, kept = written[1], keeps[1]
			}
			if kept {
				return
			}
			if w == "" {
				known = false
				return
			}
			for _, a := range alts {
				w, aff := w, a.affix
				if a.fold {
					w, aff = strings.ToLower(w), strings.ToLower(aff)
				}
				if (a.suffix && strings.HasSuffix(w, aff)) || (!a.suffix && strings.HasPrefix(w, aff)) {
					return // written key is kept: loops
				}
				if (a.suffix && strings.HasSuffix(aff, w)) || (!a.suffix && strings.HasPrefix(aff, w)) {
					known = false
					return
				}
			}
			protected = true
			return
		}
		t, ok := affixTest(info, body, keys, cond)
		w, kept := written[0], keeps[0]
		if t.suffix {
			w, kept = written[1], keeps[1]
		}
		if ok && kept {
			return // this guard lets the written key through
		}
		if !ok || w == "" {
			known = false
			return
		}
		a := t.affix
		if t.fold {
			w, a = strings.ToLower(w), strings.ToLower(a)
		}
		has, within := strings.HasPrefix, strings.HasPrefix
		if t.suffix {
			has, within = strings.HasSuffix, strings.HasSuffix
		}
		switch {
		case has(w, a):
			// The written key matches the test: skipped when the
			// branch skips matches, kept when it skips the others.
			protected = protected || !t.negated
		case within(a, w):
			known = false // written key may or may not match
		default:
			protected = protected || t.negated
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || !branchLeaves(ifs.Body) {
			return true
		}
		// The branch leaves when any part of an || holds: each part is
		// a guard of its own. A part that does not test the key (a size,
		// a content type) may skip the written object too: unknown.
		if !mentions(keys, ifs.Cond) {
			return true
		}
		for _, c := range orParts(ifs.Cond) {
			if !mentions(keys, c) {
				known = false
				continue
			}
			judge(c)
		}
		return true
	})
	return protected || !known
}

// orParts splits a condition at its top-level ||.
func orParts(e ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LOR {
		return append(orParts(b.X), orParts(b.Y)...)
	}
	return []ast.Expr{e}
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

// keyTest is a guard's test of an affix of the object key: the branch is
// taken when the key has it, or with negated when it has not. fold is set
// when the test lowers the key's case first.
type keyTest struct {
	affix                 string
	suffix, negated, fold bool
}

// affixTest recognises strings.HasPrefix(key, "c"), strings.HasSuffix(key,
// "c"), path.Ext(key) == "c" (or filepath.Ext, under strings.ToLower),
// and their negations.
func affixTest(info *types.Info, body ast.Node, keys *EventSources, cond ast.Expr) (t keyTest, ok bool) {
	cond = ast.Unparen(cond)
	for {
		u, isNot := cond.(*ast.UnaryExpr)
		if !isNot || u.Op != token.NOT {
			break
		}
		t.negated = !t.negated
		cond = ast.Unparen(u.X)
	}
	switch c := cond.(type) {
	case *ast.CallExpr:
		name := stringsFunc(info, c)
		if (name != "HasPrefix" && name != "HasSuffix") || len(c.Args) != 2 || keys.Of(c.Args[0]) == "" {
			return t, false
		}
		t.affix, t.suffix = constString(info, c.Args[1]), name == "HasSuffix"
		return t, t.affix != ""
	case *ast.BinaryExpr:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return t, false
		}
		x, y := c.X, c.Y
		if constString(info, x) != "" {
			x, y = y, x
		}
		x = ast.Unparen(x)
		// ext := strings.ToLower(path.Ext(key)); if ext != ".jpg": the
		// test of a local is the test of what it was given once.
		for range 2 {
			if id, isIdent := x.(*ast.Ident); isIdent {
				if def := onlyValue(info, body, info.Uses[id]); def != nil {
					x = ast.Unparen(def)
				}
			}
			if call, isCall := x.(*ast.CallExpr); isCall && stringsFunc(info, call) == "ToLower" && len(call.Args) == 1 {
				t.fold, x = true, ast.Unparen(call.Args[0])
			}
		}
		ext, isCall := x.(*ast.CallExpr)
		if !isCall || len(ext.Args) != 1 || !isPathFunc(info, ext, "Ext") || keys.Of(ext.Args[0]) == "" {
			return t, false
		}
		t.affix, t.suffix = constString(info, y), true
		t.negated = t.negated != (c.Op == token.NEQ)
		return t, t.affix != ""
	}
	return t, false
}

// trivialKeyTest reports a test that cannot tell the function's output
// from its input: an empty key, its length, a folder marker (a key ending
// in "/"). Every part of an && or || that reads the key must be one.
func trivialKeyTest(info *types.Info, keys *EventSources, cond ast.Expr) bool {
	cond = ast.Unparen(cond)
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return trivialKeyTest(info, keys, u.X)
	}
	switch c := cond.(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LAND, token.LOR:
			return (!mentions(keys, c.X) || trivialKeyTest(info, keys, c.X)) &&
				(!mentions(keys, c.Y) || trivialKeyTest(info, keys, c.Y))
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			for _, side := range [2][2]ast.Expr{{c.X, c.Y}, {c.Y, c.X}} {
				k, other := ast.Unparen(side[0]), side[1]
				if call, ok := k.(*ast.CallExpr); ok && len(call.Args) == 1 {
					if b, ok := typeutil.Callee(info, call).(*types.Builtin); ok && b.Name() == "len" && keys.Of(call.Args[0]) != "" {
						return true
					}
				}
				if tv, ok := info.Types[other]; ok && tv.Value != nil && tv.Value.ExactString() == `""` && keys.Of(k) != "" {
					return true
				}
			}
		}
	case *ast.CallExpr:
		name := stringsFunc(info, c)
		return (name == "HasSuffix" || name == "HasPrefix") && len(c.Args) == 2 && keys.Of(c.Args[0]) != "" && constString(info, c.Args[1]) == "/"
	}
	return false
}

// stringsFunc returns the name of the strings package function call calls,
// or "".
func stringsFunc(info *types.Info, call *ast.CallExpr) string {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
		return ""
	}
	return fn.Name()
}

// isPathFunc reports a call of path.name or path/filepath.name.
func isPathFunc(info *types.Info, call *ast.CallExpr, name string) bool {
	fn := typeutil.StaticCallee(info, call)
	return fn != nil && fn.Pkg() != nil && (fn.Pkg().Path() == "path" || fn.Pkg().Path() == "path/filepath") && fn.Name() == name
}

// writtenKey returns the Key an S3 write puts, or nil.
func writtenKey(info *types.Info, body ast.Node, call *ast.CallExpr) ast.Expr {
	arg, _ := sdkInput(info, call, "s3", strings.TrimSuffix(methodName(call), "WithContext")+"Input")
	if arg == nil {
		return nil
	}
	fields, _ := inputFields(info, body, arg)
	return fields["Key"]
}

// constPrefix returns the constant start of a key expression: "thumbs/"
// of "thumbs/"+key, fmt.Sprintf("thumbs/%s", key) or path.Join("thumbs",
// key); "" when it is not known.
func constPrefix(info *types.Info, body ast.Node, e ast.Expr, depth int) string {
	return constAffix(info, body, e, depth, false)
}

// constSuffix returns the constant end of a key expression: "-small.jpg"
// of base+"-small.jpg" or fmt.Sprintf("%s-small.jpg", base); "" when it is
// not known.
func constSuffix(info *types.Info, body ast.Node, e ast.Expr, depth int) string {
	return constAffix(info, body, e, depth, true)
}

func constAffix(info *types.Info, body ast.Node, e ast.Expr, depth int, suffix bool) string {
	if depth > 3 {
		return ""
	}
	if s := constString(info, e); s != "" {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v := onlyValue(info, body, info.ObjectOf(e)); v != nil {
			return constAffix(info, body, v, depth+1, suffix)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return constAffix(info, body, e.X, depth+1, suffix)
		}
	case *ast.BinaryExpr:
		if ops := concatOperands(info, e); len(ops) > 0 {
			if suffix {
				return constString(info, ops[len(ops)-1])
			}
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
			if suffix {
				return afterLastVerb(f)
			}
			if i := strings.IndexByte(f, '%'); i >= 0 {
				return f[:i]
			}
			return f
		case !suffix && isPathFunc(info, e, "Join") && len(e.Args) > 1:
			if s := constString(info, e.Args[0]); s != "" {
				return strings.TrimSuffix(s, "/") + "/"
			}
		case len(e.Args) == 1:
			return constAffix(info, body, e.Args[0], depth+1, suffix) // aws.String(…)
		}
	}
	return ""
}

// keyAffix reports whether the key expression e starts (or, with suffix,
// ends) with the event's object key itself: "processed/" + key,
// fmt.Sprintf("out/%s", key), key + ".thumb".
func keyAffix(info *types.Info, body ast.Node, keys *EventSources, e ast.Expr, depth int, suffix bool) bool {
	if depth > 6 { // &out -> out -> Sprintf -> key -> r.S3.Object.Key and a wrapper or two
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		// Followed to its value: keys.Of says the key flows into a
		// variable, not that the variable starts or ends with it.
		if v := onlyValue(info, body, info.ObjectOf(x)); v != nil {
			return keyAffix(info, body, keys, v, depth+1, suffix)
		}
	case *ast.SelectorExpr:
		return keys.Of(x) != "" // the record's own key field
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return keyAffix(info, body, keys, x.X, depth+1, suffix)
		}
	case *ast.BinaryExpr:
		if ops := concatOperands(info, x); len(ops) > 0 {
			end := ops[0]
			if suffix {
				end = ops[len(ops)-1]
			}
			return keyAffix(info, body, keys, end, depth+1, suffix)
		}
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(info, x)
		if fn == nil || fn.Pkg() == nil || len(x.Args) == 0 {
			return false
		}
		switch {
		case fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf" && len(x.Args) > 1:
			f := constString(info, x.Args[0])
			if suffix && strings.HasSuffix(f, "%s") {
				return keyAffix(info, body, keys, x.Args[len(x.Args)-1], depth+1, suffix)
			}
			if !suffix && strings.HasPrefix(f, "%s") {
				return keyAffix(info, body, keys, x.Args[1], depth+1, suffix)
			}
		case len(x.Args) == 1 && fn.Pkg().Path() != "strings" && fn.Pkg().Path() != "path" && fn.Pkg().Path() != "path/filepath":
			return keyAffix(info, body, keys, x.Args[0], depth+1, suffix) // aws.String(…)
		}
	}
	return false
}

// afterLastVerb returns the text of a format after its last verb.
func afterLastVerb(f string) string {
	i := strings.LastIndexByte(f, '%')
	if i < 0 {
		return f
	}
	for j := i + 1; j < len(f); j++ {
		if c := f[j]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%' {
			if c == '%' {
				return "" // %% : leave escapes alone
			}
			return f[j+1:]
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

// keepOnly recognises a guard that lets through only keys with one of
// some affixes of the same end: `ext != ".jpg" && ext != ".jpeg"`, or
// `!strings.HasSuffix(key, ".csv") && !strings.HasSuffix(key, ".tsv")`.
func keepOnly(info *types.Info, body ast.Node, keys *EventSources, cond ast.Expr) ([]keyTest, bool) {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.LAND {
		return nil, false
	}
	var alts []keyTest
	var parts func(e ast.Expr) bool
	parts = func(e ast.Expr) bool {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
			return parts(b.X) && parts(b.Y)
		}
		t, ok := affixTest(info, body, keys, e)
		if !ok || !t.negated || len(alts) > 0 && alts[0].suffix != t.suffix {
			return false
		}
		alts = append(alts, t)
		return true
	}
	return alts, parts(cond)
}

// keyParam returns 1 + the index of the parameter that the S3 write call
// in the summarised function's body writes as its object key unchanged
// (Key: aws.String(key), Key: &key, Key: key), or 0.
func (s *scanner) keyParam(call *ast.CallExpr) int {
	info := s.pass.TypesInfo
	key := writtenKey(info, s.body, call)
	if key == nil || s.ftype == nil || s.ftype.Params == nil {
		return 0
	}
	key = ast.Unparen(key)
	if c, ok := key.(*ast.CallExpr); ok && len(c.Args) == 1 {
		if fn := typeutil.StaticCallee(info, c); fn != nil && fn.Name() == "String" && fn.Pkg() != nil && strings.HasSuffix(fn.Pkg().Path(), "/aws") {
			key = ast.Unparen(c.Args[0])
		}
	}
	if u, ok := key.(*ast.UnaryExpr); ok && u.Op == token.AND {
		key = ast.Unparen(u.X)
	}
	id, ok := key.(*ast.Ident)
	if !ok {
		return 0
	}
	obj := info.Uses[id]
	if obj == nil || s.reassigned()[obj] {
		return 0
	}
	i := 0
	for _, field := range s.ftype.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, name := range field.Names {
			if info.Defs[name] == obj {
				if _, variadic := field.Type.(*ast.Ellipsis); variadic {
					return 0
				}
				return i + 1
			}
			i++
		}
	}
	return 0
}
