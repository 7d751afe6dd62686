package envconfig

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A resource field set from a parameter of a function of this package
// (TableName: aws.String(table) in putItem(ctx, table, item)), directly or
// through an unexported field its constructor sets (store{table: table}),
// is as hard-coded as the literal the package's calls pass for it:
// putItem(ctx, "audit-events", item), newStore(db, "orders-prod").

// paramUse is a resource field whose value is parameter idx of fn.
type paramUse struct {
	fn    *types.Func
	idx   int
	field string
	fix   bool // offer the suggested fix (see resourceFix)
}

// paramSource returns the function and parameter e's value comes from, if
// it is a parameter of a function declared in this package and never
// assigned, or an unexported field of a struct of this package set only
// by one keyed literal from such a parameter.
func (c *checker) paramSource(e ast.Expr, depth int) (*types.Func, int, bool) {
	if depth > 3 {
		return nil, 0, false // rec{table: o.table} and order{table: r.table}
	}
	info := c.pass.TypesInfo
	switch x := ast.Unparen(c.unwrapPtr(e)).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok || len(c.assigns[v]) > 0 || c.escaped[v] {
			return nil, 0, false
		}
		return c.paramOf(v)
	case *ast.SelectorExpr:
		f, ok := info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() || f.Exported() || f.Pkg() != c.pass.Pkg {
			return nil, 0, false
		}
		val, ok := c.onlySetting(f)
		if !ok {
			return nil, 0, false
		}
		return c.paramSource(val, depth+1)
	}
	return nil, 0, false
}

// paramOf finds the function of this package that declares v as a
// parameter, and its index.
func (c *checker) paramOf(v *types.Var) (*types.Func, int, bool) {
	if c.params == nil {
		c.params = map[*types.Var]paramRef{}
		for _, f := range c.files {
			for _, d := range f.Node().(*ast.File).Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue
				}
				sig := fn.Type().(*types.Signature)
				for i := 0; i < sig.Params().Len(); i++ {
					c.params[sig.Params().At(i)] = paramRef{fn, i}
				}
			}
		}
	}
	r, ok := c.params[v]
	if !ok {
		return nil, 0, false
	}
	if sig := r.fn.Type().(*types.Signature); sig.Variadic() && r.idx == sig.Params().Len()-1 {
		return nil, 0, false // names ...string: which argument is not known
	}
	return r.fn, r.idx, true
}

type paramRef struct {
	fn  *types.Func
	idx int
}

// unexportedField resolves r.region, an unexported field of a struct of
// this package that one keyed literal sets (&reporter{region:
// "eu-west-1"}) and nothing else changes: only this package can set it.
func (c *checker) unexportedField(sel *ast.SelectorExpr, depth int) (value, bool) {
	f, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() || f.Exported() || f.Pkg() != c.pass.Pkg {
		return value{}, false
	}
	val, ok := c.onlySetting(f)
	if !ok {
		return value{}, false
	}
	v, ok := c.resolve(val, depth+1)
	if !ok {
		return value{}, false
	}
	v.lit = nil
	if v.origin == nil {
		v.origin = f
	}
	return v, true
}

// setting is how the package sets a field: the value of its one keyed
// literal, and how many settings there are (an assignment, &r.f or a
// positional literal count as two: never followed).
type setting struct {
	val ast.Expr
	n   int
}

// onlySetting returns the value of the one place the package sets field
// f, a keyed composite literal; false if it is set anywhere else
// (assigned, or set by more than one literal). The settings of every
// field are collected in one walk, when first needed.
func (c *checker) onlySetting(f *types.Var) (ast.Expr, bool) {
	if c.settings == nil {
		c.settings = map[*types.Var]setting{}
		c.collectSettings()
	}
	s := c.settings[f.Origin()]
	return s.val, s.n == 1
}

func (c *checker) collectSettings() {
	info := c.pass.TypesInfo
	field := func(e ast.Expr) *types.Var {
		if s, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			if v, ok := info.Uses[s.Sel].(*types.Var); ok && v.IsField() {
				return v
			}
		}
		return nil
	}
	add := func(f *types.Var, val ast.Expr, n int) {
		f = f.Origin() // cache[T]'s field and cache[Order]'s are one
		s := c.settings[f]
		s.val, s.n = val, s.n+n
		c.settings[f] = s
	}
	for _, file := range c.files {
		for cur := range file.Preorder((*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.CompositeLit)(nil)) {
			switch x := cur.Node().(type) {
			case *ast.CompositeLit:
				if len(x.Elts) == 0 {
					break
				}
				if _, keyed := x.Elts[0].(*ast.KeyValueExpr); keyed {
					break
				}
				if st := structOf(info.TypeOf(x)); st != nil {
					for i := 0; i < st.NumFields(); i++ {
						add(st.Field(i), nil, 2) // reporter{"eu-west-1"}: positional
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := x.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[k].(*types.Var); ok && v.IsField() {
						add(v, x.Value, 1)
					}
				}
			case *ast.AssignStmt:
				for _, l := range x.Lhs {
					if f := field(l); f != nil {
						add(f, nil, 2)
					}
				}
			case *ast.UnaryExpr:
				if f := field(x.X); f != nil && x.Op == token.AND {
					add(f, nil, 2) // &s.table: written through the pointer
				}
			}
		}
	}
}

// structOf returns the struct type of t (or of what t points to).
func structOf(t types.Type) *types.Struct {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// reportParams reports, for each resource field set from a parameter, the
// calls of this package that pass a literal for it.
func (c *checker) reportParams() {
	if len(c.paramUses) == 0 {
		return
	}
	byFn := map[*types.Func][]paramUse{}
	for _, u := range c.paramUses {
		byFn[u.fn] = append(byFn[u.fn], u)
	}
	for _, f := range c.files {
		c.file = f.Node().(*ast.File)
		for cur := range f.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
			shift := 0
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodExpr {
					shift = 1 // (*repo).put(r, ctx, "x"): the receiver comes first
				}
			}
			for _, u := range byFn[fn] {
				if i := u.idx + shift; i < len(call.Args) {
					c.passedLiteral(call.Args[i], u)
				}
			}
		}
	}
}

func (c *checker) passedLiteral(arg ast.Expr, u paramUse) {
	param := u.fn.Type().(*types.Signature).Params().At(u.idx).Name()
	c.argLiteral(arg, u.field, u.fix, u.fn.Name()+" as "+param)
}

// argLiteral reports a literal argument (arg) that a callee puts in a
// resource field; passed says where it goes ("putItem as table, the
// TableName of its dynamodb PutItem at store.go:17:14"). A value that is
// no stage's resource (a development default, a local run's) is settled
// as well, so no later check reports it again.
func (c *checker) argLiteral(arg ast.Expr, field string, fix bool, passed string) {
	v, ok := c.resolve(arg, 0)
	if !ok || c.done[v.pos] {
		return
	}
	stage := !c.notStageResource(v, field, arg.Pos())
	c.markDone(v)
	if !stage {
		return
	}
	env := envName(field)
	opts := c.related(v)
	if v.lit != nil && fix {
		opts = append(opts, c.fix(v.lit, env))
	}
	c.at(RuleResource, arg.Pos(), opts,
		"%s %q is hard-coded%s, passed to %s: it differs between stages and accounts; read it from an environment variable (os.Getenv(%q)) set in the function's configuration",
		field, v.s, c.from(v), passed, env)
}
