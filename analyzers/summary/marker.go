package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
)

// MarkerGuard reports a DynamoDB Streams consumer that writes back to its
// table only items it has not marked: it leaves (continue or return) for
// records whose new image has an attribute (if _, ok :=
// r.Change.NewImage["enriched"]; ok { continue }), and the write sets
// that attribute (UpdateExpression "SET enriched = :t", or a key of the
// PutItem's Item). The record its own write produces carries the marker
// and is skipped, so the loop stops after one round.
func MarkerGuard(info *types.Info, body ast.Node, call *ast.CallExpr) bool {
	if body == nil || call == nil {
		return false
	}
	marks := skippedMarkers(info, body)
	if len(marks) == 0 {
		return false
	}
	arg, _ := sdkInput(info, call, "dynamodb", "UpdateItemInput", "PutItemInput")
	if arg == nil {
		return false
	}
	fields, _ := inputFields(info, body, arg)
	for m := range marks {
		word := regexp.MustCompile(`(^|[^A-Za-z0-9_])` + regexp.QuoteMeta(m) + `($|[^A-Za-z0-9_])`)
		if e := fields["UpdateExpression"]; e != nil && word.MatchString(constString(info, unwrapString(info, e))) {
			return true
		}
		for _, f := range []string{"ExpressionAttributeNames", "Item"} {
			if lit, ok := ast.Unparen(fields[f]).(*ast.CompositeLit); ok {
				for _, el := range lit.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if constString(info, kv.Key) == m || (f == "ExpressionAttributeNames" && constString(info, kv.Value) == m) {
						return true
					}
				}
			}
		}
	}
	return false
}

// skippedMarkers returns the attributes of a record's new image that an
// if leaving the loop or the function tests: NewImage["enriched"] in its
// init or condition.
func skippedMarkers(info *types.Info, body ast.Node) map[string]bool {
	out := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || ifs.Else != nil || len(ifs.Body.List) != 1 {
			return true
		}
		switch s := ifs.Body.List[0].(type) {
		case *ast.ReturnStmt:
		case *ast.BranchStmt:
			if s.Tok != token.CONTINUE {
				return true
			}
		default:
			return true
		}
		for _, part := range []ast.Node{ifs.Init, ifs.Cond} {
			if part == nil {
				continue
			}
			ast.Inspect(part, func(m ast.Node) bool {
				ix, ok := m.(*ast.IndexExpr)
				if !ok {
					return true
				}
				if sel, ok := ast.Unparen(ix.X).(*ast.SelectorExpr); ok && sel.Sel.Name == "NewImage" {
					if k := constString(info, ix.Index); k != "" {
						out[k] = true
					}
				}
				return true
			})
		}
		return true
	})
	return out
}

// unwrapString removes aws.String(…) around a string.
func unwrapString(info *types.Info, e ast.Expr) ast.Expr {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
		if constString(info, call.Args[0]) != "" {
			return call.Args[0]
		}
	}
	return e
}
