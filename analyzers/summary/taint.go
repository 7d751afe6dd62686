package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

// taint tracks which of a function's parameters flow into its local
// variables: a simple flow-insensitive pass over assignments, iterated to
// a fixed point. A context.Context passed to a call does not make the
// result request data (it carries a deadline), except through
// lambdacontext.FromContext and ctx.Value.
type taint struct {
	info *types.Info
	vars map[types.Object]uint64
	// computed holds the variables assigned, somewhere, a value that a
	// call computed (v, err := fetch(ctx, key)): request data reworked,
	// not carried as it came (see direct).
	computed map[types.Object]bool
}

func newTaint(info *types.Info, ftype *ast.FuncType, recv *ast.FieldList, body *ast.BlockStmt) *taint {
	t := &taint{info: info, vars: map[types.Object]uint64{}, computed: map[types.Object]bool{}}
	i := 0
	if ftype.Params != nil {
		for _, field := range ftype.Params.List {
			if len(field.Names) == 0 {
				i++
				continue
			}
			for _, name := range field.Names {
				if obj := info.Defs[name]; obj != nil && i < ReceiverBit {
					t.vars[obj] = 1 << i
				}
				i++
			}
		}
	}
	if recv != nil {
		for _, field := range recv.List {
			for _, name := range field.Names {
				if obj := info.Defs[name]; obj != nil {
					t.vars[obj] = 1 << ReceiverBit
				}
			}
		}
	}
	if body == nil {
		return t
	}
	for iter := 0; iter < 4; iter++ {
		changed := false
		flow := func(lhs ast.Expr, bits uint64, rhs ast.Expr) {
			if bits == 0 {
				return
			}
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				return
			}
			obj := info.ObjectOf(id)
			if obj == nil || isPackageVar(obj) {
				return
			}
			if !t.callFree(rhs) && !t.computed[obj] {
				t.computed[obj] = true
				changed = true
			}
			if t.vars[obj]|bits != t.vars[obj] {
				t.vars[obj] |= bits
				changed = true
			}
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						flow(n.Lhs[i], t.of(n.Rhs[i]), n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 {
					b := t.of(n.Rhs[0])
					for _, l := range n.Lhs {
						flow(l, b, n.Rhs[0])
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if len(n.Values) == len(n.Names) {
						flow(name, t.of(n.Values[i]), n.Values[i])
					} else if len(n.Values) == 1 {
						flow(name, t.of(n.Values[0]), n.Values[0])
					}
				}
			case *ast.CallExpr:
				// json.Unmarshal([]byte(e.Body), &o) fills o from the
				// event: o carries it as it came, so it is not marked
				// computed.
				if !decodes(info, n) {
					break
				}
				bits := t.call(n)
				// Decoding what a call fetched (out.Body of a GetObject)
				// gives a computed value, as the fetch does.
				computed := t.readsComputed(n)
				for _, out := range decodeTargets(info, n) {
					id, ok := ast.Unparen(out).(*ast.Ident)
					if !ok {
						continue
					}
					obj := info.ObjectOf(id)
					if obj == nil || isPackageVar(obj) {
						continue
					}
					if computed && !t.computed[obj] {
						t.computed[obj] = true
						changed = true
					}
					if t.vars[obj]|bits != t.vars[obj] {
						t.vars[obj] |= bits
						changed = true
					}
				}
			case *ast.RangeStmt:
				b := t.of(n.X)
				if n.Key != nil {
					flow(n.Key, b, n.X)
				}
				if n.Value != nil {
					flow(n.Value, b, n.X)
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
	return t
}

// decodes reports a call that fills the variables its pointer arguments
// point to from its other arguments or its receiver: json.Unmarshal,
// xml.Unmarshal, proto.Unmarshal, attributevalue.UnmarshalMap, a
// json.Decoder's Decode, mapstructure.Decode. Recognised by name, as every
// codec names them.
func decodes(info *types.Info, call *ast.CallExpr) bool {
	var name string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	default:
		return false
	}
	// The name first: this runs on every call of every function summarised.
	if !CodecName(name) {
		return false
	}
	_, ok := typeutil.Callee(info, call).(*types.Func)
	return ok
}

// CodecName reports a function or method named as codecs name what
// decodes: Unmarshal…, Decode….
func CodecName(name string) bool {
	return strings.HasPrefix(name, "Unmarshal") || strings.HasPrefix(name, "Decode")
}

// decodeTargets returns what a decoding call fills: the operand x of each
// &x argument, and each argument that is a pointer variable.
func decodeTargets(info *types.Info, call *ast.CallExpr) []ast.Expr {
	var out []ast.Expr
	for _, a := range call.Args {
		switch a := ast.Unparen(a).(type) {
		case *ast.UnaryExpr:
			if a.Op == token.AND {
				out = append(out, a.X)
			}
		case *ast.Ident:
			if _, ok := info.TypeOf(a).(*types.Pointer); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// of returns the parameters that flow into the value of e.
func (t *taint) of(e ast.Expr) uint64 {
	var bits uint64
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if obj := t.info.ObjectOf(n); obj != nil {
				bits |= t.vars[obj]
			}
		case *ast.CallExpr:
			bits |= t.call(n)
			return false
		case *ast.IndexExpr:
			if t.stateMap(n.X) {
				// clients[region]: what the map holds, looked up by
				// request data, is not the request data itself
				// (c, ok := clients[region]; if !ok { …; clients[region]
				// = c } caches clients, it records no regions).
				bits |= t.of(n.X)
				return false
			}
		case *ast.BinaryExpr:
			switch n.Op {
			case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
				return false // a comparison is not the data
			}
		}
		return true
	})
	return bits
}

func (t *taint) call(call *ast.CallExpr) uint64 {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := t.info.ObjectOf(id).(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap":
				return 0 // sizes and counts are not request data
			}
		}
	}
	fn := typeutil.StaticCallee(t.info, call)
	fromCtx := false
	if fn != nil && fn.Pkg() != nil {
		fromCtx = fn.Pkg().Path() == sdk.LambdacontextPkg ||
			(fn.Pkg().Path() == "context" && fn.Name() == "Value")
	}
	var bits uint64
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, isMethod := t.info.Selections[sel]; isMethod {
			bits |= t.of(sel.X)
		}
	} else {
		bits |= t.of(call.Fun)
	}
	for _, a := range call.Args {
		if !fromCtx && sdk.IsContext(t.info.TypeOf(a)) {
			continue
		}
		bits |= t.of(a)
	}
	return bits
}

// readsComputed reports a call whose arguments or receiver read a
// variable a call computed.
func (t *taint) readsComputed(call *ast.CallExpr) bool {
	found := false
	ast.Inspect(call, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && t.computed[t.info.ObjectOf(id)] {
			found = true
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// callFree reports an expression that carries data as it came: no call
// other than a conversion, and no variable a call computed.
func (t *taint) callFree(e ast.Expr) bool {
	free := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if tv, ok := t.info.Types[n.Fun]; !ok || !tv.IsType() {
				free = false
			}
		case *ast.Ident:
			if t.computed[t.info.ObjectOf(n)] {
				free = false
			}
		}
		return free
	})
	return free
}

// direct reports request data stored as it came (e.Body, r.MessageId,
// a local copied from them), not a value computed from it.
func (t *taint) direct(e ast.Expr) bool {
	return t.of(e)&^(1<<ReceiverBit) != 0 && t.callFree(e) // a receiver's own field is not request data
}

// indexes returns the parameters that flow into the index and key
// expressions of an lvalue: seen[event.ID] = true stores request data too.
func (t *taint) indexes(e ast.Expr) uint64 {
	var bits uint64
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.IndexExpr:
			bits |= t.of(x.Index)
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return bits
		}
	}
}

// stateMap reports a map held in a package variable or by the receiver
// (clients, h.clients).
func (t *taint) stateMap(x ast.Expr) bool {
	if _, ok := t.info.TypeOf(x).Underlying().(*types.Map); !ok {
		return false
	}
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.Ident:
			obj := t.info.ObjectOf(e)
			return isPackageVar(obj) || t.vars[obj]&(1<<ReceiverBit) != 0
		case *ast.SelectorExpr:
			if isPackageVar(t.info.ObjectOf(e.Sel)) {
				return true
			}
			x = e.X
		default:
			return false
		}
	}
}
