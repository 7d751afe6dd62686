package envconfig

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/summary"
)

// serviceField is the input field that names the resource of each
// service summary.ResourceWrite knows, for the message and the
// environment variable.
var serviceField = map[string]string{
	"s3": "Bucket", "sqs": "QueueUrl", "sns": "TopicArn", "dynamodb": "TableName", "kinesis": "StreamName",
}

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
			for _, e := range fs.Effects {
				field := serviceField[e.Detail]
				if e.Kind != summary.ResourceName || e.Params == 0 || field == "" {
					continue
				}
				for i, arg := range call.Args {
					if i < summary.ReceiverBit && e.Params&(1<<i) != 0 {
						c.calleeLiteral(arg, fn, i, e, field)
					}
				}
			}
		}
	}
}

func (c *checker) calleeLiteral(arg ast.Expr, fn *types.Func, idx int, e summary.Effect, field string) {
	v, ok := c.resolve(arg, 0)
	if !ok || c.done[v.pos] || c.notStageResource(v, field, arg.Pos()) {
		return
	}
	c.markDone(v)
	env := envName(field)
	opts := c.related(v)
	if v.lit != nil {
		opts = append(opts, c.fix(v.lit, env))
	}
	params := fn.Type().(*types.Signature).Params()
	param := ""
	if idx < params.Len() {
		param = " as " + params.At(min(idx, params.Len()-1)).Name()
	}
	write := e.What
	if e.Where != "" {
		write += " at " + e.Where
	}
	c.at(RuleResource, arg.Pos(), opts,
		"%s %q is hard-coded%s, passed to %s%s, the %s of its %s: it differs between stages and accounts; read it from an environment variable (os.Getenv(%q)) set in the function's configuration",
		field, v.s, c.from(v), handlers.FuncName(fn), param, field, write, env)
}
