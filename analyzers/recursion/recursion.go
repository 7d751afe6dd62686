package recursion

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/analyzers/summary"
)

//go:embed doc.go
var doc string

// Analyzer is the recursion pass.
var Analyzer = &analysis.Analyzer{
	Name:             "recursion",
	Doc:              docs.FromSource(doc),
	URL:              "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#recursion",
	Requires:         []*analysis.Analyzer{handlers.Analyzer, callsAnalyzer},
	Run:              run,
	RunDespiteErrors: true,
}

// callsAnalyzer computes and exports which functions are recursive or
// reach recursion (a helper pass, so the facts flow through every
// package; its Result is the *checker with the facts of this package).
var callsAnalyzer = &analysis.Analyzer{
	Name:             "recursivecalls",
	Doc:              "find recursive functions and export them as facts, for the recursion analyzer",
	Requires:         []*analysis.Analyzer{summary.Analyzer},
	FactTypes:        []analysis.Fact{(*Fact)(nil)},
	Run:              runCalls,
	ResultType:       reflect.TypeOf((*checker)(nil)),
	RunDespiteErrors: true,
}

func runCalls(pass *analysis.Pass) (any, error) {
	if !summary.OwnCode(pass) {
		return (*checker)(nil), nil
	}
	c := &checker{
		pass:  pass,
		fpass: pass,
		graph: summary.NewCallGraph(pass),
		facts: map[*types.Func]*Fact{},
		scc:   map[*types.Func]int{},
	}
	c.computeFacts()
	return c, nil
}

// Rule ids.
const (
	RuleRecursive    = "recursive-call"
	RuleSelfInvoke   = "self-invocation"
	RuleTriggerLoop  = "trigger-loop"
	maxReachedPerFun = 4
)

// Fact marks a function of the module's own code that is recursive or
// calls recursive code, for the packages that call it.
type Fact struct {
	// Cycle is the call cycle when the function is recursive itself:
	// "walk → walk", "a → b → a".
	Cycle string
	// Where is the function's position, "file.go:12".
	Where string
	// Reaches lists recursive functions it calls, directly or through
	// others: "tree.walk (tree.go:12) via flatten".
	Reaches []string
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

func (f *Fact) String() string { return "recursion " + f.Cycle + " " + strings.Join(f.Reaches, "; ") }

type checker struct {
	pass  *analysis.Pass
	fpass *analysis.Pass // the recursivecalls pass, which owns the facts
	rep   *report.Reporter
	// handlers is the handlers pass's result: the handlers and the
	// walks of their bodies.
	handlers *handlers.Result
	graph    *summary.CallGraph
	sum      *summary.Result
	facts    map[*types.Func]*Fact
	scc      map[*types.Func]int // component of each recursive function
	done     map[any]bool
}

func run(pass *analysis.Pass) (any, error) {
	if !summary.OwnCode(pass) {
		return nil, nil
	}
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	base := pass.ResultOf[callsAnalyzer].(*checker)
	if base == nil {
		return nil, nil
	}
	c := *base
	c.pass, c.rep, c.done = pass, rep, map[any]bool{}
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	c.sum = res.Summary
	c.handlers = res
	for _, h := range res.Handlers {
		if rep.Enabled(RuleRecursive) {
			c.recursion(h)
		}
		c.effects(h)
	}
	rep.Finish()
	return nil, nil
}

// computeFacts finds the strongly connected components of the package's
// call graph and what each function reaches, and exports the facts.
func (c *checker) computeFacts() {
	g := c.graph
	for i, scc := range sccs(g) {
		if len(scc) == 1 && !callsItself(g, scc[0]) {
			continue
		}
		if depthBounded(c.pass, g, scc) {
			continue // an explicit depth limit is the bound the rule asks for
		}
		for _, fn := range scc {
			c.scc[fn] = i + 1
		}
		in := map[*types.Func]bool{}
		for _, fn := range scc {
			in[fn] = true
		}
		for _, fn := range scc {
			c.fact(fn).Cycle = cycle(g, fn, in)
		}
	}
	// What each function reaches: iterate to a fixed point.
	for iter := 0; iter < len(g.Order)+1; iter++ {
		changed := false
		for _, fn := range g.Order {
			for _, call := range g.Calls[fn] {
				if c.scc[fn] != 0 && c.scc[fn] == c.scc[call.Callee] {
					continue // the same cycle
				}
				for _, r := range c.reachedBy(call.Callee) {
					if c.addReach(fn, r) {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range c.facts {
		if f.Cycle != "" || len(f.Reaches) > 0 {
			c.fpass.ExportObjectFact(fn, f)
		}
	}
}

// reachedBy lists what a call of fn reaches: fn itself when recursive,
// and what it calls.
func (c *checker) reachedBy(fn *types.Func) []string {
	f := c.factOf(fn)
	if f == nil {
		return nil
	}
	var out []string
	if f.Cycle != "" {
		out = append(out, fmt.Sprintf("%s (%s)", handlers.FuncName(fn), f.Where))
	}
	for _, r := range f.Reaches {
		if strings.Contains(r, " via ") {
			out = append(out, r+" → "+handlers.FuncName(fn))
		} else {
			out = append(out, r+" via "+handlers.FuncName(fn))
		}
	}
	return out
}

func (c *checker) addReach(fn *types.Func, r string) bool {
	f := c.fact(fn)
	if len(f.Reaches) >= maxReachedPerFun {
		return false
	}
	target, _, _ := strings.Cut(r, " via ")
	for _, old := range f.Reaches {
		if t, _, _ := strings.Cut(old, " via "); t == target {
			return false
		}
	}
	if f.Cycle != "" && strings.HasPrefix(target, handlers.FuncName(fn)+" (") {
		return false
	}
	f.Reaches = append(f.Reaches, r)
	return true
}

func (c *checker) fact(fn *types.Func) *Fact {
	f := c.facts[fn]
	if f == nil {
		f = &Fact{Where: c.where(fn.Pos())}
		c.facts[fn] = f
	}
	return f
}

// factOf returns the fact of a local or imported function, or nil.
func (c *checker) factOf(fn *types.Func) *Fact {
	if fn == nil {
		return nil
	}
	if c.graph.Decls[fn] != nil {
		f := c.facts[fn]
		if f == nil || (f.Cycle == "" && len(f.Reaches) == 0) {
			return nil
		}
		return f
	}
	if fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return nil
	}
	var f Fact
	if c.fpass.ImportObjectFact(fn, &f) {
		return &f
	}
	return nil
}

func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// recursion reports the recursive code the handler runs.
func (c *checker) recursion(h *handlers.Handler) {
	var roots []summary.Call
	var lits []ast.Node
	switch {
	case h.Decl != nil:
		fn, _ := c.pass.TypesInfo.Defs[h.Decl.Name].(*types.Func)
		roots = append(roots, summary.Call{Callee: fn})
	case h.Lit != nil:
		calls := summary.CallsIn(c.pass.TypesInfo, h.Lit.Body)
		roots = append(roots, calls...)
		lits = append(lits, h.Lit.Body)
		c.remoteCalls(h, calls)
	case h.Func != nil:
		c.remoteHandler(h, h.Func)
		return
	case h.Factory != nil:
		c.remoteHandler(h, h.Factory)
		return
	}
	for _, fn := range c.graph.Reachable(roots) {
		fd := c.graph.Decls[fn]
		if f := c.facts[fn]; f != nil && f.Cycle != "" && !c.done[[2]any{"scc", c.scc[fn]}] {
			c.done[[2]any{"scc", c.scc[fn]}] = true
			c.rep.Reportf(RuleRecursive, fd.Name, nil,
				"%s is recursive (%s) and runs on every invocation of %s: unbounded recursion grows the stack until the invocation fails or times out; rewrite it as a loop with an explicit stack or queue, or bound its depth",
				handlers.FuncName(fn), f.Cycle, h.Name())
		}
		c.remoteCalls(h, c.graph.Calls[fn])
		lits = append(lits, fd.Body)
	}
	for _, body := range lits {
		c.closures(h, body)
	}
}

// remoteCalls reports calls into other packages of the module that reach
// recursive code.
func (c *checker) remoteCalls(h *handlers.Handler, calls []summary.Call) {
	for _, call := range calls {
		if call.Callee.Pkg() == c.pass.Pkg || c.done[call.Callee] {
			continue
		}
		reached := c.reachedBy(call.Callee)
		if len(reached) == 0 {
			continue
		}
		c.done[call.Callee] = true
		what := "it calls " + strings.Join(reached, "; ")
		if f := c.factOf(call.Callee); f != nil && f.Cycle != "" {
			what = fmt.Sprintf("it is recursive (%s, %s)", f.Cycle, f.Where)
			if len(reached) > 1 {
				what += " and calls " + strings.Join(reached[1:], "; ")
			}
		}
		c.rep.Reportf(RuleRecursive, call.Call, []report.Option{report.Related(call.Callee.Pos(), "%s is declared here", handlers.FuncName(call.Callee))},
			"%s runs recursive code on every invocation of %s: %s; rewrite it as a loop with an explicit stack or queue, or bound its depth",
			handlers.FuncName(call.Callee), h.Name(), what)
	}
}

// remoteHandler reports a handler of another package that is or reaches
// recursive code, at the registration.
func (c *checker) remoteHandler(h *handlers.Handler, fn *types.Func) {
	f := c.factOf(fn)
	if f == nil || c.done[[2]any{fn, h.Pos}] {
		return
	}
	c.done[[2]any{fn, h.Pos}] = true
	what := strings.Join(f.Reaches, "; ")
	if f.Cycle != "" {
		what = fmt.Sprintf("%s is recursive (%s)", handlers.FuncName(fn), f.Cycle)
		if len(f.Reaches) > 0 {
			what += " and calls " + strings.Join(f.Reaches, "; ")
		}
	} else {
		what = "it calls " + what
	}
	c.rep.At(RuleRecursive, h.Pos, []report.Option{report.Related(fn.Pos(), "%s is declared here (%s)", handlers.FuncName(fn), f.Where)},
		"the handler %s runs recursive code on every invocation: %s; rewrite it as a loop with an explicit stack or queue, or bound its depth",
		handlers.FuncName(fn), what)
}

// closures reports closures that call themselves through the variable
// they are assigned to (var walk func(*Node); walk = func(n *Node) { … walk(c) }).
func (c *checker) closures(h *handlers.Handler, body ast.Node) {
	info := c.pass.TypesInfo
	for n := range c.handlers.Preorder(body) {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			lit, ok2 := ast.Unparen(as.Rhs[i]).(*ast.FuncLit)
			if !ok || !ok2 {
				continue
			}
			v := info.ObjectOf(id)
			if v == nil {
				continue
			}
			for m := range c.handlers.Preorder(lit.Body) {
				call, ok := m.(*ast.CallExpr)
				if !ok {
					continue
				}
				if fid, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && info.Uses[fid] == v && !c.done[call] {
					c.done[call] = true
					c.rep.Reportf(RuleRecursive, call, nil,
						"the closure %s calls itself and runs on every invocation of %s: unbounded recursion grows the stack until the invocation fails or times out; rewrite it as a loop with an explicit stack or queue, or bound its depth",
						id.Name, h.Name())
				}
			}
		}
	}
}

// effects reports self-invocations and writes to the triggering resource
// that the handler makes, itself or through the functions it calls.
func (c *checker) effects(h *handlers.Handler) {
	var effs []summary.Effect
	var remote *types.Func
	switch {
	case h.Node() != nil:
		if f := c.sum.OfNode(h.Node()); f != nil {
			effs = f.Effects
		}
	case h.Func != nil:
		remote = h.Func
		if f := c.sum.Of(h.Func); f != nil {
			effs = f.Effects
		}
	case h.Factory != nil:
		remote = h.Factory
		if f := c.sum.Of(h.Factory); f != nil {
			effs = f.Returned
		}
	}
	// The key-guard walk is the costly part of this check and only a
	// write through a helper needs it.
	var guardDone, guarded bool
	keyGuarded := func() bool {
		if !guardDone {
			guardDone = true
			guarded = h.Body() != nil && summary.KeyGuard(c.pass.TypesInfo, h.Body())
		}
		return guarded
	}
	for _, e := range effs {
		var rule, msg string
		switch e.Kind {
		case summary.SelfInvoke:
			rule, msg = RuleSelfInvoke, selfMessage(e)
		case summary.TriggerWrite:
			svc, g := strings.CutSuffix(e.Detail, summary.GuardedSuffix)
			svc, keyed := strings.CutSuffix(svc, summary.KeyedSuffix)
			if g || (svc == "s3" && len(e.Via) > 0 && !keyed && keyGuarded()) {
				continue // the function skips (by key) what it writes back
			}
			if svc == "dynamodb" && h.Body() != nil && summary.StreamGuard(c.pass.TypesInfo, h.Body(), e.What, e.Pos()) {
				continue // the handler skips the stream records the write produces
			}
			rule, msg = RuleTriggerLoop, triggerMessage(e, svc)
		default:
			continue
		}
		pos := e.Pos()
		if remote == nil && len(e.Via) > 0 {
			if p := c.localPos(e.Where); p.IsValid() {
				pos = p // the offending code itself, in a helper of this package
				e.Via = nil
			}
		}
		var opts []report.Option
		if remote != nil || !pos.IsValid() {
			pos = h.Pos
			fn := remote
			if fn == nil {
				fn = h.Func
			}
			if fn != nil {
				opts = append(opts, report.Related(fn.Pos(), "%s is declared here; the call is at %s", handlers.FuncName(fn), e.Where))
			}
		}
		key := [3]any{rule, pos, e.Where}
		if c.done[key] {
			continue
		}
		c.done[key] = true
		c.rep.At(rule, pos, opts, "%s", msg)
	}
}

// localPos turns an effect's "file.go:L:C" into a position in this
// package, or NoPos when the file is not one of the package's.
func (c *checker) localPos(where string) token.Pos {
	parts := strings.Split(where, ":")
	if len(parts) != 3 {
		return token.NoPos
	}
	line, err1 := strconv.Atoi(parts[1])
	col, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil {
		return token.NoPos
	}
	for _, f := range c.pass.Files {
		tf := c.pass.Fset.File(f.Pos())
		if tf == nil || filepath.Base(tf.Name()) != parts[0] || line > tf.LineCount() {
			continue
		}
		return tf.LineStart(line) + token.Pos(col-1)
	}
	return token.NoPos
}

func chain(e summary.Effect) string {
	if len(e.Via) == 0 {
		return ""
	}
	return " (" + e.Chain() + ")"
}

func selfMessage(e summary.Effect) string {
	what := fmt.Sprintf("%s%s invokes this same function (its name comes from AWS_LAMBDA_FUNCTION_NAME, lambdacontext.FunctionName or the invoked ARN)", e.What, chain(e))
	switch e.Detail {
	case "async":
		return what + " asynchronously: every invocation queues another one, a runaway loop that runs up cost until Lambda's recursive-loop detection or a throttle stops it; do the remaining work in a loop in this invocation, or hand it to SQS or Step Functions with an explicit end"
	case "unknown":
		return what + " (synchronously unless InvocationType is Event): each call waits for another invocation of itself, doubling concurrency and cost, and the chain only ends at the timeout; do the work in a loop in this invocation, or hand it to SQS or Step Functions"
	}
	return what + " synchronously: each invocation waits for another one of itself, doubling concurrency and cost, and the chain only ends at the timeout; do the work in a loop in this invocation, or hand it to SQS or Step Functions"
}

var resourceNames = map[string]string{
	"s3": "bucket", "sqs": "queue", "sns": "topic", "dynamodb": "table", "kinesis": "stream",
}

func triggerMessage(e summary.Effect, svc string) string {
	res := resourceNames[svc]
	fix := fmt.Sprintf("write to a different %s named in the environment", res)
	switch svc {
	case "s3":
		fix += ", or give the writes a prefix the trigger does not match and skip those keys in the handler (if strings.HasPrefix(key, \"processed/\") { continue })"
	case "sqs", "sns":
		// A retry that re-sends on purpose needs a bound, not another
		// destination.
		fix += ", or, to retry, count the attempts in a message attribute (n+1 on every send) and stop after a maximum (return the failure, and let the redrive policy move it to a dead-letter queue)"
	}
	return fmt.Sprintf("%s%s writes to the %s %s that triggered this function (the name comes from the event record): every write triggers another invocation, an endless loop; %s",
		e.What, chain(e), svc, res, fix)
}
