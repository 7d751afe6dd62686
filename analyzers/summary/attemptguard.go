package summary

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// attributeClass is the EventSources class of SQS and SNS message
// attributes; an attribute read by a constant key has the class
// attributeClass+":"+key.
const attributeClass = "attribute"

// EventMessageAttribute classifies the message attributes of SQS messages
// and SNS notifications, the ones the sender sets (not SQS's own
// Attributes: ApproximateReceiveCount starts again for a message sent
// anew), for guards.
func EventMessageAttribute(typeName, field string) string {
	if (typeName == "SQSMessage" || typeName == "SNSEntity") && field == "MessageAttributes" {
		return attributeClass
	}
	return ""
}

// AttemptGuard reports whether a message the function sends back to the
// queue or topic it came from (call, a SendMessage or Publish in body)
// carries a counter the function checks, so the loop ends: before the
// write, an if whose last statement leaves (continue, break, return)
// tests a value read from the record's MessageAttributes under a constant
// key K, and the written message's MessageAttributes (a composite literal)
// sets K to a value that adds to one read from K (n+1). Checking an
// attribute and copying it forward unchanged still loops (unless the if
// leaves when the key is there at all: presence), and so does a
// counter kept in SQS's own ApproximateReceiveCount. The counter may be
// read through a function of the package (n := attempt(m) + 1) when decl
// finds its declaration; one written in a helper is not seen.
func AttemptGuard(info *types.Info, body ast.Node, call *ast.CallExpr, decl func(*types.Func) *ast.FuncDecl) bool {
	if body == nil {
		return false
	}
	written := writtenAttributes(info, call)
	if len(written) == 0 {
		return false
	}
	attrs := &attemptReads{EventSources: NewEventSources(info, body, EventMessageAttribute), info: info, body: body, decl: decl}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		ifs, ok := n.(*ast.IfStmt)
		if !ok || ifs.End() > call.Pos() || !leaves(ifs.Body.List, true) {
			return true
		}
		for key := range attributeKeys(attrs, ifs.Cond) {
			if v, ok := written[key]; ok && (counts(attrs, v, key) || presence(info, ifs)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// attemptReads classifies the values a body reads from message
// attributes: as EventSources does, and also through a function of the
// package that returns one (attempt(m)) and a local given such a value
// once (n := attempt(m) + 1).
type attemptReads struct {
	*EventSources
	info *types.Info
	body ast.Node
	decl func(*types.Func) *ast.FuncDecl
	// helpers memoises helperKey: the condition and the written values
	// ask about the same call more than once.
	helpers map[*types.Func]string
}

// key returns the attribute key whose value e reads, or "".
func (t *attemptReads) key(e ast.Expr) string {
	if k, ok := strings.CutPrefix(t.Of(e), attributeClass+":"); ok {
		return k
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return t.helperKey(x)
	case *ast.Ident:
		if v := onlyValue(t.info, t.body, t.info.ObjectOf(x)); v != nil {
			if b, ok := ast.Unparen(v).(*ast.BinaryExpr); ok && b.Op == token.ADD {
				if k := t.key(b.X); k != "" {
					return k
				}
				return t.key(b.Y)
			}
			return t.key(v)
		}
	}
	return ""
}

// helperKey returns K when call calls a function of the package whose
// every return that reads an attribute reads K.
func (t *attemptReads) helperKey(call *ast.CallExpr) string {
	if t.decl == nil {
		return ""
	}
	fn := typeutil.StaticCallee(t.info, call)
	if fn == nil {
		return ""
	}
	if k, ok := t.helpers[fn]; ok {
		return k
	}
	if t.helpers == nil {
		t.helpers = map[*types.Func]string{}
	}
	k := t.returnedKey(fn)
	t.helpers[fn] = k
	return k
}

// returnedKey is helperKey's answer for fn.
func (t *attemptReads) returnedKey(fn *types.Func) string {
	fd := t.decl(fn)
	if fd == nil || fd.Body == nil {
		return ""
	}
	inner := NewEventSources(t.info, fd.Body, EventMessageAttribute)
	key := ""
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 {
			return true
		}
		if k, ok := strings.CutPrefix(inner.Of(ret.Results[0]), attributeClass+":"); ok {
			if key != "" && key != k {
				key = "\x00" // two keys: neither
			} else {
				key = k
			}
		}
		return true
	})
	if key == "\x00" {
		return ""
	}
	return key
}

// attributeKeys returns the keys of the message attributes read in e.
func attributeKeys(t *attemptReads, e ast.Expr) map[string]bool {
	keys := map[string]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok {
			if _, bin := x.(*ast.BinaryExpr); !bin {
				if k := t.key(x); k != "" {
					keys[k] = true
				}
			}
		}
		return true
	})
	return keys
}

// presence reports an if that leaves when a lookup finds its key: `if _,
// relayed := attrs["relayed"]; relayed { continue }`. A message the
// function marks with that key is skipped when it comes back, whatever
// the value: one hop, not a loop.
func presence(info *types.Info, ifs *ast.IfStmt) bool {
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr); !ok {
		return false
	}
	okID, ok1 := ast.Unparen(as.Lhs[1]).(*ast.Ident)
	cond, ok2 := ast.Unparen(ifs.Cond).(*ast.Ident)
	return ok1 && ok2 && info.ObjectOf(okID) != nil && info.ObjectOf(okID) == info.ObjectOf(cond)
}

// counts reports whether v, the value written for attribute key, adds to
// a value read from that attribute: strconv.Itoa(n + 1), or
// strconv.Itoa(n) after n := attempt(m) + 1.
func counts(t *attemptReads, v ast.Expr, key string) bool {
	found := false
	ast.Inspect(v, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.ADD && !found {
				found = t.key(n.X) == key || t.key(n.Y) == key
			}
		case *ast.Ident:
			if val := onlyValue(t.info, t.body, t.info.ObjectOf(n)); val != nil && !found {
				if b, ok := ast.Unparen(val).(*ast.BinaryExpr); ok && b.Op == token.ADD {
					found = t.key(b.X) == key || t.key(b.Y) == key
				}
			}
		}
		return !found
	})
	return found
}

// writtenAttributes returns, by key, the values of the MessageAttributes
// a SendMessage or Publish input literal among call's arguments sets.
func writtenAttributes(info *types.Info, call *ast.CallExpr) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	for _, arg := range call.Args {
		x := ast.Unparen(arg)
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			x = ast.Unparen(u.X)
		}
		in, ok := x.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, el := range in.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); !ok || id.Name != "MessageAttributes" {
				continue
			}
			m, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				continue
			}
			for _, e := range m.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if tv, ok := info.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
						out[constant.StringVal(tv.Value)] = kv.Value
					}
				}
			}
		}
	}
	return out
}
