package handlers

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	_ "embed"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
	"github.com/lambdalint/lambdalint/analyzers/summary"
	"github.com/lambdalint/lambdalint/config"
)

//go:embed doc.go
var doc string

// Analyzer finds the package's handlers; its Result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "handlers",
	Doc:              analysisDoc(doc),
	URL:              "https://github.com/lambdalint/lambdalint#handlers",
	Run:              run,
	ResultType:       reflect.TypeOf((*Result)(nil)),
	RunDespiteErrors: true,
	// Only the reporting analyzers require this one, so it runs on the
	// packages being checked and not on their dependencies. It builds
	// the package's inspector itself (Result.Inspector) instead of
	// requiring x/tools' inspect pass: each analyzer in the graph is an
	// action and a goroutine per package in every driver, and the
	// reporting analyzers all wait on this one anyway.
	Requires: []*analysis.Analyzer{summary.Analyzer},
}

// Handler is one handler found in the package.
type Handler struct {
	// Pos is where the handler is registered (the entry-point call), or
	// its declaration for marked and configured handlers.
	Pos token.Pos
	// Call is the entry-point call; nil for marked and configured handlers.
	Call *ast.CallExpr
	// Entry names how it was found: "lambda.Start", "//lambdalint:handler",
	// "lambdalint.toml", a configured entry point.
	Entry string
	// Arg is the expression passed to the entry point.
	Arg ast.Expr
	// Checked: Arg is validated by aws-lambda-go's reflection at run time
	// (the entry point takes interface{}), so handlersig checks its type.
	Checked bool

	// What runs on each invocation, one of:
	// Func: a declared function or method (maybe of another package;
	// Decl is set when it is declared in this package).
	Func *types.Func
	Decl *ast.FuncDecl
	// Lit: a closure of this package.
	Lit *ast.FuncLit
	// Factory: the handler is a closure returned by a call to Factory,
	// declared in another package (its summary says what the closure does).
	Factory *types.Func

	// Wrapped: found inside a wrapper or adapter, not passed directly.
	Wrapped bool
}

// Name is a short description of the handler for messages.
func (h *Handler) Name() string {
	switch {
	case h.Func != nil:
		return FuncName(h.Func)
	case h.Factory != nil:
		return "the closure returned by " + FuncName(h.Factory)
	case h.Lit != nil:
		return "the handler closure"
	}
	return "the handler"
}

// Body returns the body of code that runs on each invocation when it is
// in this package, else nil.
func (h *Handler) Body() *ast.BlockStmt {
	switch {
	case h.Decl != nil:
		return h.Decl.Body
	case h.Lit != nil:
		return h.Lit.Body
	}
	return nil
}

// Node returns the FuncDecl or FuncLit of the handler in this package.
func (h *Handler) Node() ast.Node {
	if h.Decl != nil {
		return h.Decl
	}
	if h.Lit != nil {
		return h.Lit
	}
	return nil
}

// Result lists the handlers of a package.
type Result struct {
	Handlers []*Handler
	// Registrations are the entry-point calls, also those whose argument
	// could not be resolved to code (a value from a parameter, say).
	Registrations []*ast.CallExpr
	// Validated are the arguments of entry points that take interface{}
	// and validate the handler by reflection at run time.
	Validated []ast.Expr
	// Summary is the package's summary.Analyzer result. The reporting
	// analyzers take it from here rather than requiring summary.Analyzer
	// themselves: every Requires edge is a goroutine per package in the
	// checker, and one more waiter on the summary action (bench/overhead
	// -mode floor).
	Summary *summary.Result

	// ins is the inspector when this pass walked the package (the
	// user's code); Preorder follows its events only then.
	ins *inspector.Inspector
	// inspect builds the inspector once: here for the user's packages,
	// on first use for the others (summary.ThirdParty).
	inspect func() *inspector.Inspector
}

// Inspector returns the inspector of the package's files, built once.
func (r *Result) Inspector() *inspector.Inspector { return r.inspect() }

// Preorder yields the nodes of n, a node of the package's syntax, in
// depth-first order, as ast.Preorder does. It iterates the inspector's
// events when the inspector holds n: a handler's body is the deepest
// tree the reporting passes walk, and recursing through it in a pass's
// fresh goroutine spent more time growing the stack than walking.
func (r *Result) Preorder(n ast.Node) iter.Seq[ast.Node] {
	if b, ok := n.(*ast.BlockStmt); ok && b == nil {
		return func(func(ast.Node) bool) {} // a declaration without a body
	}
	cur, ok := r.cursor(n)
	if !ok {
		return ast.Preorder(n)
	}
	return func(yield func(ast.Node) bool) {
		for c := range cur.Preorder() {
			if !yield(c.Node()) {
				return
			}
		}
	}
}

func (r *Result) cursor(n ast.Node) (inspector.Cursor, bool) {
	if r.ins == nil || n == nil {
		return inspector.Cursor{}, false
	}
	cur, ok := r.ins.Root().FindByPos(n.Pos(), n.End())
	if !ok || cur.Node() != n {
		return inspector.Cursor{}, false
	}
	return cur, true
}

// IsHandler reports whether fn is one of the handlers.
func (r *Result) IsHandler(fn *types.Func) bool {
	for _, h := range r.Handlers {
		if h.Func == fn {
			return true
		}
	}
	return false
}

// FuncName names a function for messages as code reads it: pkg.Func or
// (*T).Method. Every analyzer uses it, so a function is named the same in
// all findings.
func FuncName(fn *types.Func) string {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return "(" + ptr + n.Obj().Name() + ")." + fn.Name()
		}
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

func run(pass *analysis.Pass) (any, error) {
	if summary.ThirdParty(pass) {
		// Analyzers with facts (depbloat) make this pass run on every
		// dependency: the standard library and downloaded modules hold
		// no handlers of the user's, and walking the SDK dominated the
		// run time.
		return newResult(pass), nil
	}
	cfg, err := config.ForDir(packageDir(pass))
	if err != nil {
		return nil, err
	}
	f := &finder{
		pass:  pass,
		cfg:   cfg,
		decls: map[*types.Func]*ast.FuncDecl{},
		seen:  map[any]bool{},
		sum:   pass.ResultOf[summary.Analyzer].(*summary.Result),
	}
	f.res = newResult(pass)
	var order []*types.Func
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					f.decls[fn] = fd
					order = append(order, fn)
				}
			}
		}
	}
	f.findMarked(order)
	ins := f.res.Inspector()
	f.res.ins = ins
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		ep, name, ok := f.entryPoint(call)
		if !ok {
			continue
		}
		f.res.Registrations = append(f.res.Registrations, call)
		encl := enclosingBody(cur)
		for i, arg := range call.Args {
			if ep.arg >= 0 && i != ep.arg {
				continue
			}
			if ep.arg < 0 && !handlerLike(pass.TypesInfo.TypeOf(arg)) {
				continue
			}
			if ep.checked {
				f.res.Validated = append(f.res.Validated, arg)
			}
			reg := &Handler{Pos: call.Pos(), Call: call, Entry: name, Arg: arg, Checked: ep.checked}
			f.resolve(reg, arg, encl, false, 0)
		}
	}
	return f.res, nil
}

func newResult(pass *analysis.Pass) *Result {
	return &Result{
		Summary: pass.ResultOf[summary.Analyzer].(*summary.Result),
		inspect: sync.OnceValue(func() *inspector.Inspector { return inspector.New(pass.Files) }),
	}
}

func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if i := strings.LastIndexAny(name, `/\`); i >= 0 {
			return name[:i]
		}
	}
	return "."
}

type finder struct {
	pass  *analysis.Pass
	cfg   *config.Config
	decls map[*types.Func]*ast.FuncDecl
	seen  map[any]bool
	res   *Result
	sum   *summary.Result
}

func (f *finder) entryPoint(call *ast.CallExpr) (entryPoint, string, bool) {
	fn := typeutil.StaticCallee(f.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return entryPoint{}, "", false
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if ep, ok := sdk.EntryPointOf(fn); ok {
		return entryPoint{arg: ep.Arg, checked: ep.Checked}, fn.Pkg().Name() + "." + fn.Name(), true
	}
	for _, name := range f.cfg.Handlers.EntryPoints {
		if sameFunc(fn, name) {
			return entryPoint{arg: -1}, FuncName(fn), true
		}
	}
	// A function of the module that hands its parameter on to an entry
	// point (platform.Start(h)), in this package or another: its
	// summary says which parameter.
	if sum := f.sum.Of(fn); sum != nil && f.inModule(fn) {
		params := fn.Type().(*types.Signature).Params()
		var found []int
		checked := false
		for _, e := range sum.Effects {
			if e.Kind != summary.Register {
				continue
			}
			// Run(name, h) { lambda.Start(middleware(name, h)) }: both
			// flow into the registered value; the handler is the one
			// that can be one.
			for i := 0; i < params.Len() && i < summary.ReceiverBit; i++ {
				if e.Params&(1<<i) == 0 || !handlerLike(params.At(i).Type()) {
					continue
				}
				if !slices.Contains(found, i) {
					found = append(found, i)
				}
				// lambda.StartHandler(wrap{lambda.NewHandler(h)}): h
				// reaches a validating entry point as it is, whichever
				// of its registrations comes first.
				checked = checked || e.Detail == summary.CheckedDetail
			}
		}
		switch len(found) {
		case 0:
		case 1:
			return entryPoint{arg: found[0], checked: checked}, FuncName(fn), true
		default:
			return entryPoint{arg: -1}, FuncName(fn), true
		}
	}
	return entryPoint{}, "", false
}

// sameFunc matches fn against a configured qualified name:
// "path/pkg.Func", "path/pkg.(*T).Method", "path/pkg.T.Method".
func sameFunc(fn *types.Func, name string) bool {
	full := fn.FullName() // "path/pkg.Func" or "(*path/pkg.T).Method"
	if full == name {
		return true
	}
	if fn.Pkg() == nil {
		return false
	}
	return fn.Pkg().Path()+"."+strings.TrimPrefix(FuncName(fn), fn.Pkg().Name()+".") == name ||
		fn.Pkg().Path()+"."+strings.NewReplacer("(", "", ")", "", "*", "").Replace(FuncName(fn)) == name
}

// handlerLike reports whether a value of type t can be a handler: a func,
// or a type with an Invoke or ServeHTTP method.
func handlerLike(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return true // interface{} parameters of wrappers hold handlers
	}
	return handlerType(t)
}

func methodOf(t types.Type, name string) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// findMarked adds functions marked //lambdalint:handler or configured,
// in source order: analyzers that report a shared callee once report it
// for the first handler, the same one on every run.
func (f *finder) findMarked(order []*types.Func) {
	for _, fn := range order {
		fd := f.decls[fn]
		entry := ""
		if fd.Doc != nil {
			for _, c := range fd.Doc.List {
				if strings.HasPrefix(c.Text, "//lambdalint:handler") {
					entry = "//lambdalint:handler"
				}
			}
		}
		for _, name := range f.cfg.Handlers.Functions {
			if sameFunc(fn, name) {
				entry = "lambdalint.toml"
			}
		}
		if entry != "" {
			f.add(&Handler{Pos: fd.Name.Pos(), Entry: entry, Func: fn, Decl: fd})
		}
	}
}

func (f *finder) add(h *Handler) {
	var key any
	switch {
	case h.Func != nil:
		key = h.Func
	case h.Lit != nil:
		key = h.Lit
	case h.Factory != nil:
		key = [2]any{"factory", h.Factory}
	}
	if key == nil || f.seen[[2]any{key, h.Call}] {
		return
	}
	f.seen[[2]any{key, h.Call}] = true
	f.res.Handlers = append(f.res.Handlers, h)
	f.forwarded(h)
}

// forwarded resolves the adapters a handler hands its event to:
//
//	func handler(ctx context.Context, req events.APIGatewayProxyRequest) (…) {
//		return ginLambda.ProxyWithContext(ctx, req)
//	}
//
// with ginLambda = ginadapter.New(router) built in init. A method of
// another module given the handler's event parameter as it came runs
// the event, as lambda.Start(ginLambda.ProxyWithContext) would: what the
// adapter was built from (the router's routes) runs per invocation too.
func (f *finder) forwarded(h *Handler) {
	var ftype *ast.FuncType
	switch {
	case h.Decl != nil:
		ftype = h.Decl.Type
	case h.Lit != nil:
		ftype = h.Lit.Type
	}
	body := h.Body()
	if ftype == nil || body == nil || ftype.Params == nil {
		return
	}
	info := f.pass.TypesInfo
	events := map[types.Object]bool{}
	for _, field := range ftype.Params.List {
		for _, name := range field.Names {
			if obj := info.Defs[name]; obj != nil && !isContext(obj.Type()) {
				events[obj] = true
			}
		}
	}
	if len(events) == 0 {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !isMethodValue(info, sel) {
			return true
		}
		m, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || !f.isAdapter(m) {
			return true
		}
		for _, a := range call.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && events[info.Uses[id]] {
				reg := *h
				reg.Func, reg.Decl, reg.Lit, reg.Factory = nil, nil, nil, nil
				f.resolve(&reg, sel.X, body, true, 1)
				break
			}
		}
		return true
	})
}

// isContext reports context.Context.
func isContext(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}
