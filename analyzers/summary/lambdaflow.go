package summary

// This file holds what the recursion and handlercore analyzers need from
// the summaries: the effect kinds of Lambda self-invocation and of writes
// to the resource that triggered the function, the sources of a function's
// own name and of an event's resource, and the package's static call graph.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

const (
	// SelfInvoke: a Lambda Invoke whose function name is the function's
	// own (AWS_LAMBDA_FUNCTION_NAME, lambdacontext.FunctionName, the
	// invoked ARN). Detail is "sync", "async" or "unknown".
	SelfInvoke Kind = "self-invoke"
	// LambdaInvoke: a Lambda Invoke whose function name comes from the
	// summarised function's parameters (Params); a caller that passes its
	// own name turns it into SelfInvoke. Detail as SelfInvoke.
	LambdaInvoke Kind = "lambda-invoke"
	// TriggerWrite: a write to an S3 bucket, SQS queue, SNS topic,
	// DynamoDB table or Kinesis stream whose name comes from an event
	// record's own source (record.S3.Bucket.Name, EventSourceARN, …).
	// Detail is the service ("s3", "sqs", …), with "|guarded" when the
	// function skips some objects by key first (S3) or the write runs only
	// for stream records of event names it cannot produce (DynamoDB,
	// StreamGuard).
	TriggerWrite Kind = "trigger-write"
	// ResourceWrite: a write whose resource name comes from the
	// summarised function's parameters (Params); a caller that passes an
	// event's source turns it into TriggerWrite. Detail is the service.
	ResourceWrite Kind = "resource-write"
)

// OwnCode reports whether the package is the user's code: not the
// standard library, a downloaded module or vendored code.
func OwnCode(pass *analysis.Pass) bool { return !thirdParty(pass) }

// SelfNameEnv is the variable Lambda sets to the function's name.
const SelfNameEnv = "AWS_LAMBDA_FUNCTION_NAME"

// selfNames decides which expressions of a function body hold the
// function's own name or ARN.
type selfNames struct {
	pass  *analysis.Pass
	vars  map[types.Object]bool
	depth int
}

func newSelfNames(pass *analysis.Pass, body ast.Node, depth int) *selfNames {
	s := &selfNames{pass: pass, vars: map[types.Object]bool{}, depth: depth}
	if body == nil {
		return s
	}
	for iter := 0; iter < 4; iter++ {
		changed := false
		set := func(lhs ast.Expr, rhs ast.Expr) {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || rhs == nil {
				return
			}
			obj := pass.TypesInfo.ObjectOf(id)
			if obj == nil || s.vars[obj] || !s.is(rhs) {
				return
			}
			s.vars[obj] = true
			changed = true
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						set(n.Lhs[i], n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
					set(n.Lhs[0], n.Rhs[0]) // name, ok := os.LookupEnv(…)
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						set(name, n.Values[i])
					}
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
	return s
}

// is reports whether e holds the function's own name or ARN.
func (s *selfNames) is(e ast.Expr) bool {
	info := s.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := info.ObjectOf(e)
		if s.vars[obj] {
			return true
		}
		if v, ok := obj.(*types.Var); ok && isPackageVar(v) && v.Pkg() == s.pass.Pkg {
			return s.packageVar(v)
		}
	case *ast.SelectorExpr:
		obj := info.ObjectOf(e.Sel)
		v, ok := obj.(*types.Var)
		if !ok {
			return false
		}
		if v.Pkg() != nil && v.Pkg().Path() == sdk.LambdacontextPkg && v.Name() == "FunctionName" {
			return true
		}
		if v.IsField() {
			if v.Name() == "InvokedFunctionArn" && v.Pkg() != nil && v.Pkg().Path() == sdk.LambdacontextPkg {
				return true
			}
			return s.field(v)
		}
		if isPackageVar(v) && v.Pkg() == s.pass.Pkg {
			return s.packageVar(v)
		}
	case *ast.StarExpr:
		return s.is(e.X)
	case *ast.UnaryExpr:
		return e.Op == token.AND && s.is(e.X)
	case *ast.IndexExpr:
		return s.is(e.X) // strings.Split(arn, ":")[6]
	case *ast.SliceExpr:
		return s.is(e.X)
	case *ast.CallExpr:
		return s.call(e)
	case *ast.BinaryExpr:
		ops := concatOperands(info, e)
		for i, op := range ops {
			if s.is(op) && concatKeeps(info, ops, i) {
				return true
			}
		}
	}
	return false
}

func (s *selfNames) call(call *ast.CallExpr) bool {
	info := s.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return len(call.Args) == 1 && s.is(call.Args[0])
	}
	fn := typeutil.StaticCallee(info, call)
	if fn != nil && fn.Pkg() != nil {
		switch p := fn.Pkg().Path(); {
		case p == "os" && (fn.Name() == "Getenv" || fn.Name() == "LookupEnv"):
			return len(call.Args) == 1 && constString(info, call.Args[0]) == SelfNameEnv
		case p == "fmt" || p == "strings":
			// name + ":live" and Sprintf("%s:%s", name, alias) keep the
			// function; Replace(name, "-api-", "-worker-", 1) and
			// Sprintf("%s-worker", name) make another one's name.
			if _, known := callKeeps(info, call, 0); known {
				for i, a := range call.Args {
					if keeps, _ := callKeeps(info, call, i); keeps && s.is(a) {
						return true
					}
				}
				return false
			}
		case fn.Pkg() == s.pass.Pkg:
			// A helper of this package that returns the name.
			if s.depth < 2 {
				if fd := declOf(s.pass, fn); fd != nil && fd.Body != nil {
					inner := newSelfNames(s.pass, fd.Body, s.depth+1)
					found := false
					ast.Inspect(fd.Body, func(n ast.Node) bool {
						if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) > 0 && inner.is(r.Results[0]) {
							found = true
						}
						_, lit := n.(*ast.FuncLit)
						return !found && !lit
					})
					if found {
						return true
					}
				}
			}
		}
	}
	// Conversions and pass-through helpers: aws.String(name),
	// strings.TrimSpace(name), strings.TrimSuffix(arn, ":live"),
	// parseARN(arn).Name. A call that mixes the name with another
	// non-constant value (strings.Replace(arn, self, os.Getenv("WORKER"), 1),
	// append(parts[:6], worker)) makes another function's name.
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && len(call.Args) > 1 {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
			return false // parts[:6] plus another name
		}
	}
	self := false
	for _, a := range call.Args {
		switch {
		case sdk.IsContext(info.TypeOf(a)):
		case s.is(a):
			self = true
		case !constValue(info, a):
			return false
		}
	}
	return self
}

// constValue reports a constant value or nil.
func constValue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && (tv.Value != nil || tv.IsNil())
}

// selfVars caches, per package variable and struct field, whether the
// package sets it from the function's own name (computed at depth 0).
var selfVars sync.Map // *types.Var → bool

func (s *selfNames) cached(v *types.Var, compute func() bool) bool {
	if r, ok := selfVars.Load(v); ok {
		return r.(bool)
	}
	r := compute()
	if s.depth == 0 {
		selfVars.Store(v, r)
	}
	return r
}

// packageVar reports a package variable initialised (or assigned anywhere
// in the package) from the function's own name.
func (s *selfNames) packageVar(v *types.Var) bool {
	return s.cached(v, func() bool {
		return s.assignedInPackage(func(lhs ast.Expr) bool {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			return ok && s.pass.TypesInfo.ObjectOf(id) == v
		}, nil)
	})
}

// field reports a struct field set from the function's own name in the
// package (cfg.FunctionName = os.Getenv(…), Config{Self: …}) and from
// nothing else, or tagged with the variable's name
// (`env:"AWS_LAMBDA_FUNCTION_NAME"`). A field also set from another name
// (var self = target{Name: own}; var worker = target{Name: os.Getenv("WORKER")},
// or a constructor's parameter) holds either: reading it does not say
// which function is invoked. Settings in other packages are not seen.
func (s *selfNames) field(v *types.Var) bool {
	if s.depth >= 2 || v.Pkg() != s.pass.Pkg {
		return false
	}
	return s.cached(v, func() bool {
		if tagNames(s.pass, v) {
			return true
		}
		return s.assignedInPackage(func(lhs ast.Expr) bool {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			return ok && s.pass.TypesInfo.ObjectOf(sel.Sel) == v
		}, v)
	})
}

// assignedInPackage reports whether the package sets what match accepts
// from the function's own name. For a field, every setting must be.
func (s *selfNames) assignedInPackage(match func(lhs ast.Expr) bool, field *types.Var) bool {
	if s.depth >= 2 {
		return false
	}
	found, other := false, false
	scan := func(root ast.Node, names *selfNames) {
		ast.Inspect(root, func(n ast.Node) bool {
			if other || (found && field == nil) {
				return false
			}
			for _, p := range assignPairs(s.pass, n, field) {
				if !match(p[0]) {
					continue
				}
				switch {
				case names.is(p[1]):
					found = true
				case field != nil && !readsField(s.pass.TypesInfo, p[1], field):
					// c.Fn = strings.TrimSpace(c.Fn) and target{Name:
					// t.Name} keep what the field holds: neutral.
					other = true
				}
			}
			return true
		})
	}
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					scan(d.Body, newSelfNames(s.pass, d.Body, s.depth+1))
				}
			case *ast.GenDecl:
				scan(d, &selfNames{pass: s.pass, vars: map[types.Object]bool{}, depth: s.depth + 1})
			}
			if other {
				return false
			}
			if found && field == nil {
				return true
			}
		}
	}
	return found
}

// readsField reports whether e reads field f.
func readsField(info *types.Info, e ast.Expr, f *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && info.Uses[sel.Sel] == f {
			found = true
		}
		return !found
	})
	return found
}

// assignPairs lists the (lhs, rhs) pairs that node n sets: an assignment,
// a var spec and, for field, a keyed composite literal that sets it.
func assignPairs(pass *analysis.Pass, n ast.Node, field *types.Var) [][2]ast.Expr {
	var out [][2]ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				out = append(out, [2]ast.Expr{n.Lhs[i], n.Rhs[i]})
			}
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if i < len(n.Values) {
				out = append(out, [2]ast.Expr{name, n.Values[i]})
			}
		}
	case *ast.CompositeLit:
		if field == nil {
			return nil
		}
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == field {
					out = append(out, [2]ast.Expr{&ast.SelectorExpr{X: ast.NewIdent("_"), Sel: id}, kv.Value})
				}
			}
		}
	}
	return out
}

// tagNames reports a field whose struct tag names AWS_LAMBDA_FUNCTION_NAME
// (env, envconfig and similar loaders).
func tagNames(pass *analysis.Pass, v *types.Var) bool {
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			fl, ok := n.(*ast.Field)
			if !ok || fl.Tag == nil || found {
				return !found
			}
			for _, name := range fl.Names {
				if pass.TypesInfo.Defs[name] == v && strings.Contains(fl.Tag.Value, `"`+SelfNameEnv) {
					found = true
				}
			}
			return true
		})
	}
	return found
}

func declOf(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && pass.TypesInfo.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
}

func constString(info *types.Info, e ast.Expr) string {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// inputLit finds the composite literal of an SDK input passed as arg
// (&lambda.InvokeInput{…} or a local defined from one) and the later
// assignments to its fields: field name → value.
func inputFields(info *types.Info, body ast.Node, arg ast.Expr) (map[string]ast.Expr, bool) {
	fields := map[string]ast.Expr{}
	addLit := func(e ast.Expr) bool {
		cl := compositeOf(e)
		if cl == nil {
			return false
		}
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					fields[id.Name] = kv.Value
				}
			}
		}
		return true
	}
	if addLit(arg) {
		return fields, true
	}
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok || body == nil {
		return fields, false
	}
	obj := info.ObjectOf(id)
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if i >= len(n.Rhs) {
					break
				}
				switch l := ast.Unparen(l).(type) {
				case *ast.Ident:
					if info.ObjectOf(l) == obj && addLit(n.Rhs[i]) {
						found = true
					}
				case *ast.SelectorExpr:
					if x, ok := ast.Unparen(l.X).(*ast.Ident); ok && info.ObjectOf(x) == obj {
						fields[l.Sel.Name] = n.Rhs[i]
						found = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == obj && i < len(n.Values) && addLit(n.Values[i]) {
					found = true
				}
			}
		}
		return true
	})
	return fields, found
}

// sdkInput returns the argument of call whose type is (a pointer to) a
// struct named name of an aws-sdk-go(-v2) package whose path ends in
// service, and that package path.
func sdkInput(info *types.Info, call *ast.CallExpr, service string, names ...string) (ast.Expr, string) {
	for _, a := range call.Args {
		t := info.TypeOf(a)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		path := n.Obj().Pkg().Path()
		if !strings.HasPrefix(path, "github.com/aws/aws-sdk-go") {
			continue
		}
		for _, name := range names {
			if n.Obj().Name() == name && (strings.HasSuffix(path, "/service/"+service) || strings.HasSuffix(path, "/"+service)) {
				return a, path
			}
		}
	}
	return nil, ""
}

// methodName returns the name of the method or function called.
func methodName(call *ast.CallExpr) string {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return ""
}
