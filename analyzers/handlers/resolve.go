package handlers

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// maxDepth bounds the walk through wrappers and variables.
const maxDepth = 8

// enclosingBody returns the body of the innermost function around cur, or
// nil at package level.
func enclosingBody(cur inspector.Cursor) *ast.BlockStmt {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return n.Body
		case *ast.FuncLit:
			return n.Body
		}
	}
	return nil
}

// resolve finds the code behind expr, the value registered as a handler (or
// a value flowing into it), and adds a Handler for each piece found. encl
// is the body of the function where expr appears, to follow local variables.
func (f *finder) resolve(reg *Handler, expr ast.Expr, encl *ast.BlockStmt, wrapped bool, depth int) {
	if expr == nil || depth > maxDepth {
		return
	}
	info := f.pass.TypesInfo
	with := func(mod func(h *Handler)) {
		h := *reg
		h.Wrapped = wrapped
		mod(&h)
		f.add(&h)
	}
	switch e := ast.Unparen(expr).(type) {
	case *ast.FuncLit:
		with(func(h *Handler) { h.Lit = e })

	case *ast.Ident, *ast.SelectorExpr:
		obj := objectOf(info, e)
		switch obj := obj.(type) {
		case *types.Func:
			if sel, ok := e.(*ast.SelectorExpr); ok && isMethodValue(info, sel) && f.isAdapter(obj) {
				// httpadapter.New(mux).ProxyWithContext: the code is
				// what the adapter was built from.
				f.resolve(reg, sel.X, encl, true, depth+1)
				return
			}
			f.addFunc(reg, obj, wrapped)
		case *types.Var:
			f.resolveVar(reg, obj, encl, wrapped, depth, false)
		}
		// A value with Invoke or ServeHTTP of this module: its method runs.
		f.resolveMethods(reg, info.TypeOf(e), wrapped)

	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			// A conversion such as lambda.HandlerFunc(fn) or
			// http.HandlerFunc(fn).
			if len(e.Args) == 1 {
				f.resolve(reg, e.Args[0], encl, wrapped, depth+1)
			}
			return
		}
		callee := typeutil.StaticCallee(info, e)
		if callee != nil {
			if fd := f.decls[callee]; fd != nil {
				// A constructor or wrapper of this package: what it
				// returns runs per invocation.
				f.resolveReturns(reg, fd.Body, wrapped, depth)
			} else if f.inModule(callee) {
				with(func(h *Handler) { h.Factory = callee })
			}
		} else if isMiddleware(info.TypeOf(e.Fun)) {
			// withRequestID("x-")(handle): a middleware built by a
			// call; the closure it returns is what runs.
			f.resolveMiddleware(reg, e.Fun, encl, wrapped, depth+1)
		}
		// Wrappers and adapters take the handler as an argument, and
		// compositions (chain(handle, withLogging, withAuth(keys)))
		// the middlewares whose closures run around it.
		for _, a := range e.Args {
			switch t := info.TypeOf(a); {
			case isMiddleware(t):
				f.resolveMiddleware(reg, a, encl, true, depth+1)
			case handlerLike(t):
				f.resolve(reg, a, encl, true, depth+1)
			}
		}
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok && isMethodValue(info, sel) {
			// app.New(db).Handler(): the receiver may carry the code.
			f.resolveMethods(reg, info.TypeOf(e), wrapped)
		}

	case *ast.UnaryExpr: // &Server{...}
		f.resolveMethods(reg, info.TypeOf(e), wrapped)
		f.resolve(reg, e.X, encl, wrapped, depth+1)

	case *ast.CompositeLit:
		f.resolveMethods(reg, info.TypeOf(e), wrapped)
		// The elements of a map or slice of handlers are the handlers
		// one of which is picked (handlers[os.Getenv("HANDLER")]); the
		// fields of a struct are wrapped by the value's methods.
		elemWrapped := true
		if t := info.TypeOf(e); t != nil {
			switch t.Underlying().(type) {
			case *types.Map, *types.Slice, *types.Array:
				elemWrapped = wrapped
			}
		}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if !handlerLike(info.TypeOf(elt)) {
				continue
			}
			if reg.Checked && !elemWrapped && !f.seen[elt] {
				// map[string]any{"cleanup": cleanup} given to
				// lambda.Start: aws-lambda-go validates the element.
				f.seen[elt] = true
				f.res.Validated = append(f.res.Validated, elt)
			}
			f.resolve(reg, elt, encl, elemWrapped, depth+1)
		}

	case *ast.IndexExpr:
		// handlers[os.Getenv("HANDLER")]: any element may be the one.
		if t := info.TypeOf(e.X); t != nil {
			switch t.Underlying().(type) {
			case *types.Map, *types.Slice, *types.Array:
				f.resolve(reg, e.X, encl, wrapped, depth+1)
			}
		}
	}
}

// addFunc adds a declared function or method.
func (f *finder) addFunc(reg *Handler, fn *types.Func, wrapped bool) {
	h := *reg
	h.Func, h.Decl, h.Wrapped = fn, f.decls[fn], wrapped
	f.add(&h)
}

// resolveMethods adds the Invoke or ServeHTTP method of a value's type when
// that method is declared in this module: a lambda.Handler value or an
// http.Handler given to lambdaurl.
func (f *finder) resolveMethods(reg *Handler, t types.Type, wrapped bool) {
	if t == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Signature); ok {
		return // func types with methods (lambda.HandlerFunc) are adapters
	}
	for _, name := range []string{"Invoke", "ServeHTTP"} {
		if m := methodOf(t, name); m != nil && f.inModule(m) {
			f.addFunc(reg, m, wrapped)
		}
	}
}

// resolveVar follows a variable to the values assigned to it in the
// enclosing function (or at package level), and to the handlers
// registered on it by method calls (mux.HandleFunc("/", fn)).
//
// A middleware variable (mw := withAuth(keys); r.Use(mw)) is followed to
// the middlewares assigned to it.
func (f *finder) resolveVar(reg *Handler, v *types.Var, encl *ast.BlockStmt, wrapped bool, depth int, middleware bool) {
	if f.seen[v] {
		return
	}
	f.seen[v] = true
	defer delete(f.seen, v)
	info := f.pass.TypesInfo
	value := func(rhs ast.Expr) {
		if middleware {
			f.resolveMiddleware(reg, rhs, encl, wrapped, depth+1)
		} else {
			f.resolve(reg, rhs, encl, wrapped, depth+1)
		}
	}
	scopes := []ast.Node{}
	if encl != nil {
		scopes = append(scopes, encl)
	}
	if !v.IsField() && v.Parent() != nil && v.Parent() != f.pass.Pkg.Scope() && (encl == nil || v.Pos() < encl.Pos() || v.Pos() >= encl.End()) {
		// A local of another function, reached through a package
		// variable assigned there (ginLambda = ginadapter.New(r) in
		// init): its assignments are in that function's body.
		if body := f.bodyAround(v.Pos()); body != nil {
			scopes = append(scopes, body)
		}
	}
	if v.Parent() == f.pass.Pkg.Scope() {
		for _, file := range f.pass.Files {
			scopes = append(scopes, file)
		}
	}
	for _, scope := range scopes {
		ast.Inspect(scope, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if objectOf(info, lhs) != v {
						continue
					}
					switch {
					case len(n.Rhs) == len(n.Lhs):
						value(n.Rhs[i])
					case i == 0 && len(n.Rhs) == 1 && len(n.Lhs) == 2:
						// h, ok := handlers[name]; h, ok := x.(T)
						switch r := ast.Unparen(n.Rhs[0]).(type) {
						case *ast.IndexExpr:
							value(r)
						case *ast.TypeAssertExpr:
							value(r.X)
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if info.Defs[name] == v && i < len(n.Values) {
						value(n.Values[i])
					}
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if middleware || !ok || objectOf(info, sel.X) != v {
					return true
				}
				for _, a := range n.Args {
					t := info.TypeOf(a)
					if isMiddleware(t) {
						// router.Use(withLogging)
						f.resolveMiddleware(reg, a, encl, true, depth+1)
						continue
					}
					if t != nil && handlerLike(t) {
						if _, isIface := t.Underlying().(*types.Interface); isIface {
							continue
						}
						f.resolve(reg, a, encl, true, depth+1)
					}
				}
			}
			return true
		})
	}
}

// resolveMiddleware adds what a middleware (a function from a handler to
// a handler) returns: that closure runs per invocation, around the
// handler, while the middleware's own body runs once, where the chain is
// built.
func (f *finder) resolveMiddleware(reg *Handler, expr ast.Expr, encl *ast.BlockStmt, wrapped bool, depth int) {
	if depth > maxDepth {
		return
	}
	info := f.pass.TypesInfo
	switch e := ast.Unparen(expr).(type) {
	case *ast.FuncLit:
		f.resolveReturns(reg, e.Body, wrapped, depth)
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := objectOf(info, e).(type) {
		case *types.Var:
			f.resolveVar(reg, obj, encl, wrapped, depth, true)
		case *types.Func:
			if fd := f.decls[obj]; fd != nil {
				f.resolveReturns(reg, fd.Body, wrapped, depth)
			} else if f.inModule(obj) {
				// Another package's middleware: the closure it
				// returns, as for a handler factory.
				h := *reg
				h.Factory, h.Wrapped = obj, wrapped
				f.add(&h)
			}
		}
	case *ast.CallExpr:
		// withAuth(keys): a function of this package that builds the
		// middleware; each middleware it returns. A builder of another
		// package is not followed: its summary's returned closure is the
		// middleware, whose body runs where the chain is built.
		fd := f.decls[typeutil.StaticCallee(info, e)]
		if fd == nil || fd.Body == nil {
			return
		}
		forReturns(fd.Body, func(r ast.Expr) {
			if isMiddleware(info.TypeOf(r)) {
				f.resolveMiddleware(reg, r, fd.Body, wrapped, depth+1)
			}
		})
	}
}

// isMiddleware reports a function type that takes a handler and returns
// one: func(http.Handler) http.Handler, func(next HandlerFunc)
// HandlerFunc. Plain interfaces do not count (a handler taking a
// context and returning an error is not a middleware).
func isMiddleware(t types.Type) bool {
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !handlerType(sig.Results().At(0).Type()) {
		return false
	}
	for v := range sig.Params().Variables() {
		if handlerType(v.Type()) {
			return true
		}
	}
	return false
}

// handlerType: a function type, or a type with Invoke or ServeHTTP.
func handlerType(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Signature); ok {
		return true
	}
	return methodOf(t, "Invoke") != nil || methodOf(t, "ServeHTTP") != nil
}

// forReturns calls yield with each result of the return statements of
// body, not those of closures inside it.
func forReturns(body *ast.BlockStmt, yield func(ast.Expr)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				yield(r)
			}
		}
		return true
	})
}

// resolveReturns adds what a function of this package returns (body is
// its body): closures, functions, method values.
func (f *finder) resolveReturns(reg *Handler, body *ast.BlockStmt, wrapped bool, depth int) {
	if body == nil {
		return
	}
	// Returns inside nested closures are theirs; the returned closure
	// itself is resolved.
	forReturns(body, func(r ast.Expr) {
		if handlerLike(f.pass.TypesInfo.TypeOf(r)) {
			f.resolve(reg, r, body, wrapped, depth+1)
		}
	})
}

// isAdapter reports whether a method comes from outside the module, so
// the handler code is what its receiver was built from.
func (f *finder) isAdapter(m *types.Func) bool {
	sig, ok := m.Type().(*types.Signature)
	return ok && sig.Recv() != nil && !f.inModule(m)
}

// inModule reports whether obj is declared in the analysed module. Without
// module information (GOPATH-style test data), packages that share the
// analysed package's repository root (its first path element, or the first
// three for a domain path) count as the module.
func (f *finder) inModule(obj types.Object) bool {
	if obj.Pkg() == nil {
		return false
	}
	return InModule(f.pass, obj.Pkg().Path())
}

// InModule reports whether the package path belongs to the module of the
// package being analysed.
func InModule(pass *analysis.Pass, path string) bool {
	if pass.Module != nil && pass.Module.Path != "" {
		mod := pass.Module.Path
		return path == mod || strings.HasPrefix(path, mod+"/")
	}
	root := repoRoot(pass.Pkg.Path())
	return path == root || strings.HasPrefix(path, root+"/")
}

func repoRoot(path string) string {
	parts := strings.Split(path, "/")
	n := 1
	if strings.Contains(parts[0], ".") {
		n = 3
	}
	if len(parts) < n {
		n = len(parts)
	}
	return strings.Join(parts[:n], "/")
}

func objectOf(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.ObjectOf(e)
	case *ast.SelectorExpr:
		return info.ObjectOf(e.Sel)
	}
	return nil
}

func isMethodValue(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.MethodVal
}

// bodyAround returns the body of the innermost function declaration or
// literal of the package around pos, or nil.
func (f *finder) bodyAround(pos token.Pos) *ast.BlockStmt {
	var body *ast.BlockStmt
	for _, file := range f.pass.Files {
		if pos < file.Pos() || pos >= file.End() {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncDecl:
				body = n.Body
			case *ast.FuncLit:
				body = n.Body
			}
			return true
		})
	}
	return body
}
