package summary

import (
	"go/ast"
	"go/types"
)

// EventMessageAttribute classifies the message attributes of SQS messages
// and SNS notifications, the ones the sender sets (not SQS's own
// Attributes: ApproximateReceiveCount starts again for a message sent
// anew), for guards.
func EventMessageAttribute(typeName, field string) string {
	if (typeName == "SQSMessage" || typeName == "SNSEntity") && field == "MessageAttributes" {
		return "attribute"
	}
	return ""
}

// AttemptGuard reports whether a message the function sends back to the
// queue or topic it came from (call, SendMessage or Publish) carries a
// counter the function checks: body has an if whose condition reads a
// message attribute and whose branch leaves (continue, break, return),
// and the message written sets MessageAttributes. Such a function retries
// a bounded number of times (the counter goes up with each copy) instead
// of looping forever. A counter read in a helper is not seen.
func AttemptGuard(info *types.Info, body ast.Node, call *ast.CallExpr) bool {
	if body == nil || !setsMessageAttributes(info, body, call) {
		return false
	}
	attrs := NewEventSources(info, body, EventMessageAttribute)
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if ifs, ok := n.(*ast.IfStmt); ok && !found {
			found = mentions(attrs, ifs.Cond) && branchLeaves(ifs.Body)
		}
		return !found
	})
	return found
}

// setsMessageAttributes reports whether the input of call (a composite
// literal, or a local built from one or given the field later) sets
// MessageAttributes.
func setsMessageAttributes(info *types.Info, body ast.Node, call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		x := ast.Unparen(arg)
		if u, ok := x.(*ast.UnaryExpr); ok {
			x = ast.Unparen(u.X)
		}
		switch x := x.(type) {
		case *ast.CompositeLit:
			if hasKey(x, "MessageAttributes") {
				return true
			}
		case *ast.Ident:
			if obj := info.ObjectOf(x); obj != nil && localSetsAttributes(info, body, obj) {
				return true
			}
		}
	}
	return false
}

// localSetsAttributes reports whether body builds the variable obj from a
// literal with MessageAttributes, or assigns obj.MessageAttributes.
func localSetsAttributes(info *types.Info, body ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for i, l := range as.Lhs {
			switch l := ast.Unparen(l).(type) {
			case *ast.SelectorExpr:
				if id, ok := ast.Unparen(l.X).(*ast.Ident); ok && info.ObjectOf(id) == obj && l.Sel.Name == "MessageAttributes" {
					found = true
				}
			case *ast.Ident:
				if info.ObjectOf(l) != obj || len(as.Rhs) != len(as.Lhs) {
					continue
				}
				r := ast.Unparen(as.Rhs[i])
				if u, ok := r.(*ast.UnaryExpr); ok {
					r = ast.Unparen(u.X)
				}
				if cl, ok := r.(*ast.CompositeLit); ok && hasKey(cl, "MessageAttributes") {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func hasKey(cl *ast.CompositeLit, name string) bool {
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return true
			}
		}
	}
	return false
}
