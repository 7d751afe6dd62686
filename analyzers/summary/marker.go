package summary

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
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
	return setsMarker(info, body, call, marks)
}

// markerGuardVia is MarkerGuard for a write made by fd, a helper of the
// package that body calls: body skips the marked records, and the write
// of fd at where (the one the trigger write comes from, "store.go:12:3")
// sets the marker (normalize(ctx, table, …) whose UpdateItem sets
// normalizedAt).
func markerGuardVia(pass *analysis.Pass, body ast.Node, fd *ast.FuncDecl, at string) bool {
	info := pass.TypesInfo
	if body == nil || fd == nil || fd.Body == nil {
		return false
	}
	marks := skippedMarkers(info, body)
	if len(marks) == 0 {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found && where(pass.Fset, call.Pos()) == at {
			found = setsMarker(info, fd.Body, call, marks)
		}
		return !found
	})
	return found
}

// setsMarker reports whether call, a DynamoDB UpdateItem or PutItem in
// body, sets one of the attributes marks.
func setsMarker(info *types.Info, body ast.Node, call *ast.CallExpr, marks map[string]bool) bool {
	arg, _ := sdkInput(info, call, "dynamodb", "UpdateItemInput", "PutItemInput")
	if arg == nil {
		return false
	}
	fields, _ := inputFields(info, body, arg)
	sets := ""
	if e := fields["UpdateExpression"]; e != nil {
		sets = setClauses(constString(info, unwrapString(info, e)))
	}
	names := map[string]string{} // #m -> enriched
	if lit, ok := ast.Unparen(fields["ExpressionAttributeNames"]).(*ast.CompositeLit); ok {
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				names[constString(info, kv.Key)] = constString(info, kv.Value)
			}
		}
	}
	for m := range marks {
		if hasWord(sets, m) {
			return true
		}
		for alias, name := range names {
			if name == m && alias != "" && hasWord(sets, alias) {
				return true
			}
		}
		if lit, ok := ast.Unparen(fields["Item"]).(*ast.CompositeLit); ok {
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && constString(info, kv.Key) == m {
					return true
				}
			}
		}
	}
	return false
}

var clauseWord = regexp.MustCompile(`(?i)\b(SET|REMOVE|ADD|DELETE)\b`)

// setClauses returns the SET and ADD clauses of an update expression,
// which give attributes values (REMOVE and DELETE take them away).
func setClauses(expr string) string {
	var out string
	locs := clauseWord.FindAllStringIndex(expr, -1)
	for i, l := range locs {
		end := len(expr)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		switch w := expr[l[0]:l[1]]; {
		case len(w) == 3: // SET or ADD
			out += " " + expr[l[1]:end]
		}
	}
	return out
}

// hasWord reports name as a whole word of text (#m, enriched): not part
// of a longer name such as enriched_at or #mx, nor a value placeholder
// (:enriched) or a nested path (info.enriched), which set another
// attribute.
func hasWord(text, name string) bool {
	word := func(b byte) bool {
		return b == '_' || b == '#' || b == ':' || b == '.' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
	}
	for i := 0; name != "" && i <= len(text); {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(name)
		if (start == 0 || !word(text[start-1])) && (end == len(text) || !word(text[end])) {
			return true
		}
		i = start + 1
	}
	return false
}

// skippedMarkers returns the attributes of a record's new image that an
// if leaving the loop or the function for the items that have them tests:
// NewImage["enriched"] in its init or condition, not negated (an if that
// leaves for items without the attribute skips the wrong ones).
func skippedMarkers(info *types.Info, body ast.Node) map[string]bool {
	out := map[string]bool{}
	// img := r.Change.NewImage: a local name for the image.
	images := map[types.Object]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, r := range as.Rhs {
				if sel, ok := ast.Unparen(r).(*ast.SelectorExpr); ok && sel.Sel.Name == "NewImage" {
					if id, ok := as.Lhs[i].(*ast.Ident); ok && info.ObjectOf(id) != nil {
						images[info.ObjectOf(id)] = true
					}
				}
			}
		}
		return true
	})
	isImage := func(e ast.Expr) bool {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			return x.Sel.Name == "NewImage"
		case *ast.Ident:
			return images[info.ObjectOf(x)]
		}
		return false
	}
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
		negated := false
		ast.Inspect(ifs.Cond, func(m ast.Node) bool {
			if u, ok := m.(*ast.UnaryExpr); ok && u.Op == token.NOT {
				negated = true // !ok: leaves for items without the marker
			}
			return !negated
		})
		if negated {
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
				if isImage(ix.X) {
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
