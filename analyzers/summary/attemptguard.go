package summary

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
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
// counter kept in SQS's own ApproximateReceiveCount. A counter read or
// written in a helper is not seen.
func AttemptGuard(info *types.Info, body ast.Node, call *ast.CallExpr) bool {
	if body == nil {
		return false
	}
	written := writtenAttributes(info, call)
	if len(written) == 0 {
		return false
	}
	attrs := NewEventSources(info, body, EventMessageAttribute)
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

// attributeKeys returns the keys of the message attributes read in e.
func attributeKeys(t *EventSources, e ast.Expr) map[string]bool {
	keys := map[string]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok {
			if _, bin := x.(*ast.BinaryExpr); !bin {
				if k, ok := strings.CutPrefix(t.Of(x), attributeClass+":"); ok {
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
// a value read from that attribute: strconv.Itoa(n + 1).
func counts(t *EventSources, v ast.Expr, key string) bool {
	found := false
	ast.Inspect(v, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && b.Op == token.ADD && !found {
			found = t.Of(b.X) == attributeClass+":"+key || t.Of(b.Y) == attributeClass+":"+key
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
