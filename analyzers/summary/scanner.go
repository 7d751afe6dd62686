package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

// scanner computes the summary of one function body.
type scanner struct {
	pass  *analysis.Pass
	res   *Result
	body  *ast.BlockStmt
	taint *taint
	fact  *Fact
	lits  map[*ast.FuncLit]*Fact
	// recv is the method's receiver variable, nil for functions and
	// closures; recvPtr is whether it is a pointer.
	recv    types.Object
	recvPtr bool
	// lit is the closure being summarised, nil for declared functions:
	// variables it captures are state that lives as long as it does.
	lit *ast.FuncLit
	// sources are the body's values naming the event's resource,
	// computed at the first write the body makes.
	sources *EventSources
	// assigned indexes the body's assignments to locals (assignedFrom).
	assigned map[types.Object][]ast.Expr
	// ftype is the function's type; written holds the variables the
	// body assigns, increments or hands to a call by address
	// (reassigned).
	ftype   *ast.FuncType
	written map[types.Object]bool
	// inClient holds the Transport literals of http.Client literals
	// reported: one client, one finding.
	inClient map[*ast.CompositeLit]bool
}

// Detector finds effects of its own kind in a function body: it is called
// for every node (with whether the node is under a lazy-initialisation
// guard) and adds effects with Add. Analyzers that need a new kind of
// effect add a detector here, in a file of its own.
type Detector func(s *Scanner, n ast.Node, guarded bool)

// Scanner is what a Detector sees.
type Scanner struct{ s *scanner }

// Pass returns the pass.
func (x *Scanner) Pass() *analysis.Pass { return x.s.pass }

// Params returns the bitmask of the function's parameters that flow into e.
func (x *Scanner) Params(e ast.Expr) uint64 { return x.s.taint.of(e) }

// Add records an effect at pos in the function's own body.
func (x *Scanner) Add(e Effect, pos token.Pos) {
	e.pos = pos
	e.Where = where(x.s.pass.Fset, pos)
	x.s.fact.Effects = addOwn(x.s.fact.Effects, e)
}

var detectors []Detector

func (s *scanner) summarise(fn ast.Node, ftype *ast.FuncType, recv *ast.FieldList, body *ast.BlockStmt) *Fact {
	s.body = body
	s.sources = nil
	s.assigned = nil
	s.ftype, s.written = ftype, nil
	s.fact = &Fact{}
	s.taint = newTaint(s.pass.TypesInfo, ftype, recv, body)
	if recv != nil && len(recv.List) == 1 && len(recv.List[0].Names) == 1 {
		s.recv = s.pass.TypesInfo.Defs[recv.List[0].Names[0]]
		if s.recv != nil {
			_, s.recvPtr = s.recv.Type().Underlying().(*types.Pointer)
		}
	}
	if s.lits == nil {
		s.lits = map[*ast.FuncLit]*Fact{}
	}
	s.visit(body, false)
	return s.fact
}

// summariseLit summarises a closure as a function of its own (its own
// parameters are the ones that flow), for closures used as handlers and
// returned by factories.
func (s *scanner) summariseLit(lit *ast.FuncLit) *Fact {
	if f, ok := s.lits[lit]; ok {
		return f
	}
	sub := &scanner{pass: s.pass, res: s.res, lits: s.lits, lit: lit}
	f := sub.summarise(lit, lit.Type, nil, lit.Body)
	s.lits[lit] = f
	return f
}

// visit walks n; guarded is true under a lazy-initialisation guard.
func (s *scanner) visit(n ast.Node, guarded bool) {
	if n == nil {
		return
	}
	ast.Inspect(n, func(m ast.Node) bool {
		if m == nil {
			return false
		}
		for _, d := range detectors {
			d(&Scanner{s}, m, guarded)
		}
		switch m := m.(type) {
		case *ast.BlockStmt:
			g := guarded
			for i, st := range m.List {
				s.visit(st, g)
				if !g && s.isEarlyReturnGuard(st, m.List[i+1:]) {
					g = true
				}
			}
			return false
		case *ast.IfStmt:
			s.visit(m.Init, guarded)
			s.visit(m.Cond, guarded)
			// A guard guards code that sets the state it tests:
			// `if client == nil { client := s3.New(…) }` shadows the
			// package variable, and builds a client every time.
			s.visit(m.Body, guarded || s.isGuard(m.Cond) && s.setsTested(s.testedState(m.Cond), m.Body))
			// The else branch of `if initialised { … } else { init }`
			// runs only while the state is unset.
			s.visit(m.Else, guarded || m.Else != nil && s.guardCond(m.Cond, true) && s.setsTested(s.testedState(m.Cond), m.Else))
			return false
		case *ast.FuncLit:
			// A closure that is not returned runs as part of this
			// call (defer, callbacks, errgroup); summarise it on
			// its own too, for handlers that are closures.
			s.summariseLit(m)
			return true
		case *ast.ReturnStmt:
			for _, r := range m.Results {
				if s.returnsFunc(r) {
					continue
				}
				s.visit(r, guarded)
			}
			return false
		case *ast.GoStmt:
			if !s.awaitedAfter(m) && !s.handsOver(m) {
				s.add(Effect{Kind: Goroutine, What: "go statement", Guarded: guarded}, m.Pos())
			} else if r, early := s.leavesEarly(m); r.IsValid() {
				s.add(Effect{Kind: Goroutine, What: "go statement", Guarded: guarded, Detail: early + where(s.pass.Fset, r)}, m.Pos())
			}
			return true
		case *ast.CallExpr:
			if s.onceCall(m) {
				s.visit(m.Fun, guarded)
				for _, a := range m.Args {
					s.visit(a, true)
					s.funcValue(a)
				}
				return false
			}
			if what, ok := s.spawns(m); ok {
				if !s.awaitedAfter(m) {
					s.add(Effect{Kind: Goroutine, What: what, Guarded: guarded}, m.Pos())
				} else if r, early := s.leavesEarly(m); r.IsValid() {
					s.add(Effect{Kind: Goroutine, What: what, Guarded: guarded, Detail: early + where(s.pass.Fset, r)}, m.Pos())
				}
			}
			if s.afterFunc(m) && !s.stopped(m) {
				s.add(Effect{Kind: Goroutine, What: "time.AfterFunc", Guarded: guarded}, m.Pos())
			}
			s.call(m, guarded)
			s.decodeWrite(m, guarded)
			return true
		case *ast.CompositeLit:
			if s.inClient[m] {
				return true // the Transport of a client reported as one
			}
			if name, ok := s.res.Matcher.ClientType(s.pass.TypesInfo.TypeOf(m)); ok && isHTTP(s.pass.TypesInfo.TypeOf(m)) && s.ownTransport(m, name) {
				what := name + "{}"
				if name == "http.Client" {
					// A bare http.Client shares the default Transport's
					// pool: its own Transport is what costs.
					what = "http.Client{} with its own Transport"
				}
				s.add(Effect{Kind: Construct, What: what, Guarded: guarded}, m.Pos())
				if t := transportLit(m); t != nil {
					if s.inClient == nil {
						s.inClient = map[*ast.CompositeLit]bool{}
					}
					s.inClient[t] = true
				}
			}
			return true
		case *ast.AssignStmt:
			for i, lhs := range m.Lhs {
				if m.Tok == token.DEFINE {
					continue
				}
				var params uint64
				if len(m.Rhs) == len(m.Lhs) {
					params = s.taint.of(m.Rhs[i])
				} else if len(m.Rhs) == 1 {
					params = s.taint.of(m.Rhs[0])
				}
				params |= s.taint.indexes(lhs)
				g := guarded
				if g && s.seenSet(m, i) {
					g = false
				}
				v, what := s.stateVar(lhs)
				if v == nil {
					s.receiverWrite(lhs, params, g)
					continue
				}
				s.add(Effect{Kind: StateWrite, What: what, Params: params, Guarded: g, Detail: v.Name()}, lhs.Pos())
			}
			return true
		case *ast.IncDecStmt:
			if v, what := s.stateVar(m.X); v != nil {
				s.add(Effect{Kind: StateWrite, What: what, Params: s.taint.indexes(m.X), Guarded: guarded, Detail: v.Name()}, m.Pos())
			}
			return true
		}
		return true
	})
}

// ownTransport reports an http.Transport literal, or an http.Client
// literal with a Transport of its own: a client without one (or given a
// shared one) uses the process-wide connection pool, so building it per
// invocation costs nothing.
func (s *scanner) ownTransport(lit *ast.CompositeLit, name string) bool {
	if name != "http.Client" {
		return true
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); !ok || id.Name != "Transport" {
			continue
		}
		v := rootObj(s.pass.TypesInfo, kv.Value)
		return v == nil || !isPackageVar(v) && !capturedBy(v.(*types.Var), s.lit)
	}
	return false
}

// transportLit returns the http.Transport literal an http.Client literal
// is given (Transport: &http.Transport{…}), or nil.
func transportLit(client *ast.CompositeLit) *ast.CompositeLit {
	for _, el := range client.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, isID := kv.Key.(*ast.Ident); !isID || id.Name != "Transport" {
			continue
		}
		v := ast.Unparen(kv.Value)
		if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.AND {
			v = ast.Unparen(u.X)
		}
		lit, _ := v.(*ast.CompositeLit)
		return lit
	}
	return nil
}

func isHTTP(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http"
}

func (s *scanner) add(e Effect, pos token.Pos) {
	e.pos = pos
	if e.Where == "" {
		e.Where = where(s.pass.Fset, pos)
	}
	s.fact.Effects = addOwn(s.fact.Effects, e)
}

// returnsFunc handles a returned closure or function: what it does is
// recorded in Returned, not in the effects of this call.
func (s *scanner) returnsFunc(r ast.Expr) bool {
	switch r := ast.Unparen(r).(type) {
	case *ast.FuncLit:
		lf := s.summariseLit(r)
		s.fact.Returned, _ = merge(s.fact.Returned, lf.Effects...)
		return true
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := r.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = r.(*ast.Ident)
		}
		fn, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Func)
		if !ok {
			return false
		}
		if f := s.res.Of(fn); f != nil {
			for _, e := range f.Effects {
				e.Via = append([]string{fn.Name()}, e.Via...)
				e.Params = 0
				e.pos = r.Pos()
				s.fact.Returned, _ = merge(s.fact.Returned, e)
			}
		}
		return true
	}
	return false
}

// call records a constructor call and merges the summary of a static
// callee.
func (s *scanner) call(call *ast.CallExpr, guarded bool) {
	info := s.pass.TypesInfo
	callee := typeutil.StaticCallee(info, call)
	if callee == nil {
		if lit := s.res.funcVar(call.Fun); lit != nil {
			s.mergeLit(lit, ast.Unparen(call.Fun).(*ast.Ident).Name, call, guarded)
			return
		}
		if callee = s.res.funcVarFunc(call.Fun); callee == nil {
			s.mutatingMethod(call, guarded)
			return
		}
	}
	if name, ok := s.res.Matcher.Constructor(callee); ok {
		if !s.wrapsConstructor(call) {
			e := Effect{Kind: Construct, What: name, Guarded: guarded}
			if res := callee.Type().(*types.Signature).Results(); res.Len() > 0 {
				if q, _ := s.res.Matcher.ClientType(res.At(0).Type()); q == "aws.Config" || q == "session.Session" {
					e.Detail = ConfigDetail
				}
			}
			s.add(e, call.Pos())
		}
		return
	}
	s.mutatingMethod(call, guarded)
	s.defaultLogger(call, callee, guarded)
	s.mergeCallee(callee, call, call.Pos(), guarded)
}

// defaultLogger records log.SetPrefix(id), log.SetOutput(w) and
// slog.SetDefault(logger.With("request_id", id)): the standard library's
// default logger is package state, which keeps what a request set it to.
// os.Setenv is the same: the process environment outlives the request,
// and every later invocation reads what this one set.
func (s *scanner) defaultLogger(call *ast.CallExpr, callee *types.Func, guarded bool) {
	if callee.Pkg() == nil || !strings.HasPrefix(callee.Name(), "Set") {
		return
	}
	what := "the default logger"
	switch p := callee.Pkg().Path(); {
	case p == "os" && callee.Name() == "Setenv":
		what = "the process environment"
	case p != "log" && p != "log/slog":
		return
	}
	if sig, ok := callee.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return
	}
	var params uint64
	for _, a := range call.Args {
		params |= s.taint.of(a)
	}
	name := callee.Pkg().Name() + "." + callee.Name()
	s.add(Effect{Kind: StateWrite, What: what + " (" + name + ")", Params: params, Guarded: guarded, Detail: name}, call.Pos())
}

// wrapsConstructor reports calls such as session.Must(session.NewSession()):
// the inner constructor is the one recorded.
func (s *scanner) wrapsConstructor(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if inner, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			if _, ok := s.res.Matcher.Constructor(typeutil.StaticCallee(s.pass.TypesInfo, inner)); ok {
				return true
			}
		}
	}
	return false
}

// funcValue merges the summary of a function passed as a value where it
// runs under a guard: once.Do(initClients), sync.OnceValue(newClient).
func (s *scanner) funcValue(a ast.Expr) {
	var id *ast.Ident
	switch a := ast.Unparen(a).(type) {
	case *ast.Ident:
		id = a
	case *ast.SelectorExpr:
		id = a.Sel
	default:
		return
	}
	if fn, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Func); ok {
		s.mergeCallee(fn, nil, a.Pos(), true)
	}
}

// mergeCallee adds the effects of a call of callee at pos; call is nil
// when the function is passed as a value.
func (s *scanner) mergeCallee(callee *types.Func, call *ast.CallExpr, pos token.Pos, guarded bool) {
	f := s.res.Of(callee)
	if f == nil {
		return
	}
	awaited := false
	for _, e := range f.Effects {
		if e.Kind == Goroutine && call != nil {
			if awaited || s.awaitedAfter(call) {
				awaited = true
				continue
			}
		}
		if e.Kind == StateWrite && e.Detail == ReceiverDetail {
			// The callee writes to its receiver: that is package
			// state, or this function's receiver, or a local value
			// (then nothing outlives the call).
			var ok bool
			if e, ok = s.receiverTarget(call, e); !ok {
				continue
			}
		}
		e.Via = append([]string{shortName(callee)}, e.Via...)
		e.Guarded = e.Guarded || guarded
		switch {
		case e.Kind == ResourceName && call != nil:
			if e.Params = s.nameArgs(call, e.Params); e.Params == 0 {
				continue // the caller passes something else: no name of its own
			}
		case e.Kind == ResourceName:
			continue
		case call != nil:
			e.Params = s.mapParams(call, callee.Type().(*types.Signature), e.Params)
		default:
			e.Params = 0
		}
		if e.Kind == Register && e.Params == 0 {
			continue // a registration, not a wrapper: the caller is no wrapper
		}
		e.pos = pos
		s.fact.Effects, _ = merge(s.fact.Effects, e)
	}
}

// EarlyReturn prefixes the Detail of a Goroutine effect that is awaited,
// but not on the path of the return that follows ("early:main.go:31:3").
const EarlyReturn = "early:"

// CollectReturn prefixes the Detail of a Goroutine effect whose results
// are received in a loop that can return before it has received them all
// ("collect:main.go:31:3").
const CollectReturn = "collect:"

// ReceiverDetail is the Detail of a StateWrite to a field of the method's
// receiver (or through it: a map field). Merged into a caller, it becomes
// a package-variable write when the method is called on package state, a
// receiver write when called on the caller's receiver, and nothing when
// called on a local value.
const ReceiverDetail = "receiver"

func (s *scanner) receiverTarget(call *ast.CallExpr, e Effect) (Effect, bool) {
	if call == nil {
		return e, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return e, false
	}
	if _, isMethod := s.pass.TypesInfo.Selections[sel]; !isMethod {
		return e, false
	}
	if v, what := s.stateVar(sel.X); v != nil {
		e.What = what
		e.Detail = v.Name()
		return e, true
	}
	if s.recv != nil && s.rootRecv(sel.X, false) {
		return e, true
	}
	return e, false
}

// rootRecv reports whether an lvalue writes to or through the method's
// receiver. With a value receiver only writes through a map or slice
// element or a pointer persist (the receiver itself is a copy: h.client =
// c is lost, h.deps.client = c through a *deps is not); needIndex asks
// for that.
func (s *scanner) rootRecv(e ast.Expr, needIndex bool) bool {
	if s.recv == nil {
		return false
	}
	info := s.pass.TypesInfo
	indexed := false
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.ObjectOf(x) == s.recv && (!needIndex || indexed)
		case *ast.SelectorExpr:
			sel, ok := info.Selections[x]
			if !ok {
				return false
			}
			if sel.Indirect() {
				indexed = true // through a pointer: shared with the original
			}
			e = x.X
		case *ast.IndexExpr:
			if _, isMap := underlying(info.TypeOf(x.X)).(*types.Map); isMap {
				indexed = true
			} else if _, isSlice := underlying(info.TypeOf(x.X)).(*types.Slice); isSlice {
				indexed = true
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
}

func underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// receiverWrite records a write of parameter data to the receiver of a
// method: on a handler's long-lived receiver it outlives the invocation.
func (s *scanner) receiverWrite(lhs ast.Expr, params uint64, guarded bool) {
	params &^= 1 << ReceiverBit
	if params == 0 || !s.rootRecv(lhs, !s.recvPtr) {
		return
	}
	if _, isRecv := ast.Unparen(lhs).(*ast.Ident); isRecv {
		return // assigning the receiver variable itself changes nothing outside
	}
	s.add(Effect{Kind: StateWrite, What: "receiver field " + exprString(lhs), Params: params, Guarded: guarded, Detail: ReceiverDetail}, lhs.Pos())
}

// decodeWrite records json.Unmarshal(body, &last) and the like as a
// write of what they fill: the decoded event lands in package state or on
// the receiver as an assignment would put it there.
func (s *scanner) decodeWrite(call *ast.CallExpr, guarded bool) {
	info := s.pass.TypesInfo
	if !decodes(info, call) {
		return
	}
	params := s.taint.call(call)
	for _, out := range decodeTargets(info, call) {
		v, what := s.stateVar(out)
		if v == nil {
			s.receiverWrite(out, params, guarded)
			continue
		}
		s.add(Effect{Kind: StateWrite, What: what, Params: params, Guarded: guarded, Detail: v.Name()}, out.Pos())
	}
}

func exprString(e ast.Expr) string {
	var b strings.Builder
	var walk func(ast.Expr)
	walk = func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			b.WriteString(x.Name)
		case *ast.SelectorExpr:
			walk(x.X)
			b.WriteString("." + x.Sel.Name)
		case *ast.IndexExpr:
			walk(x.X)
			b.WriteString("[…]")
		case *ast.StarExpr:
			walk(x.X)
		default:
			b.WriteString("…")
		}
	}
	walk(e)
	return b.String()
}

// mapParams maps a callee's parameter bits to the caller's, through the
// arguments of the call.
func (s *scanner) mapParams(call *ast.CallExpr, sig *types.Signature, bits uint64) uint64 {
	if bits == 0 {
		return 0
	}
	var out uint64
	for i := 0; i < 64; i++ {
		if bits&(1<<i) == 0 {
			continue
		}
		if i == ReceiverBit {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				out |= s.taint.of(sel.X)
			}
			continue
		}
		if i < len(call.Args) {
			out |= s.taint.of(call.Args[i])
		}
		if sig.Variadic() && i == sig.Params().Len()-1 {
			for _, a := range call.Args[min(i, len(call.Args)):] {
				out |= s.taint.of(a)
			}
		}
	}
	return out
}

// mutatingMethods are methods that store their arguments in the receiver.
var mutatingMethods = map[string]bool{
	"Store": true, "LoadOrStore": true, "Swap": true, "CompareAndSwap": true,
	"Set": true, "Add": true, "Put": true, "Push": true, "PushBack": true, "PushFront": true,
	"Append": true, "Insert": true, "Write": true, "WriteString": true, "WriteByte": true,
	"SetDefault": true, "Upsert": true,
}

// containerPackages hold in-memory containers whose mutating methods keep
// their arguments (the module's own types are summarised instead).
var containerPackages = map[string]bool{
	"sync": true, "sync/atomic": true, "container/list": true, "container/ring": true,
	"bytes": true, "strings": true, "expvar": true,
}

// storesArgs reports whether fn is a mutating method of an in-memory
// container: the standard library's, or a cache library's. Interface
// methods (a repository's Put) and the methods of clients send requests;
// they keep nothing in the process.
func storesArgs(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !mutatingMethods[fn.Name()] {
		return false
	}
	path := fn.Pkg().Path()
	if containerPackages[path] {
		return true
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	if _, iface := sig.Recv().Type().Underlying().(*types.Interface); iface {
		return false
	}
	lower := strings.ToLower(path)
	return strings.Contains(lower, "cache") || strings.Contains(lower, "lru")
}

// seenSet reports the i-th write of as, under a guard, as a record of
// requests rather than lazy initialisation: an entry keyed by request data
// whose value is a constant, an empty literal or request data as it came
// (if _, ok := processed[id]; ok { return nil }; processed[id] = e.Body).
// A client or a fetched value cached per key stays guarded.
func (s *scanner) seenSet(as *ast.AssignStmt, i int) bool {
	idx, ok := ast.Unparen(as.Lhs[i]).(*ast.IndexExpr)
	if !ok || len(as.Lhs) != len(as.Rhs) || s.taint.of(idx.Index) == 0 {
		return false
	}
	rhs := as.Rhs[i]
	if tv, ok := s.pass.TypesInfo.Types[rhs]; ok && tv.Value != nil {
		return true // seen[id] = true
	}
	if cl, ok := ast.Unparen(rhs).(*ast.CompositeLit); ok && len(cl.Elts) == 0 {
		return true // seen[id] = struct{}{}
	}
	return s.taint.direct(rhs)
}

// spawns reports a call that starts a goroutine for its function
// argument on a group that can be waited for: errgroup.Group.Go,
// sync.WaitGroup.Go (Go 1.25), a pool's Go. Without a later Wait the
// goroutine outlives the handler like a go statement.
func (s *scanner) spawns(call *ast.CallExpr) (string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || (sel.Sel.Name != "Go" && sel.Sel.Name != "TryGo") || len(call.Args) == 0 {
		return "", false
	}
	info := s.pass.TypesInfo
	if _, isMethod := info.Selections[sel]; !isMethod {
		return "", false
	}
	if _, ok := info.TypeOf(call.Args[len(call.Args)-1]).Underlying().(*types.Signature); !ok {
		return "", false
	}
	t := info.TypeOf(sel.X)
	if !s.waitable(t) {
		return "", false
	}
	name := types.TypeString(deref(t), func(p *types.Package) string { return p.Name() })
	return name + "." + sel.Sel.Name, true
}

// afterFunc reports time.AfterFunc, whose function runs on its own
// goroutine when the timer fires: after the handler returned, in a frozen
// or a later invocation, unless the timer is stopped first.
func (s *scanner) afterFunc(call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(s.pass.TypesInfo, call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == "AfterFunc"
}

// stopped reports a timer kept in a variable that the function stops
// (t := time.AfterFunc(…); defer t.Stop()).
func (s *scanner) stopped(call *ast.CallExpr) bool {
	info := s.pass.TypesInfo
	var timer types.Object
	ast.Inspect(s.body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, r := range as.Rhs {
				if ast.Unparen(r) == call {
					timer = rootObj(info, as.Lhs[i])
				}
			}
		}
		return timer == nil
	})
	if timer == nil {
		return false
	}
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Stop" && rootObj(info, sel.X) == timer {
				found = true
			}
		}
		return !found
	})
	return found
}

// readsContainer reports whether fn reads an in-memory container (the
// counterpart of storesArgs): Load, Get, Peek of sync, sync/atomic or a
// cache library.
func readsContainer(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Name() {
	case "Load", "Get", "Peek", "Value":
	default:
		return false
	}
	path := fn.Pkg().Path()
	if containerPackages[path] {
		return true
	}
	lower := strings.ToLower(path)
	return strings.Contains(lower, "cache") || strings.Contains(lower, "lru")
}

// mutatingMethod records a call like cache.Store(k, v) on package state
// or on the receiver.
func (s *scanner) mutatingMethod(call *ast.CallExpr, guarded bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if _, isMethod := s.pass.TypesInfo.Selections[sel]; !isMethod {
		return
	}
	fn, _ := s.pass.TypesInfo.ObjectOf(sel.Sel).(*types.Func)
	if !storesArgs(fn) {
		return
	}
	if s.res.decls[fn] != nil {
		return // summarised: its receiver writes are merged
	}
	var params uint64
	for _, a := range call.Args {
		params |= s.taint.of(a)
	}
	v, what := s.stateVar(sel.X)
	if v == nil {
		s.receiverWrite(sel.X, params, guarded)
		return
	}
	s.add(Effect{Kind: StateWrite, What: what, Params: params, Guarded: guarded, Detail: v.Name()}, call.Pos())
}

// onceCall reports calls whose function arguments run once per process:
// (*sync.Once).Do, sync.OnceFunc, sync.OnceValue, sync.OnceValues.
func (s *scanner) onceCall(call *ast.CallExpr) bool {
	fn := typeutil.Callee(s.pass.TypesInfo, call)
	f, ok := fn.(*types.Func)
	if !ok || f.Pkg() == nil || f.Pkg().Path() != "sync" {
		return false
	}
	switch f.Name() {
	case "Do":
		// A sync.Once declared in this function is new on every call:
		// once.Do then runs its function every time.
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		return !ok || !s.declaredHere(rootObj(s.pass.TypesInfo, sel.X))
	case "OnceFunc", "OnceValue", "OnceValues":
		return true
	}
	return false
}

// declaredHere reports a local variable declared in the body being
// summarised (not a parameter, not captured from outside a closure).
func (s *scanner) declaredHere(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || isPackageVar(v) || s.body == nil {
		return false
	}
	return s.body.Pos() <= v.Pos() && v.Pos() < s.body.End()
}

func shortName(fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// rootVar returns the package-level variable that an lvalue expression
// writes to or through: x, x.f, x[i], *x, x.f[i].g; nil for locals.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	return rootVarIn(info, e, nil)
}

// stateVar is rootVar for the function being summarised: when it is a
// closure, a local variable of an enclosing function that the closure
// captures is state too (a handler closure registered in main keeps it
// for the life of the execution environment). what describes it.
func (s *scanner) stateVar(e ast.Expr) (v *types.Var, what string) {
	v = rootVarIn(s.pass.TypesInfo, e, s.lit)
	switch {
	case v == nil:
		return nil, ""
	case isPackageVar(v):
		return v, "package variable " + v.Name() + fieldPath(e, v)
	}
	return v, "variable " + v.Name() + fieldPath(e, v) + " captured by the closure"
}

// fieldPath names the field written below the variable: " (field
// last)" for state.last, " (field cache[…])" for cfg.cache[id].
func fieldPath(e ast.Expr, v *types.Var) string {
	str := exprString(e)
	if i := strings.Index(str, v.Name()+"."); i >= 0 && i+len(v.Name())+1 < len(str) {
		return " (field " + str[i+len(v.Name())+1:] + ")"
	}
	return ""
}

// rootVarIn is rootVar, also accepting locals declared outside lit (none
// when lit is nil).
func rootVarIn(info *types.Info, e ast.Expr, lit *ast.FuncLit) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := info.ObjectOf(x).(*types.Var); ok && (isPackageVar(v) || capturedBy(v, lit)) {
				return v
			}
			return nil
		case *ast.SelectorExpr:
			if v, ok := info.ObjectOf(x.Sel).(*types.Var); ok && isPackageVar(v) {
				return v // pkg.Var
			}
			if _, ok := info.Selections[x]; !ok {
				return nil
			}
			if isPointerOrIface(info.TypeOf(x.X)) && !isDirectVar(info, x.X) && !isCapturedPointer(info, x.X, lit) {
				// p.f where p is a pointer held in a local: the write
				// goes to whatever p points to, not known here.
				return nil
			}
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

func isPointerOrIface(t types.Type) bool {
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}

// isDirectVar reports whether e names a package variable directly, so a
// write through its pointer still reaches package state.
func isDirectVar(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return isPackageVar(info.ObjectOf(x))
	case *ast.SelectorExpr:
		return isPackageVar(info.ObjectOf(x.Sel))
	}
	return false
}

var _ = sdk.IsContext

// capturedBy reports whether v is a local variable declared outside lit
// (lit captures it rather than declaring it).
func capturedBy(v *types.Var, lit *ast.FuncLit) bool {
	if lit == nil || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	return v.Pos() < lit.Pos() || v.Pos() >= lit.End()
}

// isCapturedPointer reports p in p.f where p is a pointer variable the
// closure captures: like a package variable, it points to the same value
// on every invocation.
func isCapturedPointer(info *types.Info, e ast.Expr, lit *ast.FuncLit) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	return ok && capturedBy(v, lit)
}
