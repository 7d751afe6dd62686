package envconfig

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/summary"
)

// reportCallees reports literals passed to a function whose parameter
// names the resource one of its writes goes to, in any package:
// summary's facts say which parameters are, as they came, a write's
// resource field (summary.ResourceName), through the callee's own
// helpers, so
// store.Save(ctx, "orders-prod", item) is seen wherever Save is declared
// (params.go follows the package's own fields and constructors; a literal
// both find is reported once).
func (c *checker) reportCallees(sum *summary.Result) {
	info := c.pass.TypesInfo
	for _, f := range c.files {
		c.file = f.Node().(*ast.File)
		for cur := range f.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := typeutil.StaticCallee(info, call)
			if fn == nil || call.Ellipsis.IsValid() {
				continue
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
					continue // (*Store).Save(s, …): arguments shifted, rare
				}
			}
			fs := sum.Of(fn)
			if fs == nil {
				continue
			}
			// One report per argument, from the first write it names.
			seen := map[int]bool{}
			for _, e := range fs.Effects {
				field := e.Detail // the input field
				if e.Kind != summary.ResourceName || e.Params == 0 || field == "" {
					continue
				}
				for i, arg := range call.Args {
					if i < summary.ReceiverBit && e.Params&(1<<i) != 0 && !seen[i] {
						seen[i] = true
						c.calleeLiteral(arg, fn, i, e, field)
					}
				}
			}
		}
	}
}

func (c *checker) calleeLiteral(arg ast.Expr, fn *types.Func, idx int, e summary.Effect, field string) {
	passed := handlers.FuncName(fn)
	if params := fn.Type().(*types.Signature).Params(); idx < params.Len() {
		passed += " as " + params.At(idx).Name()
	}
	write := e.What
	if e.Where != "" {
		write += " at " + e.Where
	}
	c.argLiteral(arg, field, true, passed+", the "+field+" of its "+write)
}
