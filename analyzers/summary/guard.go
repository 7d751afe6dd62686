package summary

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

// isGuard reports whether an if condition tests package state, the shape
// of lazy initialisation: `client == nil`, `!initialised`, `len(cache) == 0`,
// or a lookup into a package map (`if c, ok := clients[region]; !ok`).
// Code under such a test runs once per execution environment (or once per
// key), so what it builds is reused. A flag read as it is (`if debug`,
// `if cfg.Verbose`) is a switch, not a guard: the code under it runs on
// every invocation while the flag is on; so is ranking request data
// against state (`if o.Total > best.Total`).
func (s *scanner) isGuard(cond ast.Expr) bool { return s.guardCond(cond, false) }

// guardCond is isGuard; with early, cond is the test of an early return
// (`if initialised { return }`), where a flag read as it is guards what
// follows.
func (s *scanner) guardCond(cond ast.Expr, early bool) bool {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LAND, token.LOR:
			return s.guardCond(c.X, early) || s.guardCond(c.Y, early)
		case token.LSS, token.GTR, token.LEQ, token.GEQ:
			// `if o.Total > best.Total` ranks the request against
			// state: it runs on any invocation that wins. (A refresh
			// such as `time.Since(loaded) > ttl` carries no request
			// data and stays a guard.)
			if (s.taint.of(c.X)|s.taint.of(c.Y))&^(1<<ReceiverBit) != 0 {
				return false
			}
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return s.refersToState(c.X)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if b, ok := s.pass.TypesInfo.TypeOf(c).Underlying().(*types.Basic); ok && b.Kind() == types.Bool && !early {
			return false
		}
	}
	return s.refersToState(cond)
}

// refersToState reports whether an expression reads package state, a
// local taken from it, or a field of a long-lived receiver.
func (s *scanner) refersToState(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			obj := s.pass.TypesInfo.ObjectOf(n)
			if isPackageVar(obj) {
				found = true
			}
			if v, ok := obj.(*types.Var); ok && capturedBy(v, s.lit) {
				found = true // a closure's lazy initialisation of what it captures
			}
			if v, ok := obj.(*types.Var); ok && s.fromPackageState(v) {
				found = true
			}
		case *ast.SelectorExpr:
			if isPackageVar(s.pass.TypesInfo.ObjectOf(n.Sel)) {
				found = true
			}
			if s.recv != nil && s.rootRecv(n, !s.recvPtr) {
				found = true // if h.client == nil on a long-lived receiver (not a copy of it)
			}
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// fromPackageState reports whether a local was defined from package state
// (c, ok := clients[key]; inited := client != nil).
func (s *scanner) fromPackageState(v *types.Var) bool {
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && s.pass.TypesInfo.ObjectOf(id) == v {
				for _, r := range as.Rhs {
					if v, _ := s.stateVar(r); v != nil || s.rootRecv(r, !s.recvPtr) || s.loadsState(r) {
						found = true // clients[key], c.clients[key] on the receiver, cached.Load()
					}
				}
			}
		}
		return true
	})
	return found
}

// loadsState reports a read from an in-memory container held in package
// state or by the receiver: cached.Load() of an atomic.Pointer,
// clients.Load(region) of a sync.Map, cache.Get(key) of a cache library.
func (s *scanner) loadsState(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := s.pass.TypesInfo.ObjectOf(sel.Sel).(*types.Func)
	return ok && readsContainer(fn) && (s.isStateVar(sel.X) || s.rootRecv(sel.X, false))
}

// isEarlyReturnGuard reports `if client != nil { return client }`: what
// follows in the block (rest) runs only while the state is unset. The rest
// must then set the state the test reads (the client, the map entry): a
// check such as `if tableName == "" { return errMissing }` or `if
// !enabled { return nil }` guards nothing after it.
func (s *scanner) isEarlyReturnGuard(st ast.Stmt, rest []ast.Stmt) bool {
	if !s.isGuardShape(st) {
		return false
	}
	t := s.testedState(st.(*ast.IfStmt).Cond)
	for _, r := range rest {
		if s.setsTested(t, r) {
			return true
		}
	}
	return false
}

// tested is the long-lived state an if condition reads.
type tested struct {
	vars map[*types.Var]bool // package variables and captured ones
	recv bool                // the long-lived receiver
}

// testedState returns the state cond reads, also through locals taken
// from it (c, ok := clients[key]; inited := client != nil).
func (s *scanner) testedState(cond ast.Expr) tested {
	t := tested{vars: map[*types.Var]bool{}}
	s.addTested(&t, cond, map[*types.Var]bool{})
	return t
}

func (s *scanner) addTested(t *tested, x ast.Node, locals map[*types.Var]bool) {
	info := s.pass.TypesInfo
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectorExpr:
			if v, ok := info.ObjectOf(n.Sel).(*types.Var); ok && isPackageVar(v) {
				t.vars[v] = true // pkg.Var
			}
			if s.recv != nil && s.rootRecv(n, !s.recvPtr) {
				t.recv = true
				if f := s.recvField(n); f != nil {
					t.vars[f] = true // if h.client == nil: the field, not all of h
				}
			}
		case *ast.Ident:
			v, ok := info.ObjectOf(n).(*types.Var)
			switch {
			case !ok:
			case isPackageVar(v) || capturedBy(v, s.lit):
				t.vars[v] = true
			case v == s.recv && v != nil:
				t.recv = true
			case !v.IsField() && !locals[v]:
				locals[v] = true
				for _, src := range s.assignedFrom(v) {
					s.addTested(t, src, locals)
				}
			}
		}
		return true
	})
}

// assignedFrom returns the values assigned to the local v in the body.
// The body's assignments are indexed in one walk, when first needed.
func (s *scanner) assignedFrom(v *types.Var) []ast.Expr {
	if s.assigned == nil {
		s.assigned = map[types.Object][]ast.Expr{}
		ast.Inspect(s.body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					obj := s.pass.TypesInfo.ObjectOf(id)
					if len(as.Rhs) == len(as.Lhs) {
						s.assigned[obj] = append(s.assigned[obj], as.Rhs[i])
					} else {
						s.assigned[obj] = append(s.assigned[obj], as.Rhs...)
					}
				}
			}
			return true
		})
	}
	return s.assigned[v]
}

// recvField returns the field of the receiver that e reaches first
// (clients in h.clients[k]), or nil.
func (s *scanner) recvField(e ast.Expr) *types.Var {
	info := s.pass.TypesInfo
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok && info.ObjectOf(id) == s.recv {
				f, _ := info.ObjectOf(x.Sel).(*types.Var)
				return f
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

// setsTested reports whether n sets state that t holds: assigns it,
// increments it, calls a mutating method on it, hands its address to a
// call (atomic.StoreInt32(&inited, 1)), or calls a function of this
// package that writes it.
func (s *scanner) setsTested(t tested, n ast.Node) bool {
	info := s.pass.TypesInfo
	hit := func(e ast.Expr) bool {
		if v, _ := s.stateVar(e); v != nil && t.vars[v] {
			return true
		}
		if !t.recv || !s.rootRecv(e, !s.recvPtr) {
			return false
		}
		// A field of the receiver: the one the test read. The receiver
		// itself, or a field not found, counts as all of it.
		f := s.recvField(e)
		return f == nil || t.vars[f]
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		switch m := m.(type) {
		case *ast.AssignStmt:
			if m.Tok == token.DEFINE {
				break
			}
			for _, l := range m.Lhs {
				if hit(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = hit(m.X)
		case *ast.CallExpr:
			sel, isSel := ast.Unparen(m.Fun).(*ast.SelectorExpr)
			if isSel {
				// initDone.Store(true), clients.Store(region, c), or a
				// method of the package's own type. A client's method
				// (ddb.PutItem) changes nothing the test reads.
				if fn, ok := info.ObjectOf(sel.Sel).(*types.Func); ok && (storesArgs(fn) || pointerMethod(fn) && (fn.Pkg() == s.pass.Pkg || fn.Pkg().Path() == "sync/atomic")) && hit(sel.X) {
					found = true
				}
			}
			for _, a := range m.Args {
				if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND && hit(u.X) {
					found = true
				}
			}
			if f := s.res.Of(typeutil.StaticCallee(info, m)); f != nil {
				for _, e := range f.Effects {
					if e.Kind != StateWrite {
						continue
					}
					switch {
					case e.Detail != ReceiverDetail:
						found = found || t.named(e.Detail)
					case isSel:
						found = found || hit(sel.X) // reg.Put(k, c) writes reg
					}
				}
			}
		}
		return true
	})
	return found
}

// named reports a tested variable called name: a helper's state write is
// known by the variable's name only.
func (t tested) named(name string) bool {
	for v := range t.vars {
		if v.Name() == name {
			return true
		}
	}
	return false
}

// pointerMethod reports a method with a pointer receiver, one that can
// change the value it is called on.
func pointerMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	_, ptr := sig.Recv().Type().(*types.Pointer)
	return ptr
}

// isGuardShape reports `if <state test> { …; return }`, or a cache
// lookup whose hit returns only while a test of the entry holds:
//
//	if v, ok := cache.Load(id); ok {
//		if e := v.(entry); time.Now().Before(e.expires) {
//			return e.val, nil
//		}
//		cache.Delete(id)
//	}
//
// The code after it runs on a miss or an expired entry, once per key and
// expiry, like the code after a plain lookup. The inner test must read
// the entry: `if o.Priority { return }` under the lookup lets every other
// request through.
func (s *scanner) isGuardShape(st ast.Stmt) bool {
	ifs, ok := st.(*ast.IfStmt)
	if !ok || ifs.Else != nil || len(ifs.Body.List) == 0 {
		return false
	}
	if !endsInReturn(ifs.Body) && !s.returnsWhileFresh(ifs) {
		return false
	}
	return s.guardCond(ifs.Cond, true)
}

func endsInReturn(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ret := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ret
}

// returnsWhileFresh reports an if whose body holds, at its top level, an
// `if <test> { …; return }` without else, where the test reads the entry
// the outer condition looked up (v, or e := v.(entry)): its freshness, not
// an error of something done with it (if err := notify(ctx, prev); err
// != nil { return err } returns only on failure).
func (s *scanner) returnsWhileFresh(outer *ast.IfStmt) bool {
	entry := map[types.Object]bool{}
	defines := func(st ast.Stmt, from func(ast.Expr) bool) {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			return
		}
		for _, r := range as.Rhs {
			if !from(r) {
				return
			}
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && s.pass.TypesInfo.Defs[id] != nil {
				entry[s.pass.TypesInfo.Defs[id]] = true
			}
		}
	}
	if outer.Init != nil {
		defines(outer.Init, s.refersToState)
	}
	readsEntry := func(e ast.Expr) bool { return refersTo(s.pass.TypesInfo, e, entry) }
	for _, st := range outer.Body.List {
		defines(st, readsEntry)
		inner, ok := st.(*ast.IfStmt)
		if !ok || inner.Else != nil || !endsInReturn(inner.Body) {
			continue
		}
		if inner.Init != nil {
			defines(inner.Init, readsEntry)
		}
		if readsEntry(inner.Cond) && !s.errorTest(inner.Cond) {
			return true
		}
	}
	return false
}

// awaitedAfter reports whether the function waits, after node, for work
// it started: a Wait call (sync.WaitGroup, errgroup.Group and the like), a
// channel receive or a range over a channel, a deferred Wait anywhere in
// the function, or a later call that is handed a channel or a WaitGroup (a
// helper that collects the results). The wait must be on something node
// refers to (the WaitGroup the goroutine marks done, the channel it sends
// on or closes): a receive on an unrelated channel, a timer or ctx.Done()
// does not wait for it. Waits inside node itself (the goroutine's own
// body) do not count.
func (s *scanner) awaitedAfter(node ast.Node) bool {
	if s.awaitedDirect(node) {
		return true
	}
	// A producer feeding a channel that awaited workers drain (the
	// workers finish only after it closes the channel) is awaited too.
	chans := map[types.Object]bool{}
	for v := range s.refs(node) {
		if _, ok := underlying(v.Type()).(*types.Chan); ok {
			chans[v] = true
		}
	}
	if len(chans) == 0 {
		return false
	}
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if found || !ok || g == node {
			return !found
		}
		for v := range s.refs(g) {
			if chans[v] && s.awaitedDirect(g) {
				found = true
			}
		}
		return true
	})
	return found
}

// leavesEarly returns a return statement of the function that comes after
// node (a go statement, g.Go(…)) and before the first wait for it, or that
// sits in the loop that starts it (leavesSpawning): on that path the
// handler returns while the goroutine runs (if err != nil { return err }
// between go and wg.Wait()). NoPos when every path waits, or a deferred
// Wait does. The prefix is the Detail's: EarlyReturn, or
// CollectReturn for a return inside the loop that receives the results
// (leavesCollecting).
func (s *scanner) leavesEarly(node ast.Node) (token.Pos, string) {
	info := s.pass.TypesInfo
	refs := s.refs(node)
	on := func(e ast.Expr) bool {
		v := rootObj(info, e)
		return v != nil && refs[v]
	}
	end := node.End()
	wait := token.NoPos
	var recv ast.Expr // the channel, when the first wait receives from one
	deferred := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		if n == nil || (n.Pos() >= node.Pos() && n.End() <= end) {
			return false
		}
		switch n := n.(type) {
		case *ast.GoStmt:
			// Another goroutine's waits (a closer's wg.Wait()) do
			// not hold the function; the one node runs in does.
			if n.Pos() > node.Pos() || n.End() < node.End() {
				return false
			}
		case *ast.DeferStmt:
			if deferWaits(info, n, on) {
				deferred = true
			}
		case *ast.CallExpr:
			if n.Pos() <= end {
				break
			}
			waits := false
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && waitMethod(info, sel) && on(sel.X) {
				waits = true
			}
			for _, a := range n.Args {
				if s.waitable(info.TypeOf(a)) && on(a) {
					waits = true
				}
			}
			if waits && (!wait.IsValid() || n.Pos() < wait) {
				wait, recv = n.Pos(), nil
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW && n.Pos() > end && on(n.X) && (!wait.IsValid() || n.Pos() < wait) {
				wait, recv = n.Pos(), n.X
			}
		case *ast.RangeStmt:
			if n.Pos() > end && on(n.X) && (!wait.IsValid() || n.Pos() < wait) {
				if _, ok := underlying(info.TypeOf(n.X)).(*types.Chan); ok {
					wait, recv = n.Pos(), n.X
				}
			}
		}
		return true
	})
	if deferred || !wait.IsValid() {
		return token.NoPos, ""
	}
	early := token.NoPos
	ast.Inspect(s.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if n.Pos() > end && n.End() <= wait && !early.IsValid() {
				early = n.Pos()
			}
		}
		return !early.IsValid()
	})
	if !early.IsValid() {
		early = s.leavesSpawning(node, wait, on)
	}
	if early.IsValid() {
		return early, EarlyReturn
	}
	if recv != nil && sendsOn(info, node, rootObj(info, recv)) {
		if r := s.leavesCollecting(end, wait, on); r.IsValid() {
			return r, CollectReturn
		}
	}
	return token.NoPos, ""
}

// leavesCollecting returns a return statement inside the loop that
// collects the results node's goroutines send, the innermost loop after
// end holding wait, the first receive: returning there on the first error
// leaves the goroutines whose results were not received still running
// (or blocked on their send for good). Not the returns firstReturn
// exempts: at the deadline, once the channel is closed (every sender
// done), after a wait.
func (s *scanner) leavesCollecting(end, wait token.Pos, on func(ast.Expr) bool) token.Pos {
	var loop *ast.BlockStmt
	ast.Inspect(s.body, func(n ast.Node) bool {
		if n == nil || n.End() <= wait || n.Pos() > wait {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt:
			if n.Pos() > end {
				loop = n.Body
			}
		case *ast.RangeStmt:
			if n.Pos() > end {
				loop = n.Body
			}
		}
		return true
	})
	if loop == nil {
		return token.NoPos
	}
	return s.firstReturn(loop, nil, on, func(r *ast.ReturnStmt) bool { return r.Pos() > wait })
}

// leavesSpawning returns a return statement in the loop that starts the
// goroutine (node), when the wait comes after the loop: a later
// iteration that returns (if err := validate(r); err != nil { return err
// }) leaves the goroutines of the earlier ones running.
func (s *scanner) leavesSpawning(node ast.Node, wait token.Pos, on func(ast.Expr) bool) token.Pos {
	var loop *ast.BlockStmt
	ast.Inspect(s.body, func(n ast.Node) bool {
		if n == nil || n.Pos() > node.Pos() || n.End() < node.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.ForStmt:
			loop = n.Body
		case *ast.RangeStmt:
			loop = n.Body
		case *ast.FuncLit:
			loop = nil // a loop outside the closure is not the closure's
		}
		return true
	})
	if loop == nil || loop.End() > wait {
		return token.NoPos
	}
	return s.firstReturn(loop, node, on, func(*ast.ReturnStmt) bool { return true })
}

// firstReturn returns the first return statement in loop, outside skip
// (the goroutine's own code) and function literals, that want accepts
// and that leaves the goroutines of on behind. These do not: a return in
// a select case on another channel or under an if testing for the
// context's end (the deadline: giving up on purpose, as x/sync's fan-out
// example does); one under an if testing the ok of a receive from one of
// on's channels (closed: every sender is done); one after a wait on
// on's WaitGroup or channel in its own block.
func (s *scanner) firstReturn(loop *ast.BlockStmt, skip ast.Node, on func(ast.Expr) bool, want func(*ast.ReturnStmt) bool) token.Pos {
	info := s.pass.TypesInfo
	closed := map[types.Object]bool{} // ok of `r, ok := <-results`
	ast.Inspect(loop, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 2 && len(as.Rhs) == 1 {
			if u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW && on(u.X) {
				if id, ok := as.Lhs[1].(*ast.Ident); ok && info.ObjectOf(id) != nil {
					closed[info.ObjectOf(id)] = true
				}
			}
		}
		return true
	})
	exempt := func(ret *ast.ReturnStmt, stack []ast.Node) bool {
		for i := len(stack) - 1; i >= 0; i-- {
			switch p := stack[i].(type) {
			case *ast.IfStmt:
				if s.deadlineTest(p) || refersTo(info, p.Cond, closed) {
					return true
				}
			case *ast.CommClause:
				if ch := commChan(p.Comm); ch != nil && !on(ch) {
					return true
				}
			}
		}
		// The statements before the return in its own block.
		var list []ast.Stmt
		switch p := stack[len(stack)-1].(type) {
		case *ast.BlockStmt:
			list = p.List
		case *ast.CommClause:
			list = p.Body
		case *ast.CaseClause:
			list = p.Body
		}
		for _, st := range list {
			if st.Pos() >= ret.Pos() {
				break
			}
			if s.waitsOn(st, on) {
				return true
			}
		}
		return false
	}
	early := token.NoPos
	var stack []ast.Node
	ast.Inspect(loop, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if early.IsValid() || (skip != nil && n.Pos() >= skip.Pos() && n.End() <= skip.End()) {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if want(n) && !exempt(n, stack) {
				early = n.Pos()
			}
			return false
		}
		stack = append(stack, n)
		return true
	})
	return early
}

// waitsOn reports a statement that waits for on's goroutines: a Wait (or
// a semaphore's Acquire) on their WaitGroup, a receive from their
// channel.
func (s *scanner) waitsOn(st ast.Stmt, on func(ast.Expr) bool) bool {
	return waitsIn(s.pass.TypesInfo, st, on)
}

// waitsIn reports a wait on what on accepts in n, outside the function
// literals in it: a Wait (or a semaphore's Acquire) call, a receive.
func waitsIn(info *types.Info, n ast.Node, on func(ast.Expr) bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && waitMethod(info, sel) && on(sel.X) {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW && on(n.X) {
				found = true
			}
		}
		return !found
	})
	return found
}

// refersTo reports whether e uses one of objs.
func refersTo(info *types.Info, e ast.Expr, objs map[types.Object]bool) bool {
	if len(objs) == 0 || e == nil {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && objs[info.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// deadlineTest reports an if that tests for the context's end: the error
// of a semaphore's Acquire (which fails only when the context is done),
// ctx.Err(), <-ctx.Done(). Returning there is giving up at the deadline,
// as x/sync's own fan-out example does, not leaving work behind.
func (s *scanner) deadlineTest(ifs *ast.IfStmt) bool {
	info := s.pass.TypesInfo
	found := false
	check := func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				switch {
				case sel.Sel.Name == "Acquire" && waitMethod(info, sel):
					found = true
				case (sel.Sel.Name == "Err" || sel.Sel.Name == "Done") && sdk.IsContext(info.TypeOf(sel.X)):
					found = true
				}
			}
		}
		return !found
	}
	if ifs.Init != nil {
		ast.Inspect(ifs.Init, check)
	}
	ast.Inspect(ifs.Cond, check)
	return found
}

// sendsOn reports whether node sends on the channel ch.
func sendsOn(info *types.Info, node ast.Node, ch types.Object) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		if send, ok := n.(*ast.SendStmt); ok && ch != nil && rootObj(info, send.Chan) == ch {
			found = true
		}
		return !found
	})
	return found
}

// commChan is the channel a select case sends on or receives from.
func commChan(comm ast.Stmt) ast.Expr {
	var x ast.Expr
	switch c := comm.(type) {
	case *ast.SendStmt:
		return c.Chan
	case *ast.ExprStmt:
		x = c.X
	case *ast.AssignStmt:
		if len(c.Rhs) == 1 {
			x = c.Rhs[0]
		}
	}
	if u, ok := ast.Unparen(x).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		return u.X
	}
	return nil
}

// waitMethod reports a method that blocks until the work on its receiver
// ends: Wait (sync.WaitGroup, errgroup.Group, worker pools) or the
// Acquire of a semaphore (a type with Acquire and Release, as
// x/sync/semaphore.Weighted) taken again after the goroutines that
// release it (sem.Acquire(ctx, workers) returns once every one has); not
// a pool's Acquire of a connection (pgxpool.Pool has no Release).
func waitMethod(info *types.Info, sel *ast.SelectorExpr) bool {
	switch sel.Sel.Name {
	case "Wait":
		return true
	case "Acquire":
		t := info.TypeOf(sel.X)
		if t == nil {
			return false
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Release")
		_, ok := obj.(*types.Func)
		return ok
	}
	return false
}

// deferWaits reports a deferred wait on what on accepts: defer wg.Wait(),
// or a deferred closure that waits (defer func() { cancel(); <-done }()).
func deferWaits(info *types.Info, d *ast.DeferStmt, on func(ast.Expr) bool) bool {
	if sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr); ok && waitMethod(info, sel) && on(sel.X) {
		return true
	}
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	return ok && waitsIn(info, lit.Body, on)
}

// handsOver reports a generator: the function returns a channel the
// goroutine uses (out := make(chan T); go func() { defer close(out); … }();
// return out), so the caller that ranges over the result waits for it.
func (s *scanner) handsOver(g *ast.GoStmt) bool {
	info := s.pass.TypesInfo
	chans := map[types.Object]bool{}
	for v := range s.refs(g) {
		if _, ok := underlying(v.Type()).(*types.Chan); ok {
			chans[v] = true
		}
	}
	// r, w := io.Pipe(); go func() { defer w.Close(); … }(); return
	// &events.LambdaFunctionURLStreamingResponse{Body: r}: the runtime
	// reads the body to its end before the invocation ends.
	for v := range s.refs(g) {
		if r := s.pipeReader(v); r != nil {
			chans[r] = true
		}
	}
	if len(chans) == 0 {
		return false
	}
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == s.lit // returns inside another closure are its own
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				ast.Inspect(r, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && chans[info.ObjectOf(id)] {
						found = true
					}
					return !found
				})
			}
		}
		return !found
	})
	return found
}

// pipeReader returns the reader made with the pipe writer w
// (r, w := io.Pipe()), or nil.
func (s *scanner) pipeReader(w types.Object) types.Object {
	info := s.pass.TypesInfo
	var r types.Object
	ast.Inspect(s.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return r == nil
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := typeutil.StaticCallee(info, call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "io" || fn.Name() != "Pipe" {
			return true
		}
		if id, ok := as.Lhs[1].(*ast.Ident); ok && info.ObjectOf(id) == w {
			if rid, ok := as.Lhs[0].(*ast.Ident); ok {
				r = info.ObjectOf(rid)
			}
		}
		return r == nil
	})
	return r
}

// refs returns the variables node refers to (context values aside) and the
// package variables used by the function of this package it calls.
func (s *scanner) refs(node ast.Node) map[types.Object]bool {
	info := s.pass.TypesInfo
	refs := map[types.Object]bool{}
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && !sdk.IsContext(v.Type()) {
				refs[v] = true
			}
		}
		return true
	})
	// A function of this package started or called here may wait on
	// package state (a package-level WaitGroup or channel).
	call, _ := node.(*ast.CallExpr)
	if g, ok := node.(*ast.GoStmt); ok {
		call = g.Call
	}
	if call != nil {
		if fd := s.res.decls[typeutil.StaticCallee(info, call)]; fd != nil {
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && isPackageVar(info.ObjectOf(id)) {
					refs[info.ObjectOf(id)] = true
				}
				return true
			})
		}
	}
	return refs
}

func (s *scanner) awaitedDirect(node ast.Node) bool {
	info := s.pass.TypesInfo
	refs := s.refs(node)
	// for _, f := range futures { <-f } receives on the channels the
	// goroutines were given as futures[i].
	ast.Inspect(s.body, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok && r.Value != nil {
			if v := rootObj(info, r.X); v != nil && refs[v] {
				if id, ok := r.Value.(*ast.Ident); ok && info.ObjectOf(id) != nil {
					refs[info.ObjectOf(id)] = true
				}
			}
		}
		return true
	})
	on := func(e ast.Expr) bool {
		v := rootObj(info, e)
		return v != nil && refs[v]
	}
	start, end := node.Pos(), node.End()
	found := false
	ast.Inspect(s.body, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if n.Pos() >= start && n.End() <= end {
			return false
		}
		if d, ok := n.(*ast.DeferStmt); ok && deferWaits(info, d, on) {
			found = true
			return false
		}
		if n.End() < start {
			return false // it and all it holds come before node
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if n.Pos() <= end {
				break
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && waitMethod(info, sel) && on(sel.X) {
				found = true
			}
			for _, a := range n.Args {
				if s.waitable(info.TypeOf(a)) && on(a) {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW && n.Pos() > end && on(n.X) {
				found = true
			}
		case *ast.RangeStmt:
			if t := info.TypeOf(n.X); t != nil && n.Pos() > end && on(n.X) {
				if _, ok := t.Underlying().(*types.Chan); ok {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// rootObj returns the variable at the root of x, x.f, x[i], *x, &x.
func rootObj(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := info.ObjectOf(x).(*types.Var); ok {
				return v
			}
			return nil
		case *ast.SelectorExpr:
			if v, ok := info.ObjectOf(x.Sel).(*types.Var); ok && !v.IsField() {
				return v // pkg.Var
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		default:
			return nil
		}
	}
}

// waitable reports a channel (not send-only) or a value with a Wait method
// (sync.WaitGroup, errgroup.Group), which a callee may wait on.
func (s *scanner) waitable(t types.Type) bool {
	if t == nil {
		return false
	}
	if ch, ok := t.Underlying().(*types.Chan); ok {
		return ch.Dir() != types.SendOnly
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Wait")
	_, ok := obj.(*types.Func)
	return ok
}

func (s *scanner) isStateVar(e ast.Expr) bool {
	v, _ := s.stateVar(e)
	return v != nil
}

// errorTest reports a comparison of an error with nil (err != nil).
func (s *scanner) errorTest(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (b.Op != token.NEQ && b.Op != token.EQL) {
		return false
	}
	return isError(s.pass.TypesInfo.TypeOf(b.X)) || isError(s.pass.TypesInfo.TypeOf(b.Y))
}
