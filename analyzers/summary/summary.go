package summary

import (
	_ "embed"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/sdk"
	"github.com/lambdalint/lambdalint/config"
)

//go:embed doc.go
var doc string

// Analyzer computes and exports function summaries; its Result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:             "summary",
	Doc:              docs.FromSource(doc),
	URL:              "https://github.com/lambdalint/lambdalint#summary",
	Run:              run,
	ResultType:       reflect.TypeOf((*Result)(nil)),
	FactTypes:        []analysis.Fact{(*Fact)(nil)},
	RunDespiteErrors: true,
}

// Result gives summaries.
type Result struct {
	pass    *analysis.Pass
	local   map[ast.Node]*Fact // FuncDecl and FuncLit of this package
	decls   map[*types.Func]*ast.FuncDecl
	vars    map[types.Object]ast.Expr // funcVars
	Matcher *sdk.Matcher
}

// Of returns the summary of a function of this or another package, or nil
// when it has no effects (or its package was not analysed).
func (r *Result) Of(fn *types.Func) *Fact {
	if fn == nil {
		return nil
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fd := r.decls[fn]; fd != nil {
		return r.local[fd]
	}
	var f Fact
	if r.pass.ImportObjectFact(fn, &f) {
		return &f
	}
	return nil
}

// OfNode returns the summary of a FuncDecl or FuncLit of this package.
func (r *Result) OfNode(n ast.Node) *Fact { return r.local[n] }

// Decl returns the declaration of a function of this package.
func (r *Result) Decl(fn *types.Func) *ast.FuncDecl { return r.decls[fn] }

func run(pass *analysis.Pass) (any, error) {
	cfg, err := config.ForDir(packageDir(pass))
	if err != nil {
		return nil, err
	}
	res := &Result{
		pass:  pass,
		local: map[ast.Node]*Fact{},
		decls: map[*types.Func]*ast.FuncDecl{},
		Matcher: &sdk.Matcher{
			Packages:     cfg.Clients.Packages,
			Constructors: cfg.Clients.Constructors,
		},
	}
	if thirdParty(pass) {
		// The standard library and downloaded modules are not the
		// function's own code: what they do inside (caches, pools,
		// background workers) is theirs to manage, and summarising the
		// whole SDK would dominate the run time. Calls into them are
		// still seen at the call site (constructors by the Matcher).
		return res, nil
	}
	res.vars = funcVars(pass)
	var order []*ast.FuncDecl
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					res.decls[fn] = fd
					order = append(order, fd)
				}
			}
		}
	}
	// Functions of one package may call each other in any order and in
	// cycles: iterate to a fixed point (bounded; effects per kind are
	// capped, so this converges quickly).
	for iter := 0; iter < 6; iter++ {
		changed := false
		for _, fd := range order {
			s := &scanner{pass: pass, res: res}
			f := s.summarise(fd, fd.Type, fd.Recv, fd.Body)
			if old := res.local[fd]; old == nil || old.String() != f.String() {
				changed = true
			}
			res.local[fd] = f
			for lit, lf := range s.lits {
				res.local[lit] = lf
			}
		}
		if !changed {
			break
		}
	}
	for fn, fd := range res.decls {
		if f := res.local[fd]; f != nil && (len(f.Effects) > 0 || len(f.Returned) > 0) {
			pass.ExportObjectFact(fn, f)
		}
	}
	return res, nil
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

// isPackageVar reports whether obj is a package-level variable (of any
// package).
func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}
