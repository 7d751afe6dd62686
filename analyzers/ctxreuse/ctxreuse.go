package ctxreuse

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/analyzers/summary"
)

//go:embed doc.go
var doc string

// Analyzer reports per-invocation construction of clients, request data
// kept in long-lived state and goroutines that outlive the handler.
var Analyzer = &analysis.Analyzer{
	Name:     "ctxreuse",
	Doc:      docs.FromSource(doc),
	URL:      "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#ctxreuse",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      run,
}

// Rule ids.
const (
	RuleClient    = "client-per-invocation"
	RuleState     = "request-state"
	RuleGoroutine = "goroutine-leak"
)

// finding is one report before deduplication: effects that land on the
// same position under the same rule are reported once.
type finding struct {
	rule    string
	pos     token.Pos
	effects []summary.Effect
	// related is the function of the other package (or the local callee)
	// where the effects are; nil when they are at pos.
	related types.Object
	handler *handlers.Handler
	remote  bool // reported at the registration: the code is elsewhere
	// call is set when the finding is in a helper of this package that
	// the handler calls.
	call *handlerCall
}

type checker struct {
	pass     *analysis.Pass
	rep      *report.Reporter
	sum      *summary.Result
	findings map[[2]any]*finding
	order    []*finding
}

func run(pass *analysis.Pass) (any, error) {
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	if !rep.Enabled(RuleClient) && !rep.Enabled(RuleState) && !rep.Enabled(RuleGoroutine) {
		rep.Finish()
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		rep:      rep,
		sum:      pass.ResultOf[handlers.Analyzer].(*handlers.Result).Summary,
		findings: map[[2]any]*finding{},
	}
	for _, h := range pass.ResultOf[handlers.Analyzer].(*handlers.Result).Handlers {
		c.handler(h)
	}
	for _, f := range c.order {
		c.report(f)
	}
	rep.Finish()
	return nil, nil
}

// handler collects the findings of the code that runs per invocation.
func (c *checker) handler(h *handlers.Handler) {
	switch {
	case h.Node() != nil:
		if f := c.sum.OfNode(h.Node()); f != nil {
			for _, e := range f.Effects {
				c.local(h, e)
			}
		}
	case h.Func != nil:
		if f := c.sum.Of(h.Func); f != nil {
			for _, e := range f.Effects {
				c.remote(h, h.Func, e)
			}
		}
	case h.Factory != nil:
		if f := c.sum.Of(h.Factory); f != nil {
			for _, e := range f.Returned {
				c.remote(h, h.Factory, e)
			}
		}
	}
}

// rule returns the rule an effect breaks, or "" when it is fine.
func rule(e summary.Effect) string {
	if e.Guarded {
		return "" // lazy initialisation: once per execution environment
	}
	switch e.Kind {
	case summary.Construct:
		return RuleClient
	case summary.StateWrite:
		if e.Params&^(1<<summary.ReceiverBit) != 0 {
			return RuleState
		}
	case summary.Goroutine:
		return RuleGoroutine
	}
	return ""
}

func (c *checker) local(h *handlers.Handler, e summary.Effect) {
	r := rule(e)
	if r == "" || e.Pos() == token.NoPos {
		return
	}
	if len(e.Via) > 0 && c.shadowedGuard(e.Pos()) == "" && c.copiedGuardAt(h, e.Pos()) == "" {
		// The offending code lies in this package when the helpers the
		// handler calls do: report it there, with the handler's call as
		// related information, so that the finding and its
		// //lambdalint:ignore sit on the construction, the write or the
		// go statement itself. A broken guard around the call (a
		// shadowing :=, a value receiver's field) is what is wrong
		// there: that finding stays at the call.
		if at, inner, callee := c.inner(h.Node(), e); at.IsValid() {
			f := c.add(r, at, h, inner)
			if f.call == nil {
				f.call = &handlerCall{pos: e.Pos(), callee: callee}
			}
			return
		}
	}
	f := c.add(r, e.Pos(), h, e)
	if len(e.Via) > 0 && f.related == nil {
		f.related = c.calleeAt(h.Node(), e.Pos(), e)
	}
}

// handlerCall is where the handler calls the helper of this package that
// holds a finding's code.
type handlerCall struct {
	pos    token.Pos
	callee types.Object
}

// inner follows an effect the handler's call at e.Pos() merged from a
// helper down through the helpers of this package, and returns the
// position in this package nearest to the effect (the code itself, or the
// call that leaves the package), the effect as seen from there, and the
// helper the handler calls. It returns NoPos when the first helper is not
// of this package.
func (c *checker) inner(node ast.Node, e summary.Effect) (token.Pos, summary.Effect, types.Object) {
	first := c.calleeAt(node, e.Pos(), e)
	at, cur, callee := token.NoPos, e, first
	for len(cur.Via) > 0 && callee != nil {
		fn, ok := callee.(*types.Func)
		if !ok || c.sum.Decl(fn) == nil {
			break
		}
		f := c.sum.Of(fn)
		if f == nil {
			break
		}
		next, found := summary.Effect{}, false
		for _, ie := range f.Effects {
			if ie.Kind == cur.Kind && ie.What == cur.What && ie.Where == cur.Where && ie.Detail == cur.Detail && !ie.Guarded && equalVia(ie.Via, cur.Via[1:]) && ie.Pos().IsValid() {
				next, found = ie, true
				break
			}
		}
		if !found {
			break
		}
		at, cur = next.Pos(), next
		if len(cur.Via) == 0 {
			break
		}
		callee = c.calleeAt(c.sum.Decl(fn), at, cur)
	}
	return at, cur, first
}

func equalVia(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (c *checker) remote(h *handlers.Handler, fn *types.Func, e summary.Effect) {
	if r := rule(e); r != "" {
		f := c.add(r, h.Pos, h, e)
		f.related = fn
		f.remote = true
	}
}

func (c *checker) add(r string, pos token.Pos, h *handlers.Handler, e summary.Effect) *finding {
	key := [2]any{r, pos}
	f := c.findings[key]
	if f == nil {
		f = &finding{rule: r, pos: pos, handler: h}
		c.findings[key] = f
		c.order = append(c.order, f)
	}
	for _, old := range f.effects {
		if old.Where == e.Where && old.What == e.What {
			return f
		}
	}
	f.effects = append(f.effects, e)
	return f
}

// calleeAt returns the function called at pos inside node, the helper
// whose effects were merged there. Calls that start at the same place
// (helper(x).Method(…)) are told apart by whose summary holds e.
func (c *checker) calleeAt(node ast.Node, pos token.Pos, e summary.Effect) types.Object {
	var cands []types.Object
	ast.Inspect(node, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && call.Pos() == pos {
			if callee := typeutil.StaticCallee(c.pass.TypesInfo, call); callee != nil {
				cands = append(cands, callee)
			}
		}
		if id, ok := n.(*ast.Ident); ok && id.Pos() == pos {
			if obj, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Func); ok {
				cands = append(cands, obj)
			}
		}
		return true
	})
	for _, cand := range cands {
		fn, _ := cand.(*types.Func)
		if f := c.sum.Of(fn); f != nil {
			for _, ie := range f.Effects {
				if ie.Kind == e.Kind && ie.What == e.What && ie.Where == e.Where {
					return cand
				}
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	return cands[0]
}

func (c *checker) report(f *finding) {
	sort.SliceStable(f.effects, func(i, j int) bool { return len(f.effects[i].Via) < len(f.effects[j].Via) })
	e := f.effects[0]
	var opts []report.Option
	if f.related != nil && f.related.Pos().IsValid() {
		opts = append(opts, report.Related(f.related.Pos(), "%s: %s at %s", c.objName(f.related), describe(e), e.Where))
	}
	if f.call != nil && f.call.pos.IsValid() {
		opts = append(opts, report.Related(f.call.pos, "the handler calls %s here", c.objName(f.call.callee)))
	}
	var details []string
	if f.call != nil {
		details = append(details, "in "+c.objName(f.call.callee)+", which the handler calls at "+c.where(f.call.pos))
	}
	if via := viaOf(f, e); via != "" {
		details = append(details, via)
	}
	if len(e.Via) > 0 || f.remote {
		details = append(details, "at "+e.Where)
	}
	if rest := f.effects[1:]; len(rest) > 0 {
		details = append(details, "and "+others(rest))
	}
	origin := ""
	if len(details) > 0 {
		origin = " (" + strings.Join(details, ", ") + ")"
	}
	who := "the handler"
	if f.remote {
		who = f.handler.Name()
	}
	switch f.rule {
	case RuleClient:
		advice := "create it once per execution environment (package level, init, sync.Once or a nil-guarded lazy initialisation) and reuse it"
		if recv := c.copiedGuard(f); recv != "" {
			advice = "the nil check tests a field of the value receiver " + recv + ", a copy made for every call, so the client is never kept: give the method a pointer receiver (and pass a pointer to lambda.Start)"
		} else if v := c.shadowedGuard(f.pos); v != "" {
			advice = "the nil check tests the package variable " + v + ", but := declares a new local " + v + " that shadows it, so the client is never kept: assign with = (declare err beforehand)"
		}
		what := "creates a client"
		if e.Detail == summary.ConfigDetail {
			what = "loads the SDK configuration" // resolving credentials, reading shared config
		}
		c.rep.At(RuleClient, f.pos, opts,
			"%s%s %s on every invocation of %s, paying for its set-up (credentials, TLS, connections) each time; %s",
			constructName(e.What), origin, what, who, advice)
	case RuleState:
		c.rep.At(RuleState, f.pos, opts,
			"%s stores request data in %s%s: it outlives the invocation and, with AWS_LAMBDA_MAX_CONCURRENCY, races with concurrent invocations; keep request data in locals and pass it along",
			who, target(e), origin)
	case RuleGoroutine:
		if ret, ok := strings.CutPrefix(e.Detail, summary.CollectReturn); ok {
			c.rep.At(RuleGoroutine, f.pos, opts,
				"goroutine started by %s%s is not awaited on every path: the return at %s leaves the loop that receives the results before every goroutine has sent, so the rest keep running (or stay blocked on their send) after the handler returns, and Lambda freezes the execution environment then; receive every result (keep the first error, return after the loop), or use errgroup and return g.Wait()",
				who, origin, ret)
			return
		}
		if ret, ok := strings.CutPrefix(e.Detail, summary.EarlyReturn); ok {
			c.rep.At(RuleGoroutine, f.pos, opts,
				"goroutine started by %s%s is not awaited on every path: the return at %s leaves before the wait, and Lambda freezes the execution environment when the handler returns, so it may never finish or run during a later invocation; wait for it on that path too, or defer the wait",
				who, origin, ret)
			return
		}
		if e.What == "time.AfterFunc" {
			c.rep.At(RuleGoroutine, f.pos, opts,
				"goroutine started by %s%s is not awaited: time.AfterFunc runs its function later, on a goroutine of its own, and Lambda freezes the execution environment when the handler returns, so it may never run or run during a later invocation; stop the timer (t.Stop()) before returning, or do the work in the handler",
				who, origin)
			return
		}
		c.rep.At(RuleGoroutine, f.pos, opts,
			"goroutine started by %s%s is not awaited: Lambda freezes the execution environment when the handler returns, so it may never finish or run during a later invocation; wait for it (sync.WaitGroup, errgroup, a channel receive) before returning",
			who, origin)
	}
}

// others names the further effects one finding stands for, the first
// three with where they are: "1 more: s3.NewFromConfig at store.go:14:9".
func others(es []summary.Effect) string {
	var parts []string
	for i, e := range es {
		if i == 3 {
			parts = append(parts, "…")
			break
		}
		p := e.What
		if e.Where != "" {
			p += " at " + e.Where
		}
		parts = append(parts, p)
	}
	return fmt.Sprintf("%d more: %s", len(es), strings.Join(parts, ", "))
}

func viaOf(f *finding, e summary.Effect) string {
	chain := e.Via
	if f.remote && f.related != nil {
		chain = append([]string{relName(f.related)}, chain...)
	}
	if len(chain) == 0 {
		return ""
	}
	return "via " + strings.Join(chain, " → ")
}

func relName(obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok {
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			t := sig.Recv().Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok {
				return n.Obj().Name() + "." + fn.Name()
			}
		}
	}
	if obj.Pkg() != nil {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

func (c *checker) objName(obj types.Object) string {
	if obj == nil {
		return "a helper"
	}
	return relName(obj)
}

// where is "file.go:12:3".
func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
}

func describe(e summary.Effect) string {
	switch e.Kind {
	case summary.Construct:
		if e.Detail == summary.ConfigDetail {
			return constructName(e.What) + " loads the SDK configuration"
		}
		return constructName(e.What) + " builds a client"
	case summary.StateWrite:
		return "request data written to " + target(e)
	case summary.Goroutine:
		return "goroutine started"
	}
	return e.What
}

func constructName(what string) string { return what }

func target(e summary.Effect) string {
	if e.Detail == summary.ReceiverDetail {
		return strings.Replace(e.What, "receiver field ", "field ", 1) + " of the long-lived handler receiver"
	}
	return e.What
}

// copiedGuard returns the receiver's name when the finding is in the body
// of a handler method with a value receiver, under an if that tests a
// field of it: lazy initialisation that a copy of the receiver forgets.
func (c *checker) copiedGuard(f *finding) string {
	if f.remote {
		return ""
	}
	return c.copiedGuardAt(f.handler, f.pos)
}

// copiedGuardAt is copiedGuard for the code at pos in h's body.
func (c *checker) copiedGuardAt(h *handlers.Handler, pos token.Pos) string {
	fd := h.Decl
	if fd == nil || fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return ""
	}
	recv := c.pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]]
	if recv == nil {
		return ""
	}
	if _, ptr := recv.Type().Underlying().(*types.Pointer); ptr {
		return ""
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if found || n == nil || pos < n.Pos() || pos >= n.End() {
			return false // only the nodes around the finding
		}
		if ifs, ok := n.(*ast.IfStmt); ok && ifs.Body.Pos() <= pos && pos < ifs.Body.End() {
			found = c.onRecv(ifs.Cond, recv) && c.setsRecv(ifs.Body, recv)
		}
		return !found
	})
	if !found {
		return ""
	}
	return recv.Name()
}

// onRecv reports whether n reads a field of recv.
func (c *checker) onRecv(n ast.Node, recv types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if sel, ok := m.(*ast.SelectorExpr); ok {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == recv {
				found = true
			}
		}
		return !found
	})
	return found
}

// setsRecv reports whether body assigns a field of recv: the lazy
// initialisation the copy forgets (if h.s3 == nil { h.s3 = … }).
func (c *checker) setsRecv(body *ast.BlockStmt, recv types.Object) bool {
	found := false
	ast.Inspect(body, func(m ast.Node) bool {
		if as, ok := m.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if c.onRecv(l, recv) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// shadowedGuard returns the name of the package variable that an if
// around pos tests when its body declares, with :=, a local of the same
// name: if db == nil { db, err := sql.Open(…) } never sets db.
func (c *checker) shadowedGuard(pos token.Pos) string {
	name := ""
	for _, file := range c.pass.Files {
		if pos < file.Pos() || pos >= file.End() {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if name != "" || n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			ifs, ok := n.(*ast.IfStmt)
			if !ok || pos < ifs.Body.Pos() {
				return true
			}
			for _, st := range ifs.Body.List {
				as, ok := st.(*ast.AssignStmt)
				if !ok || as.Tok != token.DEFINE || pos < as.Pos() || pos >= as.End() {
					continue
				}
				for _, l := range as.Lhs {
					id, ok := l.(*ast.Ident)
					if !ok || c.pass.TypesInfo.Defs[id] == nil {
						continue
					}
					if pkgVarNamed(c.pass, ifs.Cond, id.Name) {
						name = id.Name
					}
				}
			}
			return name == ""
		})
	}
	return name
}

// pkgVarNamed reports whether cond reads a package variable called name.
func pkgVarNamed(pass *analysis.Pass, cond ast.Expr, name string) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			if v, ok := pass.TypesInfo.Uses[id].(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
				found = true
			}
		}
		return !found
	})
	return found
}
