package envconfig

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/report"
)

//go:embed doc.go
var doc string

// Analyzer reports operational parameters and credentials written in code.
var Analyzer = &analysis.Analyzer{
	Name:     "envconfig",
	Doc:      docs.FromSource(doc),
	URL:      "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#envconfig",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      run,
}

// Rule ids.
const (
	RuleResource    = "hardcoded-resource"
	RuleRegion      = "hardcoded-region"
	RuleCredentials = "hardcoded-credentials"
	RuleDevDefault  = "env-dev-default"
)

type checker struct {
	pass *analysis.Pass
	rep  *report.Reporter
	// extra resource field names from the configuration.
	extra map[string]bool
	// done holds the literals already reported (or known to be
	// development defaults), so the shape scan does not repeat them.
	done map[token.Pos]bool
	// defaults are literals used only when an environment variable is
	// empty.
	defaults map[token.Pos]string
	// local holds the literals of a branch taken only in a local run,
	// with the variable that selects it (local.go).
	local map[token.Pos]string
	// constLit maps a string constant to its literal.
	constLit map[types.Object]token.Pos
	// assigns counts assignments to each variable of the package.
	assigns map[types.Object][]ast.Expr
	// composites holds the assignments of struct and map variables, and
	// escaped those whose fields may change after them (see fieldValue,
	// mapValue).
	composites map[types.Object][]ast.Expr
	escaped    map[types.Object]bool
	// readOnly caches mapReadOnly.
	readOnly map[*types.Var]bool
	// root is the package's inspector.
	root inspector.Cursor
	file *ast.File
	// cur is the node checkFile is at; files are the package's non-test
	// files; ctors is constructorsOf's map.
	cur   inspector.Cursor
	files []inspector.Cursor
	ctors map[types.Object][]string
	// support: test support or infrastructure code (supportPackage),
	// where only credentials are reported.
	support bool
	// localRuns are the bodies of the ifs that select a local run.
	localRuns []localRun
	// paramUses are resource fields set from parameters (params.go);
	// params indexes the package's parameters, built when first needed.
	paramUses []paramUse
	params    map[*types.Var]paramRef
	settings  map[*types.Var]setting
}

// at reports a rule other than hardcoded-credentials, unless the package
// is support code: there names, ARNs and regions are the tests' or the
// deployment's own, but a key in the source is as leaked as anywhere.
func (c *checker) at(rule string, pos token.Pos, opts []report.Option, format string, args ...any) {
	if c.support {
		return
	}
	c.rep.At(rule, pos, opts, format, args...)
}

func run(pass *analysis.Pass) (any, error) {
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	defer rep.Finish()
	if ignoredPackage(pass.Pkg) {
		return nil, nil
	}
	c := &checker{
		pass:       pass,
		rep:        rep,
		support:    supportPackage(pass),
		extra:      map[string]bool{},
		done:       map[token.Pos]bool{},
		defaults:   map[token.Pos]string{},
		local:      map[token.Pos]string{},
		constLit:   map[types.Object]token.Pos{},
		assigns:    map[types.Object][]ast.Expr{},
		composites: map[types.Object][]ast.Expr{},
		readOnly:   map[*types.Var]bool{},
		escaped:    map[types.Object]bool{},
	}
	for _, f := range rep.Config().Envconfig.ResourceFields {
		c.extra[f] = true
	}
	// The passes walk the inspector's event list, filtered by node type,
	// rather than recursing through each file with ast.Inspect: four
	// walks of every file were this analyzer's whole cost.
	insp := pass.ResultOf[handlers.Analyzer].(*handlers.Result).Inspector()
	c.root = insp.Root()
	var files []inspector.Cursor
	for cur := range insp.Root().Children() {
		f := cur.Node().(*ast.File)
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		files = append(files, cur)
	}
	c.files = files
	for _, f := range files {
		c.collect(f)
	}
	for _, f := range files {
		c.localBranches(f)
	}
	for _, f := range files {
		c.file = f.Node().(*ast.File)
		c.checkFile(f)
	}
	// Literals passed to helpers before the shape scan, which would
	// report an ARN among them without saying where it goes.
	c.reportParams()
	c.reportCallees(pass.ResultOf[handlers.Analyzer].(*handlers.Result).Summary)
	for _, f := range files {
		c.file = f.Node().(*ast.File)
		c.scanShapes(f)
	}
	c.reportDefaults()
	return nil, nil
}

// ignoredPackage: examples are not deployed code.
func ignoredPackage(pkg *types.Package) bool {
	if strings.HasSuffix(pkg.Name(), "_test") {
		return true
	}
	for _, el := range strings.Split(pkg.Path(), "/") {
		switch el {
		case "example", "examples", "_example", "_examples":
			return true
		}
	}
	return false
}

// supportImports mark, imported by a package's non-test files, code that
// no function runs: test support (testing, testify; not httptest, which
// Lambda adapters use to run an http.Handler) and the
// infrastructure code of the AWS CDK, CDK for Terraform and Pulumi, where
// resource names, ARNs and regions are the deployment's configuration. A
// trailing "/" matches the path and below.
var supportImports = []string{
	"testing/", "github.com/stretchr/testify/",
	"github.com/aws/aws-cdk-go/", "github.com/aws/constructs-go/",
	"github.com/hashicorp/terraform-cdk-go/", "github.com/cdktf/",
	"github.com/pulumi/pulumi/sdk/", "github.com/pulumi/pulumi-aws/sdk/",
}

// supportPackage reports a package whose non-test files import one of
// supportImports. Only the non-test files count: go vet analyses a
// package together with its _test.go files, which import testing.
func supportPackage(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			for _, p := range supportImports {
				if path == strings.TrimSuffix(p, "/") || (strings.HasSuffix(p, "/") && strings.HasPrefix(path, p)) {
					return true
				}
			}
		}
	}
	return false
}

// collect records every assignment to variables (to follow a local or a
// package variable to its literal only when it is assigned once) and the
// development defaults.
func (c *checker) collect(file inspector.Cursor) {
	info := c.pass.TypesInfo
	for cur := range file.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.IfStmt)(nil), (*ast.CallExpr)(nil), (*ast.UnaryExpr)(nil), (*ast.SelectorExpr)(nil), (*ast.RangeStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := ast.Unparen(l).(*ast.Ident)
				if !ok {
					// cfg.Table = …: the struct's fields change.
					if base := baseVar(info, l); base != nil {
						c.escaped[base] = true
					}
					continue
				}
				obj := info.ObjectOf(id)
				var rhs ast.Expr
				if len(n.Rhs) == len(n.Lhs) {
					rhs = n.Rhs[i]
				}
				switch {
				case obj == nil:
				case mayHoldText(obj):
					c.assigns[obj] = append(c.assigns[obj], rhs)
				case isStructVar(obj) || isMapVar(obj):
					c.composites[obj] = append(c.composites[obj], rhs)
				}
			}
		case *ast.UnaryExpr:
			// &cfg, &cfg.Table: a loader or decoder may fill it; not
			// TableName: &cfg.Table in an SDK input, which only reads.
			if base := baseVar(info, n.X); n.Op == token.AND && base != nil && !c.sdkFieldValue(cur) {
				c.escaped[base] = true
			}
		case *ast.SelectorExpr:
			// cfg.load(), once.Do(cfg.load): a method with a pointer
			// receiver, called or taken as a value, takes &cfg.
			if sel, ok := info.Selections[n]; ok && sel.Kind() == types.MethodVal {
				if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
					if _, ptr := sig.Recv().Type().Underlying().(*types.Pointer); ptr {
						if base := baseVar(info, n.X); base != nil {
							c.escaped[base] = true
						}
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok != token.ASSIGN {
				continue
			}
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if x == nil {
					continue
				}
				if id, ok := ast.Unparen(x).(*ast.Ident); ok {
					if obj := info.ObjectOf(id); obj != nil {
						c.assigns[obj] = append(c.assigns[obj], nil)
						c.composites[obj] = append(c.composites[obj], nil)
					}
				} else if base := baseVar(info, x); base != nil {
					c.escaped[base] = true
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				obj := info.Defs[id]
				if obj == nil {
					continue
				}
				var rhs ast.Expr
				if len(n.Values) == len(n.Names) {
					rhs = n.Values[i]
				}
				if (isStructVar(obj) || isMapVar(obj)) && (rhs != nil || len(n.Values) == 0) {
					c.composites[obj] = append(c.composites[obj], rhs)
				}
				if !mayHoldText(obj) {
					continue
				}
				if rhs != nil || len(n.Values) == 0 {
					c.assigns[obj] = append(c.assigns[obj], rhs)
				}
				if lit, ok := rhs.(*ast.BasicLit); ok {
					c.constLit[obj] = lit.Pos()
				}
			}
		case *ast.IfStmt:
			c.devDefaultIf(n)
		case *ast.CallExpr:
			c.devDefaultCall(n)
			// A byte slice handed to a call may be filled by it
			// (copy(key, s), rand.Read(key)); the calls that take a
			// signing key only read it.
			for _, arg := range n.Args {
				if v := baseVar(info, arg); v != nil && isByteSlice(v.Type()) && !c.readsOnly(n) {
					c.escaped[v] = true
				}
			}
		}
	}
}

// sdkFieldValue reports an expression (at cur) that is the value of a
// field in a composite literal of an SDK type: TableName: &cfg.Table.
func (c *checker) sdkFieldValue(cur inspector.Cursor) bool {
	kv, ok := cur.Parent().Node().(*ast.KeyValueExpr)
	if !ok || kv.Value != cur.Node() {
		return false
	}
	lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && (sdkPackage(named.Obj().Pkg().Path()) || sdkConfigPackages[named.Obj().Pkg().Path()])
}

// readsOnly reports a call that only reads its byte-slice arguments: a
// conversion, or a call signingKeyArg knows.
func (c *checker) readsOnly(call *ast.CallExpr) bool {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	return isSigningCall(typeutil.Callee(c.pass.TypesInfo, call), call)
}

func isSigningCall(fn types.Object, call *ast.CallExpr) bool {
	_, where := signingKeyArg(fn, call)
	return where != ""
}

// signingKeyArg returns the key argument of hmac.New or a golang-jwt
// SignedString and how to name the call, or "".
func signingKeyArg(fn types.Object, call *ast.CallExpr) (ast.Expr, string) {
	if fn == nil || fn.Pkg() == nil {
		return nil, ""
	}
	path := fn.Pkg().Path()
	switch {
	case path == "crypto/hmac" && fn.Name() == "New" && len(call.Args) == 2:
		return call.Args[1], "hmac.New"
	case strings.HasPrefix(path, "github.com/golang-jwt/jwt") && fn.Name() == "SignedString" && len(call.Args) == 1:
		return call.Args[0], "jwt SignedString"
	}
	return nil, ""
}

func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// isStructVar reports a variable holding a struct value (not a pointer:
// whoever has the pointer may change the fields).
func isStructVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() {
		return false
	}
	_, ok = v.Type().Underlying().(*types.Struct)
	return ok
}

// baseVar returns the variable an expression such as cfg, cfg.Table or
// cfg.Items[0] starts from, or nil.
func baseVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// fieldValue resolves cfg.Table where cfg is a struct variable of the
// package assigned once, from a keyed literal, and never changed after:
// no field assigned, its address never taken, no pointer method called.
// A configuration struct filled with literals is as hard-coded as the
// literals; one filled from the environment, or by a loader, is not.
func (c *checker) fieldValue(sel *ast.SelectorExpr, depth int) (value, bool) {
	info := c.pass.TypesInfo
	obj, lit := c.compositeVar(sel.X, isStructVar)
	if obj == nil {
		return value{}, false
	}
	field, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() || field.Pkg() == nil {
		return value{}, false
	}
	if p := field.Pkg().Path(); sdkPackage(p) || sdkConfigPackages[p] {
		return value{}, false // an SDK struct's fields are checked where written
	}
	if _, ptr := field.Type().Underlying().(*types.Pointer); ptr {
		return value{}, false // a copy of the pointer can change what it points to
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return value{}, false // positional fields: not followed
		}
		if k, ok := kv.Key.(*ast.Ident); !ok || k.Name != field.Name() {
			continue
		}
		if l := c.literalNode(kv.Value); l != nil && c.defaults[l.Pos()] != "" {
			return value{}, false
		}
		v, ok := c.resolve(kv.Value, depth+1)
		if !ok {
			return value{}, false
		}
		v.lit = nil
		if v.origin == nil {
			v.origin, v.field = obj, field.Name()
		}
		return v, true
	}
	return value{}, false
}

// compositeVar returns the variable e names, of the kind wanted (a
// struct, a map), and the one literal it is assigned: a variable of the
// package assigned once, from a composite literal, that nothing changes
// after (escaped) and that is not an exported variable of a package other
// than main (config.Defaults: another package may load into it).
func (c *checker) compositeVar(e ast.Expr, kind func(types.Object) bool) (*types.Var, *ast.CompositeLit) {
	base, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	obj, ok := c.pass.TypesInfo.Uses[base].(*types.Var)
	if !ok || obj.Pkg() != c.pass.Pkg || c.escaped[obj] || !kind(obj) {
		return nil, nil
	}
	if obj.Exported() && obj.Parent() == c.pass.Pkg.Scope() && c.pass.Pkg.Name() != "main" {
		return nil, nil
	}
	as := c.composites[obj]
	if len(as) != 1 || as[0] == nil {
		return nil, nil
	}
	lit, ok := ast.Unparen(as[0]).(*ast.CompositeLit)
	if !ok {
		return nil, nil
	}
	return obj, lit
}

// mayHoldText reports a variable whose assignments resolve and
// localSwitch can follow to a literal: a string, bool or other basic
// value, through pointers (aws.String), an empty interface, or a []byte
// (a signing key). Errors,
// clients, responses and structs, most of a function's assignments, are
// not recorded.
func mayHoldText(obj types.Object) bool {
	t := obj.Type()
	for i := 0; i < 3; i++ {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Interface:
		return u.Empty()
	case *types.Slice: // a key kept as []byte
		return isByteSlice(u)
	}
	return false
}

// devDefaultIf marks `if v == "" { v = "local-table" }` (and !ok, len(v) == 0).
func (c *checker) devDefaultIf(ifs *ast.IfStmt) {
	// The identifiers of the condition are collected only for a body that
	// assigns a literal: most if statements do not.
	var tested map[types.Object]string
	for _, st := range ifs.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, l := range as.Lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				continue
			}
			lit := c.literalNode(as.Rhs[i])
			if lit == nil {
				continue
			}
			if tested == nil {
				tested = c.identsOf(ifs.Cond)
			}
			if tested[c.pass.TypesInfo.ObjectOf(id)] != "" {
				c.defaults[lit.Pos()] = id.Name
			}
		}
	}
}

// identsOf maps the objects e names to their names.
func (c *checker) identsOf(e ast.Expr) map[types.Object]string {
	ids := map[types.Object]string{}
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
				ids[obj] = id.Name
			}
		}
		return true
	})
	return ids
}

// devDefaultCall marks the fallback of getenv("TABLE", "local-table"),
// cmp.Or(os.Getenv("TABLE"), "local-table") and the like.
func (c *checker) devDefaultCall(call *ast.CallExpr) {
	if len(call.Args) < 2 {
		return // no fallback to mark; most calls end here
	}
	fn := typeutil.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	name := strings.ToLower(fn.Name())
	envHelper := strings.Contains(name, "env")
	cmpOr := fn.Pkg() != nil && fn.Pkg().Path() == "cmp" && fn.Name() == "Or"
	if !envHelper && !cmpOr {
		return
	}
	if cmpOr {
		hasEnv := false
		for _, a := range call.Args {
			if c.isEnvRead(a) {
				hasEnv = true
			}
		}
		if !hasEnv {
			return
		}
	}
	hint := ""
	for _, a := range call.Args {
		if lit := c.literalNode(a); lit != nil && hint == "" {
			hint, _ = strconv.Unquote(lit.Value)
		} else if inner, ok := ast.Unparen(a).(*ast.CallExpr); ok && len(inner.Args) > 0 {
			if lit := c.literalNode(inner.Args[0]); lit != nil {
				hint, _ = strconv.Unquote(lit.Value)
			}
		}
	}
	for _, a := range call.Args[1:] {
		if lit := c.literalNode(a); lit != nil {
			c.defaults[lit.Pos()] = hint
		}
	}
}

// isEnvRead reports os.Getenv(...) or a call of a function named *env*.
func (c *checker) isEnvRead(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typeutil.Callee(c.pass.TypesInfo, call)
	return fn != nil && strings.Contains(strings.ToLower(fn.Name()), "env")
}

// literalNode returns the string literal of e, through aws.String(...).
func (c *checker) literalNode(e ast.Expr) *ast.BasicLit {
	e = c.unwrapPtr(e)
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		return lit
	}
	return nil
}

// unwrapPtr removes aws.String(x), ptr.String(x), lo.ToPtr(x) and &x.
func (c *checker) unwrapPtr(e ast.Expr) ast.Expr {
	for i := 0; i < 3; i++ {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = u.X
			continue
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		fn := typeutil.Callee(c.pass.TypesInfo, call)
		if fn == nil {
			return e
		}
		switch fn.Name() {
		case "String", "StringPtr", "ToPtr", "Ptr", "Of":
			e = call.Args[0]
		default:
			return e
		}
	}
	return e
}

// value is a string a field or argument receives, resolved to a literal.
type value struct {
	s string
	// lit is the literal itself when written at the use (a fix can
	// replace it); nil when it comes from a constant or a variable.
	lit *ast.BasicLit
	// pos is where the literal or constant is.
	pos token.Pos
	// origin is the constant or variable followed to it, or nil; field,
	// when the variable is a struct, the field of its literal.
	origin types.Object
	field  string
	// entry is the key of the map entry followed (mapValue), values
	// the number of values of the map when the key is not constant.
	entry  string
	values int
	// others are the positions of the map's other values, which the
	// finding at the use stands for.
	others []token.Pos
}

// markDone records v as reported (or settled), with the values it stands
// for, so that the shape scan does not report them again.
func (c *checker) markDone(v value) {
	c.done[v.pos] = true
	for _, p := range v.others {
		c.done[p] = true
	}
}

// resolve follows e to a constant string: a literal, a constant, a local
// or package variable assigned once from one.
func (c *checker) resolve(e ast.Expr, depth int) (value, bool) {
	if depth > 3 || e == nil {
		return value{}, false
	}
	e = ast.Unparen(c.unwrapPtr(e))
	info := c.pass.TypesInfo
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			return value{}, false
		}
		return value{s: s, lit: lit, pos: lit.Pos()}, true
	}
	if conv, ok := e.(*ast.CallExpr); ok && len(conv.Args) == 1 && isTextConversion(info, conv) {
		// []byte("…") or string(b): a key kept in a []byte variable is
		// as written in the code as the literal.
		if v, ok := c.resolve(conv.Args[0], depth+1); ok {
			return v, true
		}
	}
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.IndexExpr:
		return c.mapValue(x, depth)
	case *ast.SelectorExpr:
		if v, ok := c.fieldValue(x, depth); ok {
			return v, true
		}
		if v, ok := c.unexportedField(x, depth); ok {
			return v, true
		}
		id = x.Sel
	}
	if id != nil {
		switch obj := info.ObjectOf(id).(type) {
		case *types.Const:
			if obj.Val().Kind() == constant.String {
				pos := obj.Pos()
				if p, ok := c.constLit[obj]; ok {
					pos = p
				}
				return value{s: constant.StringVal(obj.Val()), pos: pos, origin: obj}, true
			}
		case *types.Var:
			as := c.assigns[obj]
			if len(as) != 1 || as[0] == nil || obj.Pkg() != c.pass.Pkg || c.escaped[obj] {
				return value{}, false
			}
			if lit := c.literalNode(as[0]); lit != nil && c.defaults[lit.Pos()] != "" {
				return value{}, false
			}
			v, ok := c.resolve(as[0], depth+1)
			if !ok {
				return value{}, false
			}
			v.lit = nil
			if v.origin == nil {
				v.origin = obj
			}
			return v, true
		}
		return value{}, false
	}
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		// A constant expression such as "orders-" + stage.
		return value{s: constant.StringVal(tv.Value), pos: e.Pos()}, true
	}
	if s, ok := c.sprintf(e, depth); ok {
		return value{s: s, pos: e.Pos()}, true
	}
	return value{}, false
}

// sprintf evaluates fmt.Sprintf of a constant format and arguments that
// are all constants (or resolve to literals): a queue URL or ARN put
// together from literal parts is as hard-coded as the whole literal.
func (c *checker) sprintf(e ast.Expr, depth int) (string, bool) {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return "", false
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" {
		return "", false
	}
	format, ok := c.resolve(call.Args[0], depth+1)
	if !ok {
		return "", false
	}
	var args []any
	for _, a := range call.Args[1:] {
		if tv, ok := c.pass.TypesInfo.Types[a]; ok && tv.Value != nil {
			switch tv.Value.Kind() {
			case constant.Int:
				if n, exact := constant.Int64Val(tv.Value); exact {
					args = append(args, n)
					continue
				}
			case constant.String:
				args = append(args, constant.StringVal(tv.Value))
				continue
			}
			return "", false
		}
		v, ok := c.resolve(a, depth+1)
		if !ok {
			return "", false
		}
		args = append(args, v.s)
	}
	return fmt.Sprintf(format.s, args...), true
}

func (c *checker) checkFile(file inspector.Cursor) {
	info := c.pass.TypesInfo
	for cur := range file.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		c.cur = cur
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			var creds []*ast.KeyValueExpr
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				if field, ok := info.ObjectOf(key).(*types.Var); ok && field.IsField() {
					if credentialField(field) {
						creds = append(creds, kv)
						continue
					}
					c.field(field, kv.Value)
				}
			}
			c.credentialLiteral(creds)
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				break
			}
			for i, l := range n.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				if field, ok := info.ObjectOf(sel.Sel).(*types.Var); ok && field.IsField() {
					c.field(field, n.Rhs[i])
				}
			}
		case *ast.CallExpr:
			c.call(n)
		}
	}
}

var (
	sdkServicePrefixes = []string{
		"github.com/aws/aws-sdk-go-v2/service/",
		"github.com/aws/aws-sdk-go-v2/feature/",
		"github.com/aws/aws-sdk-go/service/",
	}
	sdkConfigPackages = map[string]bool{
		"github.com/aws/aws-sdk-go-v2/aws":    true,
		"github.com/aws/aws-sdk-go-v2/config": true,
		"github.com/aws/aws-sdk-go/aws":       true,
	}
)

func sdkPackage(path string) bool {
	for _, p := range sdkServicePrefixes {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// resourceSuffixes end the names of SDK input fields that hold resource
// identifiers.
var resourceSuffixes = []string{"Name", "Arn", "ARN", "Url", "URL", "Id", "ID", "Bucket", "Endpoint"}

// notResources are SDK field names with a resource-like ending that hold
// request data, schema or code-level names, not deployment configuration.
var notResources = map[string]bool{
	"Name": true, "Id": true, "ID": true,
	"IndexName": true, "AttributeName": true, "MetricName": true, "RoleSessionName": true,
	"DisplayName": true, "FileName": true, "FieldName": true, "ColumnName": true, "TagName": true,
	"MessageGroupId": true, "MessageDeduplicationId": true, "MessageId": true, "RequestId": true,
	"VersionId": true, "UploadId": true, "ClientRequestId": true, "TraceId": true, "ShardId": true,
	"ExclusiveStartShardId": true, "ExecutionName": true, "AccountId": true, "EventId": true,
	"ContentName": true, "ExpectedBucketOwner": true, "CopySourceVersionId": true, "PartNumber": true,
	"DeduplicationId": true, "ReceiptHandle": true, "SequenceNumber": true, "ContinuationToken": true,
	"StartAfter": true, "QueryExecutionId": true, "ExecutionArn": true, "ExecutionId": true,
	// Names AWS publishes, the same in every account: foundation models,
	// Polly voices.
	"ModelId": true, "VoiceId": true,
}

func (c *checker) isResourceField(name string) bool {
	if c.extra[name] {
		return true
	}
	if notResources[name] || strings.HasSuffix(name, "ShardId") || strings.HasSuffix(name, "SessionName") {
		return false
	}
	for _, s := range resourceSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// field checks a value given to a field of an SDK type.
func (c *checker) field(field *types.Var, val ast.Expr) {
	if field.Pkg() == nil {
		return
	}
	path, name := field.Pkg().Path(), field.Name()
	switch {
	case name == "Region" && (sdkPackage(path) || sdkConfigPackages[path]):
		c.region(val, "AWS_REGION", name, globalService(path))
	case credentialField(field):
		c.credential(val, "the "+name+" field")
	case (name == "Password" || name == "Passwd") && clientLibrary(path):
		c.password(val, "the "+name+" field of "+field.Pkg().Name()+" options", true)
	case name == "Resource" && arnPackage(path) && !c.awsManagedARN():
		// arn.ARN{…, AccountID: "123456789012", Resource: "table/orders"}
		c.resource(val, "ARN Resource")
	case (sdkPackage(path) || (sdkConfigPackages[path] && strings.HasSuffix(name, "Endpoint"))) && c.isResourceField(name):
		c.resource(val, name)
	case name == "RequestItems" && sdkPackage(path):
		// DynamoDB batches key their requests by table name:
		// RequestItems: map[string][]types.WriteRequest{"orders": reqs}.
		// With two tables the same fix on both keys would make them
		// one at run time: the fix only for a single key.
		if lit, ok := ast.Unparen(val).(*ast.CompositeLit); ok {
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					c.resourceFix(kv.Key, "TableName", len(lit.Elts) == 1)
				}
			}
		}
	case sdkPackage(path) && parameterStore(path) && (name == "Name" || name == "Path"):
		// A Parameter Store name ("/orders/prod/db-url") names a stage
		// as much as a table does; Name alone is too generic elsewhere.
		c.resource(val, "parameter "+name)
	}
}

// awsManagedARN reports an arn.ARN literal checkFile is at whose AccountID
// is "aws": a managed policy (policy/AWSLambdaBasicExecutionRole), the same
// in every account, as awsOwned says of an ARN written out. An empty
// account (an S3 bucket's ARN) still names the user's resource.
func (c *checker) awsManagedARN() bool {
	lit, ok := c.cur.Node().(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "AccountID" {
			v, ok := c.resolve(kv.Value, 0)
			return ok && v.s == "aws"
		}
	}
	return false
}

// parameterStore reports the SSM service package (v1 or v2), whose
// GetParameter Name and GetParametersByPath Path name parameters.
func parameterStore(path string) bool {
	return strings.HasSuffix(path, "/service/ssm")
}

func clientLibrary(path string) bool {
	for _, p := range []string{"github.com/redis/", "github.com/go-redis/", "github.com/jackc/", "github.com/go-sql-driver/", "go.mongodb.org/", "github.com/lib/pq", "github.com/gomodule/redigo"} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// call checks config.WithRegion, v1 WithRegion, static credential
// providers and DSNs given to database constructors.
func (c *checker) call(call *ast.CallExpr) {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	path := fn.Pkg().Path()
	switch {
	case fn.Name() == "WithRegion" && sdkConfigPackages[path] && len(call.Args) == 1:
		c.region(call.Args[0], "AWS_REGION", "Region", "")
	case fn.Name() == "WithEndpoint" && sdkConfigPackages[path] && len(call.Args) == 1:
		c.resource(call.Args[0], "Endpoint")
	case (fn.Name() == "NewStaticCredentialsProvider" || fn.Name() == "NewStaticCredentials") &&
		strings.HasPrefix(path, "github.com/aws/") && len(call.Args) >= 2:
		c.staticCredentials(call, fn.Pkg().Name()+"."+fn.Name())
	case isSigningCall(fn, call):
		c.signingKey(signingKeyArg(fn, call))
	case path == "database/sql" && (fn.Name() == "Open") && len(call.Args) == 2:
		c.password(call.Args[1], "sql.Open", false)
	case clientLibrary(path) && len(call.Args) > 0:
		for _, a := range call.Args {
			if t := c.pass.TypesInfo.TypeOf(a); t != nil && types.Identical(t.Underlying(), types.Typ[types.String]) {
				c.password(a, fn.Pkg().Name()+"."+fn.Name(), false)
			}
		}
	}
}

// The expressions are compiled on first use, not at init: the lambdalint
// binary is also the go vet tool, started once per package, and its zip
// command never analyses code.
var regionShape = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$`) })

// region checks a region given to field; fixed is the region a global
// service's own Options must name, or "".
func (c *checker) region(e ast.Expr, env, field, fixed string) {
	v, ok := c.resolve(e, 0)
	if !ok || !regionShape().MatchString(v.s) {
		return
	}
	if v.s == fixed || (fixed == "" && c.forGlobalService(c.cur, v.s)) {
		return // cloudfront.Options{Region: "us-east-1"}: the service's, not the stage's
	}
	if c.devDefault(v, "region "+strconv.Quote(v.s)) || c.localUse(v, e.Pos(), "region "+strconv.Quote(v.s)) {
		return
	}
	c.markDone(v)
	opts := c.related(v)
	if v.lit != nil {
		opts = append(opts, c.fix(v.lit, env))
	}
	c.at(RuleRegion, e.Pos(), opts,
		"region %q is hard-coded%s: the SDK reads the function's own region from AWS_REGION, which Lambda sets; drop the %s setting or read it from an environment variable",
		v.s, c.from(v), field)
}

func (c *checker) resource(e ast.Expr, field string) { c.resourceFix(e, field, true) }

// resourceFix is resource, with the suggested fix (the literal replaced
// by os.Getenv) only if fix is set.
func (c *checker) resourceFix(e ast.Expr, field string, fix bool) {
	v, ok := c.resolve(e, 0)
	if !ok {
		if fn, idx, ok := c.paramSource(e, 0); ok {
			c.paramUses = append(c.paramUses, paramUse{fn: fn, idx: idx, field: field, fix: fix})
		}
		return
	}
	if c.notStageResource(v, field, e.Pos()) {
		return
	}
	env := envName(field)
	c.markDone(v)
	opts := c.related(v)
	if v.lit != nil && fix {
		opts = append(opts, c.fix(v.lit, env))
	}
	c.at(RuleResource, e.Pos(), opts,
		"%s %q is hard-coded%s: it differs between stages and accounts; read it from an environment variable (os.Getenv(%q)) set in the function's configuration",
		field, v.s, c.from(v), env)
}

// notStageResource reports a value given to field (used at pos) that
// names nothing of one stage's: empty, a placeholder, AWS's own or every
// account's, an SDK enum, a local endpoint; or a development default or
// a local run's value (reported as env-dev-default instead).
func (c *checker) notStageResource(v value, field string, pos token.Pos) bool {
	if strings.TrimSpace(v.s) == "" || placeholder(v.s) || awsOwned(v.s) || accountDefault(field, v.s) || sdkEnum(v) || localEndpoint(v.s) {
		return true
	}
	what := field + " " + strconv.Quote(v.s)
	return c.devDefault(v, what) || c.localUse(v, pos, what)
}

// credentialField: the key fields of aws.Credentials (v2) and the v1
// credentials.Value.
func credentialField(f *types.Var) bool {
	if f.Pkg() == nil || !credentialPackages[f.Pkg().Path()] {
		return false
	}
	switch f.Name() {
	case "AccessKeyID", "SecretAccessKey", "SessionToken":
		return true
	}
	return false
}

var credentialPackages = map[string]bool{
	"github.com/aws/aws-sdk-go-v2/aws":          true,
	"github.com/aws/aws-sdk-go-v2/config":       true,
	"github.com/aws/aws-sdk-go/aws":             true,
	"github.com/aws/aws-sdk-go/aws/credentials": true,
	"github.com/aws/aws-sdk-go-v2/credentials":  true,
}

// credentialLiteral reports the literal keys of one credentials struct
// once, naming the fields (never their values).
func (c *checker) credentialLiteral(kvs []*ast.KeyValueExpr) {
	var names []string
	var opts []report.Option
	var first ast.Expr
	for _, kv := range kvs {
		v, ok := c.resolve(kv.Value, 0)
		if !ok || placeholder(v.s) || !plausibleKey(v.s) {
			continue
		}
		c.markDone(v)
		if first == nil {
			first = kv.Value
		}
		names = append(names, kv.Key.(*ast.Ident).Name)
		opts = append(opts, c.related(v)...)
	}
	if first == nil {
		return
	}
	where := "the " + names[0] + " field"
	if len(names) > 1 {
		where = "the " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " fields"
	}
	c.rep.At(RuleCredentials, first.Pos(), opts,
		"credentials are written in the code (%s): anyone with the source or the binary has them; remove them and rotate the key, and let the SDK use the function's execution role", where)
}

// credential reports a literal access key, secret or token; never prints it.
func (c *checker) credential(e ast.Expr, where string) {
	v, ok := c.resolve(e, 0)
	if !ok || placeholder(v.s) || !plausibleKey(v.s) {
		return
	}
	c.markDone(v)
	c.rep.At(RuleCredentials, e.Pos(), c.related(v),
		"credentials are written in the code (%s%s): anyone with the source or the binary has them; remove them and rotate the key, and let the SDK use the function's execution role", where, c.from(v))
}

// staticArgs names the arguments of a static credentials provider.
var staticArgs = []string{"an access key id", "a secret access key", "a session token"}

// staticCredentials reports a static credentials provider given literal
// keys once, at the call, naming which of its arguments are credentials
// (never their values).
func (c *checker) staticCredentials(call *ast.CallExpr, fn string) {
	var parts []string
	var opts []report.Option
	for i, a := range call.Args {
		if i >= len(staticArgs) {
			break
		}
		v, ok := c.resolve(a, 0)
		if !ok || placeholder(v.s) || !plausibleKey(v.s) {
			continue
		}
		c.markDone(v)
		c.done[a.Pos()] = true
		parts = append(parts, staticArgs[i]+c.from(v))
		opts = append(opts, c.related(v)...)
	}
	if len(parts) == 0 {
		return
	}
	what := parts[0]
	if len(parts) > 1 {
		what = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	c.rep.At(RuleCredentials, call.Pos(), opts,
		"credentials are written in the code: %s is given %s; anyone with the source or the binary has them; remove them and rotate the key, and let the SDK use the function's execution role", fn, what)
}

var (
	urlPassword = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:([^@\s]+)@`) })
	kvPassword  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)(?:^|[\s;])(?:password|pwd)\s*=\s*([^\s;]+)`) })
	myPassword  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[^:/@\s]+:([^@\s]+)@(?:tcp|unix)?\(`) })
)

// shapePassword returns the password of a string that is a connection
// string on its own, wherever it is written: a URL or a MySQL address
// with one, or key=value pairs that also name a host (not `SET password
// = :pw` in a query); "" for a placeholder, a bind variable or a local
// host.
func shapePassword(s string) string {
	pw := ""
	for _, re := range []*regexp.Regexp{urlPassword(), myPassword()} {
		if m := re.FindStringSubmatch(s); m != nil {
			pw = m[1]
		}
	}
	if pw == "" && kvHost().MatchString(s) {
		if m := kvPassword().FindStringSubmatch(s); m != nil {
			pw = m[1]
		}
	}
	if pw == "" || placeholder(pw) || strings.ContainsAny(pw[:1], ":?@") || localDSN(s) {
		return ""
	}
	return pw
}

var kvHost = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[\s;])(?:host|server|data source|addr|address)\s*=`)
})

// dsnPassword returns the password of a DSN or connection URL, or "".
func dsnPassword(s string) string {
	for _, re := range []*regexp.Regexp{urlPassword(), kvPassword(), myPassword()} {
		if m := re.FindStringSubmatch(s); m != nil {
			return m[1]
		}
	}
	return ""
}

// password checks a password given alone (plain) or inside a DSN.
func (c *checker) password(e ast.Expr, where string, plain bool) {
	v, ok := c.resolve(e, 0)
	if !ok {
		return
	}
	secret := v.s
	if !plain {
		secret = dsnPassword(v.s)
	}
	if secret == "" || placeholder(secret) || localDSN(v.s) {
		return
	}
	if c.devDefault(v, "a connection string with a password") {
		return
	}
	c.markDone(v)
	c.rep.At(RuleCredentials, e.Pos(), c.related(v),
		"a database password is written in the code (%s%s): anyone with the source or the binary has it; read it at start-up from Secrets Manager or SSM Parameter Store (or use IAM database authentication) and rotate it", where, c.from(v))
}

// signingKey reports a literal HMAC or JWT signing key ([]byte("…")).
// Eight characters at least: shorter ones are placeholders.
func (c *checker) signingKey(e ast.Expr, where string) {
	v, ok := c.resolve(e, 0)
	if !ok || placeholder(v.s) || len(v.s) < 8 {
		return
	}
	c.markDone(v)
	c.rep.At(RuleCredentials, e.Pos(), c.related(v),
		"a signing key is written in the code (%s%s): anyone with the source or the binary can sign as the function; read it at start-up from Secrets Manager or SSM Parameter Store and rotate it", where, c.from(v))
}

// isTextConversion reports a conversion to a string or byte-slice type.
func isTextConversion(info *types.Info, call *ast.CallExpr) bool {
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return false
	}
	switch t := tv.Type.Underlying().(type) {
	case *types.Basic:
		return t.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := t.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
	}
	return false
}

// arnPackage: the SDKs' arn packages (aws/arn in v2 and v1).
func arnPackage(path string) bool {
	return path == "github.com/aws/aws-sdk-go-v2/aws/arn" || path == "github.com/aws/aws-sdk-go/aws/arn"
}

// plausibleKey: a key or secret, not the "test"/"dummy" values given to
// local emulators. The documented example key (AKIAIOSFODNN7EXAMPLE) given
// to a static provider is still a credential in code: the next edit puts
// the real one there.
func plausibleKey(s string) bool {
	return len(s) >= 16 && !strings.ContainsAny(s, " \t")
}

// localDSN: a connection string to the developer's machine.
func localDSN(s string) bool {
	for _, h := range []string{"@localhost", "@127.0.0.1", "host=localhost", "host=127.0.0.1", "@tcp(localhost", "@tcp(127.0.0.1"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

var operationalHint = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)table|bucket|queue|topic|arn|url|region|endpoint|stream|secret|function|dsn|database|password|state_?machine`)
})

// reportDefaults reports the development defaults of operational
// parameters that no other check reported (info, off by default).
func (c *checker) reportDefaults() {
	var ps []token.Pos
	for p := range c.defaults {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	for _, p := range ps {
		if c.done[p] {
			continue
		}
		hint := c.defaults[p]
		if !operationalHint().MatchString(hint) && !regionShape().MatchString(hint) && !arnShape().MatchString(hint) {
			continue
		}
		c.done[p] = true
		c.at(RuleDevDefault, p, nil,
			"this literal is a development default used when the environment variable is empty; make sure the variable is set in every deployed stage, or fail at start-up when it is missing")
	}
}

// placeholder: templates and references, not values.
func placeholder(s string) bool {
	return strings.ContainsAny(s, "%{}<>$") || strings.HasPrefix(s, "$")
}

// devDefault reports a fallback literal (info, off by default) and tells
// the caller to stop.
func (c *checker) devDefault(v value, what string) bool {
	if c.defaults[v.pos] == "" {
		return false
	}
	c.markDone(v)
	if env := c.local[v.pos]; env != "" {
		c.localReport(v.pos, what, env)
		return true
	}
	c.at(RuleDevDefault, v.pos, nil,
		"%s is a development default used when the environment variable is empty; make sure the variable is set in every deployed stage, or fail at start-up when it is missing", what)
	return true
}

func (c *checker) related(v value) []report.Option {
	if f, ok := v.origin.(*types.Var); ok && f.IsField() && v.field == "" && v.lit == nil {
		return []report.Option{report.Related(v.pos, "%s is set here", f.Name())}
	}
	if v.origin != nil && v.lit == nil {
		return []report.Option{report.Related(v.origin.Pos(), "%s is declared here", v.origin.Name())}
	}
	return nil
}

func (c *checker) from(v value) string {
	if v.origin != nil {
		kind := "variable"
		if _, ok := v.origin.(*types.Const); ok {
			kind = "constant"
		}
		if f, ok := v.origin.(*types.Var); ok && f.IsField() && v.field == "" {
			// An unexported field set by one keyed literal: point at
			// the literal, where the value is.
			return " (field " + f.Name() + ", set at " + shortPos(c.pass.Fset.Position(v.pos)) + ")"
		}
		p := c.pass.Fset.Position(v.origin.Pos())
		switch {
		case v.field != "":
			kind = "field " + v.field + " of " + kind
		case v.entry != "":
			kind = "entry " + v.entry + " of map"
		case v.values > 1:
			kind = "one of the " + strconv.Itoa(v.values) + " values of map"
		case v.values == 1:
			kind = "the value of map"
		}
		return " (" + kind + " " + v.origin.Name() + " at " + shortPos(p) + ")"
	}
	return ""
}

func shortPos(p token.Position) string {
	name := p.Filename
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return name + ":" + strconv.Itoa(p.Line)
}

// fix replaces the literal with os.Getenv(env), importing os if needed.
func (c *checker) fix(lit *ast.BasicLit, env string) report.Option {
	edits := []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(`os.Getenv("` + env + `")`)}}
	if e, ok := c.importOS(); ok {
		edits = append(edits, e)
	} else if !c.hasOS() {
		return func(*analysis.Diagnostic) {}
	}
	return report.Fix("Read "+env+" from the environment", edits...)
}

func (c *checker) hasOS() bool {
	for _, im := range c.file.Imports {
		if im.Path.Value == `"os"` && (im.Name == nil || im.Name.Name == "os") {
			return true
		}
	}
	return false
}

// importOS returns the edit that adds the os import, when it is missing
// and can be added.
func (c *checker) importOS() (analysis.TextEdit, bool) {
	if c.hasOS() {
		return analysis.TextEdit{}, false
	}
	if c.pass.Pkg.Scope().Lookup("os") != nil {
		return analysis.TextEdit{}, false
	}
	for _, d := range c.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t\"os\"")}, true
		}
		return analysis.TextEdit{Pos: gd.Pos(), End: gd.Pos(), NewText: []byte("import \"os\"\n")}, true
	}
	return analysis.TextEdit{Pos: c.file.Name.End(), End: c.file.Name.End(), NewText: []byte("\n\nimport \"os\"")}, true
}

// envName derives an environment variable name from a field:
// TableName → TABLE_NAME, Bucket → BUCKET_NAME, QueueUrl → QUEUE_URL.
func envName(field string) string {
	switch field {
	case "Bucket":
		return "BUCKET_NAME"
	case "ARN Resource":
		return "RESOURCE_NAME"
	case "parameter Name", "parameter Path":
		return strings.ToUpper(strings.ReplaceAll(field, " ", "_"))
	case "Endpoint", "BaseEndpoint":
		return "AWS_ENDPOINT_URL"
	}
	var b strings.Builder
	rs := []rune(field)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

var (
	arnShape = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:[^\s%{}*<>$]+$`)
	})
	// An ARN format whose region (or partition) is a verb and whose
	// account and resource are written out.
	arnTemplate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^arn:(aws[a-z-]*|%[sv]):[a-z0-9-]+:([a-z0-9-]*|%[sv]):\d{12}:[A-Za-z0-9_/.:+=,@-]*[A-Za-z0-9_]$`)
	})
	sqsURLShape = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^https://(sqs\.[a-z0-9-]+|queue)\.amazonaws\.com(\.cn)?/\d{12}/[^\s%{}<>$]+$`)
	})
	// A host of one resource: a cache or database cluster, a search
	// domain, an API, a broker, a function URL (name.x1y2z3.ng.0001.euw1.cache.
	// amazonaws.com, orders.cluster-c9.eu-west-1.rds.amazonaws.com,
	// abc123.execute-api.eu-west-1.amazonaws.com). A service's regional
	// endpoint (sqs.eu-west-1.amazonaws.com) names no resource.
	endpointShape = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)(^|[/@])([a-z0-9-]+\.)+((cache|rds|es|docdb|redshift|neptune)\.amazonaws\.com(\.cn)?|(execute-api|appsync-api|kafka|mq|dax-clusters)\.[a-z0-9-]+\.amazonaws\.com(\.cn)?|(lambda-url|aos)\.[a-z0-9-]+\.on\.aws)(:\d+)?([/?]|$)`)
	})
	accessKey     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(AKIA|ASIA)[A-Z0-9]{16}\b`) })
	secretKeyLike = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9/+]{40}$`) })
)

// scanShapes reports string literals anywhere in the package that are
// resource ARNs or queue URLs, or access keys (and the secrets next to
// them), unless a field check already reported them.
func (c *checker) scanShapes(file inspector.Cursor) {
	var keyLits, secretLits []*ast.BasicLit
	skip := map[ast.Node]bool{}
	for cur := range file.Preorder((*ast.Field)(nil), (*ast.CallExpr)(nil), (*ast.ImportSpec)(nil), (*ast.BasicLit)(nil),
		(*ast.KeyValueExpr)(nil), (*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr, *ast.ValueSpec, *ast.AssignStmt:
			lits, where := namedSecret(n)
			for i, lit := range lits {
				if skip[lit] || c.done[lit.Pos()] {
					continue
				}
				s, _ := strconv.Unquote(lit.Value)
				if accessKey().MatchString(s) || tokenKind(s) != "" {
					continue // reported below, naming what it is
				}
				c.done[lit.Pos()] = true
				c.rep.At(RuleCredentials, lit.Pos(), nil,
					"a secret is written in the code (%s): anyone with the source or the binary has it; store it in Secrets Manager or SSM Parameter Store (SecureString), read it at start-up, and rotate it", where[i])
			}
		case *ast.Field:
			if n.Tag != nil {
				skip[n.Tag] = true
			}
		case *ast.CallExpr:
			if c.textCall(n) {
				for _, a := range n.Args {
					ast.Inspect(a, func(m ast.Node) bool {
						if lit, ok := m.(*ast.BasicLit); ok {
							skip[lit] = true
						}
						return true
					})
				}
			}
		case *ast.ImportSpec:
			skip[n.Path] = true
		case *ast.BasicLit:
			if n.Kind != token.STRING || c.done[n.Pos()] {
				continue
			}
			s, err := strconv.Unquote(n.Value)
			if err != nil {
				continue
			}
			// A service's token is a secret also inside a message or a
			// format (fmt.Sprintf("Bearer %s", "ghp_…")).
			if kind := tokenKind(s); kind != "" {
				c.done[n.Pos()] = true
				c.rep.At(RuleCredentials, n.Pos(), nil,
					"%s is written in the code: anyone with the source or the binary has it; store it in Secrets Manager or SSM Parameter Store (SecureString), read it at start-up, and rotate it", kind)
				continue
			}
			// fmt.Sprintf("arn:aws:sns:%s:123456789012:orders", region):
			// the region is filled in, the account and the topic are not.
			if strings.Contains(s, "%") && arnTemplate().MatchString(s) && !awsOwned(s) {
				c.done[n.Pos()] = true
				c.at(RuleResource, n.Pos(), nil,
					"ARN template %q hard-codes the account and the resource name: it still names one resource of one account; read the whole ARN from an environment variable set in the function's configuration", s)
				continue
			}
			if skip[n] {
				continue
			}
			switch {
			case accessKey().MatchString(s) && !strings.Contains(s, "EXAMPLE"):
				keyLits = append(keyLits, n)
			case secretKeyLike().MatchString(s) && hasUpperLowerDigit(s):
				secretLits = append(secretLits, n)
			case c.defaults[n.Pos()] != "":
				// reported by reportDefaults
			case arnShape().MatchString(s) && !awsOwned(s):
				c.done[n.Pos()] = true
				c.at(RuleResource, n.Pos(), nil,
					"ARN %q is hard-coded: it names one account, region and stage; read it from an environment variable set in the function's configuration", s)
			case sqsURLShape().MatchString(s):
				c.done[n.Pos()] = true
				c.at(RuleResource, n.Pos(), nil,
					"queue URL %q is hard-coded: it names one account, region and stage; read it from an environment variable (QUEUE_URL) set in the function's configuration", s)
			case shapePassword(s) != "":
				// A connection string handed to a helper of another
				// package, which the sinks of password() do not see.
				c.done[n.Pos()] = true
				c.rep.At(RuleCredentials, n.Pos(), nil,
					"a database password is written in the code (a connection string): anyone with the source or the binary has it; read it at start-up from Secrets Manager or SSM Parameter Store (or use IAM database authentication) and rotate it")
			case endpointShape().MatchString(s):
				c.done[n.Pos()] = true
				c.at(RuleResource, n.Pos(), nil,
					"endpoint %q is hard-coded: the host is one cluster, API or domain of one account, region and stage; read it from an environment variable set in the function's configuration", s)
			}
		}
	}
	for _, lit := range keyLits {
		if c.done[lit.Pos()] {
			continue
		}
		c.done[lit.Pos()] = true
		c.rep.At(RuleCredentials, lit.Pos(), nil,
			"an AWS access key id is written in the code: anyone with the source or the binary has it; remove it, rotate the key, and let the SDK use the function's execution role")
	}
	if len(keyLits) == 0 {
		return
	}
	for _, lit := range secretLits {
		if c.done[lit.Pos()] {
			continue
		}
		c.done[lit.Pos()] = true
		c.rep.At(RuleCredentials, lit.Pos(), nil,
			"a secret-access-key-shaped string sits next to an access key id: remove it, rotate the key, and let the SDK use the function's execution role")
	}
}

func hasUpperLowerDigit(s string) bool {
	var u, l, d bool
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			u = true
		case unicode.IsLower(r):
			l = true
		case unicode.IsDigit(r):
			d = true
		}
	}
	return u && l && d
}

// textCall reports calls whose string arguments are text for people:
// logging, errors, formatting, printing.
func (c *checker) textCall(call *ast.CallExpr) bool {
	fn := typeutil.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt", "log", "log/slog", "errors":
		return !strings.HasPrefix(fn.Name(), "Sscan")
	}
	name := fn.Name()
	for _, p := range []string{"Print", "Debug", "Info", "Warn", "Error", "Fatal", "Panic", "Log", "Msg", "Trace"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
