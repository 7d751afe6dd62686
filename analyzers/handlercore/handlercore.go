package handlercore

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/analyzers/sdk"
	"github.com/lambdalint/lambdalint/analyzers/summary"
)

//go:embed doc.go
var doc string

// Analyzer is the handlercore pass.
var Analyzer = &analysis.Analyzer{
	Name:             "handlercore",
	Doc:              docs.FromSource(doc),
	URL:              "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#handlercore",
	Requires:         []*analysis.Analyzer{handlers.Analyzer, factsAnalyzer},
	Run:              run,
	RunDespiteErrors: true,
}

// Rule ids.
const (
	RuleLogic   = "handler-logic"
	RuleCoupled = "core-coupled"
)

const maxReaches = 4

// Fact describes a function of the module's own code for the packages
// that register or call it.
type Fact struct {
	// Logic: a handler-shaped function (or the closure a factory returns)
	// whose body is over the handler-logic thresholds.
	Logic *Metrics
	// Coupled says why the function is core logic coupled to Lambda
	// types, "" when it is not.
	Coupled string
	// Where is the function's position, "file.go:12".
	Where string
	// Reaches lists coupled functions it calls in its package:
	// "store.process (store.go:12): takes events.SQSMessage; …".
	Reaches []string
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

func (f *Fact) String() string {
	return fmt.Sprintf("handlercore logic=%v coupled=%q reaches=%v", f.Logic != nil, f.Coupled, f.Reaches)
}

// factsAnalyzer measures the package's functions and exports the facts
// (a helper pass; its Result is the *facts of this package).
var factsAnalyzer = &analysis.Analyzer{
	Name:             "handlercorefacts",
	Doc:              "measure functions and find those coupled to Lambda types, for the handlercore analyzer",
	Requires:         []*analysis.Analyzer{summary.Analyzer},
	FactTypes:        []analysis.Fact{(*Fact)(nil)},
	Run:              runFacts,
	ResultType:       reflect.TypeOf((*facts)(nil)),
	RunDespiteErrors: true,
}

type facts struct {
	pass   *analysis.Pass
	graph  *summary.CallGraph
	limits Limits
	client func(types.Type) (string, bool)
	local  map[*types.Func]*Fact
}

func runFacts(pass *analysis.Pass) (any, error) {
	if !summary.OwnCode(pass) {
		return (*facts)(nil), nil
	}
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	sum := pass.ResultOf[summary.Analyzer].(*summary.Result)
	fs := &facts{
		pass:   pass,
		graph:  summary.NewCallGraph(pass),
		limits: limits(rep.Config().Handlercore),
		client: sum.Matcher.ClientType,
		local:  map[*types.Func]*Fact{},
	}
	g := fs.graph
	for _, fn := range g.Order {
		fd := g.Decls[fn]
		f := &Fact{Where: fs.where(fn.Pos())}
		sig := fn.Type().(*types.Signature)
		if handlerShaped(sig) {
			if m := measure(pass.TypesInfo, fs.client, fd.Body); m.Over(fs.limits) {
				f.Logic = &m
			}
		}
		if lit := returnedLit(fd.Body); lit != nil {
			if m := measure(pass.TypesInfo, fs.client, lit.Body); m.Over(fs.limits) {
				f.Logic = &m
			}
		}
		f.Coupled = fs.coupled(fn, fd.Body)
		fs.local[fn] = f
	}
	for iter := 0; iter < len(g.Order)+1; iter++ {
		changed := false
		for _, fn := range g.Order {
			for _, call := range g.Calls[fn] {
				if call.Callee == fn {
					continue
				}
				for _, r := range fs.reachedBy(call.Callee) {
					if fs.addReach(fn, r) {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range fs.local {
		if f.Logic != nil || f.Coupled != "" || len(f.Reaches) > 0 {
			pass.ExportObjectFact(fn, f)
		}
	}
	return fs, nil
}

// coupled says why fn is core logic coupled to Lambda, or "". A function
// whose signature has events or lambdacontext types is an adapter, and
// fine, when the Lambda types are on one side only (it converts an event
// into domain values, or domain values into a response), it calls no
// client operation and it is small; otherwise it is core logic that
// cannot run without Lambda.
func (fs *facts) coupled(fn *types.Func, body *ast.BlockStmt) string {
	sig := fn.Type().(*types.Signature)
	in, out := lambdaTypes(sig.Params()), lambdaTypes(sig.Results())
	if len(in)+len(out) == 0 {
		return ""
	}
	m := measure(fs.pass.TypesInfo, fs.client, body)
	if len(m.Ops) == 0 {
		maxS, maxC := adapterMaxStatements, adapterMaxComplexity
		if converts(sig, len(in) > 0, len(out) > 0) {
			maxS, maxC = converterMaxStatements, converterMaxComplexity
		}
		if m.Statements <= maxS && m.Complexity <= maxC {
			return ""
		}
	}
	var parts []string
	if len(in) > 0 {
		parts = append(parts, "takes "+typeList(fs.pass, in))
	}
	if len(out) > 0 {
		parts = append(parts, "returns "+typeList(fs.pass, out))
	}
	why := strings.Join(parts, " and ")
	switch {
	case len(m.Ops) > 0:
		why += fmt.Sprintf(" and calls %s", strings.Join(m.Ops, ", "))
	default:
		why += fmt.Sprintf(" (%d statements, complexity %d)", m.Statements, m.Complexity)
	}
	return why
}

// converts reports a converter: Lambda types on one side only, and domain
// values on the other (a result other than an error for an event taken, a
// parameter other than a context for a response returned).
func converts(sig *types.Signature, in, out bool) bool {
	switch {
	case in && !out:
		for i := 0; i < sig.Results().Len(); i++ {
			if !types.Implements(sig.Results().At(i).Type(), errorType) {
				return true
			}
		}
	case out && !in:
		for i := 0; i < sig.Params().Len(); i++ {
			if !sdk.IsContext(sig.Params().At(i).Type()) {
				return true
			}
		}
	}
	return false
}

func typeList(pass *analysis.Pass, ts []types.Type) string {
	seen := map[string]bool{}
	var out []string
	for _, t := range ts {
		s := types.TypeString(t, func(p *types.Package) string { return p.Name() })
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// returnedLit returns the closure a factory returns, if any.
func returnedLit(body *ast.BlockStmt) *ast.FuncLit {
	var lit *ast.FuncLit
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if l, ok := ast.Unparen(r).(*ast.FuncLit); ok && lit == nil {
					lit = l
				}
			}
		}
		return true
	})
	return lit
}

func (fs *facts) where(pos token.Pos) string {
	p := fs.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// of returns the fact of a local or imported function, or nil.
func (fs *facts) of(fn *types.Func) *Fact {
	if fn == nil {
		return nil
	}
	if f, ok := fs.local[fn]; ok {
		return f
	}
	if fn.Pkg() == nil || fn.Pkg() == fs.pass.Pkg {
		return nil
	}
	var f Fact
	if fs.pass.ImportObjectFact(fn, &f) {
		return &f
	}
	return nil
}

// reachedBy lists the coupled functions a call of fn reaches.
func (fs *facts) reachedBy(fn *types.Func) []string {
	f := fs.of(fn)
	if f == nil {
		return nil
	}
	var out []string
	if f.Coupled != "" {
		out = append(out, fmt.Sprintf("%s (%s) %s", handlers.FuncName(fn), f.Where, f.Coupled))
	}
	return append(out, f.Reaches...)
}

func (fs *facts) addReach(fn *types.Func, r string) bool {
	f := fs.local[fn]
	if len(f.Reaches) >= maxReaches || strings.HasPrefix(r, handlers.FuncName(fn)+" (") {
		return false
	}
	for _, old := range f.Reaches {
		if old == r {
			return false
		}
	}
	f.Reaches = append(f.Reaches, r)
	return true
}

type checker struct {
	*facts
	rep  *report.Reporter
	res  *handlers.Result
	done map[any]bool
}

func run(pass *analysis.Pass) (any, error) {
	fs := pass.ResultOf[factsAnalyzer].(*facts)
	if fs == nil {
		return nil, nil
	}
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	c := &checker{facts: fs, rep: rep, res: pass.ResultOf[handlers.Analyzer].(*handlers.Result), done: map[any]bool{}}
	for _, h := range c.res.Handlers {
		c.logic(h)
		if rep.Enabled(RuleCoupled) {
			c.coupling(h)
		}
	}
	rep.Finish()
	return nil, nil
}

// logic reports a handler whose own body does the business logic.
func (c *checker) logic(h *handlers.Handler) {
	if n := h.Node(); n != nil {
		if c.done[n] {
			return
		}
		c.done[n] = true
		m := measureNodes(c.pass.TypesInfo, c.client, c.res.Preorder(h.Body()))
		if !m.Over(c.limits) {
			return
		}
		var at analysis.Range = n
		if h.Decl != nil {
			at = h.Decl.Name
		} else {
			at = h.Lit.Type
		}
		c.rep.Reportf(RuleLogic, at, nil, "%s does the business logic itself: %s; %s", h.Name(), c.figures(m), advice)
		return
	}
	fn := h.Func
	if fn == nil {
		fn = h.Factory
	}
	f := c.of(fn)
	if f == nil || f.Logic == nil || c.done[[2]any{fn, h.Pos}] {
		return
	}
	c.done[[2]any{fn, h.Pos}] = true
	c.rep.At(RuleLogic, h.Pos, []report.Option{report.Related(fn.Pos(), "%s is declared here (%s)", handlers.FuncName(fn), f.Where)},
		"%s does the business logic itself: %s; %s", h.Name(), c.figures(*f.Logic), advice)
}

const advice = "move the logic into a core function that takes and returns plain Go values, and keep the handler to decoding the event, calling it and encoding the result"

func (c *checker) figures(m Metrics) string {
	mark := func(over bool) string {
		if over {
			return "over"
		}
		return "max"
	}
	s := fmt.Sprintf("%d statements (%s %d), cyclomatic complexity %d (%s %d), %d SDK/database operations (%s %d",
		m.Statements, mark(m.Statements > c.limits.Statements), c.limits.Statements,
		m.Branching, mark(m.Branching > c.limits.Complexity), c.limits.Complexity,
		len(m.Ops), mark(len(m.Ops) > c.limits.Ops), c.limits.Ops)
	if len(m.Ops) > 0 {
		s += ": " + strings.Join(m.Ops, ", ")
	}
	return s + ")"
}

// coupling reports the functions a handler runs that are core logic
// coupled to Lambda types.
func (c *checker) coupling(h *handlers.Handler) {
	var roots []summary.Call
	switch {
	case h.Decl != nil:
		fn, _ := c.pass.TypesInfo.Defs[h.Decl.Name].(*types.Func)
		roots = append(roots, summary.Call{Callee: fn})
	case h.Lit != nil:
		calls := summary.CallsIn(c.pass.TypesInfo, h.Lit.Body)
		roots = append(roots, calls...)
		c.remoteCalls(h, calls)
	default:
		fn := h.Func
		if fn == nil {
			fn = h.Factory
		}
		f := c.of(fn)
		if f == nil || len(f.Reaches) == 0 || c.done[[3]any{"reach", fn, h.Pos}] {
			return
		}
		c.done[[3]any{"reach", fn, h.Pos}] = true
		c.rep.At(RuleCoupled, h.Pos, []report.Option{report.Related(fn.Pos(), "%s is declared here (%s)", handlers.FuncName(fn), f.Where)},
			"%s delegates to core logic coupled to Lambda types: %s; %s", h.Name(), strings.Join(f.Reaches, "; "), coupledAdvice)
		return
	}
	for _, fn := range c.graph.Reachable(roots) {
		if !c.res.IsHandler(fn) {
			if f := c.local[fn]; f != nil && f.Coupled != "" && !c.done[fn] {
				c.done[fn] = true
				c.rep.Reportf(RuleCoupled, c.graph.Decls[fn].Name, nil,
					"%s is core logic coupled to Lambda: it %s, and %s runs it; %s", handlers.FuncName(fn), f.Coupled, h.Name(), coupledAdvice)
			}
		}
		c.remoteCalls(h, c.graph.Calls[fn])
	}
}

const coupledAdvice = "it cannot be tested or reused without building Lambda events: decode the event in the handler and pass plain Go values (and return domain results the handler turns into the response)"

// remoteCalls reports calls into other packages of the module that are,
// or reach, core logic coupled to Lambda.
func (c *checker) remoteCalls(h *handlers.Handler, calls []summary.Call) {
	for _, call := range calls {
		fn := call.Callee
		if fn.Pkg() == c.pass.Pkg || c.done[fn] || c.res.IsHandler(fn) {
			continue
		}
		reached := c.reachedBy(fn)
		if len(reached) == 0 {
			continue
		}
		c.done[fn] = true
		c.rep.Reportf(RuleCoupled, call.Call, []report.Option{report.Related(fn.Pos(), "%s is declared here", handlers.FuncName(fn))},
			"%s runs core logic coupled to Lambda: %s; %s", h.Name(), strings.Join(reached, "; "), coupledAdvice)
	}
}
