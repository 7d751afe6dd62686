package envconfig

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// isMapVar reports a variable holding a map.
func isMapVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() {
		return false
	}
	_, ok = v.Type().Underlying().(*types.Map)
	return ok
}

// mapValue resolves m[k] where m is a map variable of the package
// assigned once, from a literal, and only read after (mapReadOnly): a
// table of bucket or queue names written in the code is as hard-coded as
// the literals in it. A constant key gives its entry's value; any other
// key (queues[kind]) a value of the map when every value resolves, the
// first standing for them in the message.
func (c *checker) mapValue(ix *ast.IndexExpr, depth int) (value, bool) {
	info := c.pass.TypesInfo
	obj, lit := c.compositeVar(ix.X, isMapVar)
	if obj == nil || len(lit.Elts) == 0 || !c.mapReadOnly(obj) {
		return value{}, false
	}
	key := info.Types[ix.Index].Value
	var first value
	n := 0
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return value{}, false
		}
		k := info.Types[kv.Key].Value
		if key != nil && (k == nil || k.Kind() != key.Kind() || !constant.Compare(k, token.EQL, key)) {
			continue
		}
		if l := c.literalNode(kv.Value); l != nil && c.defaults[l.Pos()] != "" {
			return value{}, false
		}
		v, ok := c.resolve(kv.Value, depth+1)
		if !ok {
			return value{}, false
		}
		v.lit = nil
		own := v.origin == nil // the map is where the value is written
		if own {
			v.origin = obj
		}
		if key != nil {
			if own {
				v.entry = k.ExactString()
			}
			return v, true
		}
		if n == 0 {
			first = v
			first.values = len(lit.Elts)
			if !own {
				first.values = 0 // named by its constant
			}
		} else {
			first.others = append(first.others, v.pos)
		}
		n++
	}
	if key != nil {
		return value{}, false
	}
	return first, true
}

// mapReadOnly reports a map variable that every use only reads: indexed
// (entries written are escaped already, see collect), ranged over, or
// measured with len. Passed to a call, copied to another variable,
// returned or stored, it may be filled elsewhere.
func (c *checker) mapReadOnly(obj *types.Var) bool {
	if ro, ok := c.readOnly[obj]; ok {
		return ro
	}
	ro := true
	for id, o := range c.pass.TypesInfo.Uses {
		if o != obj {
			continue
		}
		cur, ok := c.root.FindByPos(id.Pos(), id.End())
		if !ok || cur.Node() != id {
			ro = false
			break
		}
		switch p := cur.Parent().Node().(type) {
		case *ast.IndexExpr:
			ro = p.X == id
		case *ast.RangeStmt:
			ro = p.X == id
		case *ast.CallExpr:
			b, isBuiltin := c.pass.TypesInfo.Uses[calleeIdent(p)].(*types.Builtin)
			ro = isBuiltin && b.Name() == "len"
		default:
			ro = false
		}
		if !ro {
			break
		}
	}
	c.readOnly[obj] = ro
	return ro
}

func calleeIdent(call *ast.CallExpr) *ast.Ident {
	id, _ := ast.Unparen(call.Fun).(*ast.Ident)
	return id
}
