package summary

import (
	"go/ast"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

// Register: the function passes one of its parameters (Params) to an
// aws-lambda-go entry point, directly or through another such function:
// a module's own start-up helper (platform.Start(h), a generic
// Start[E, R]), which makes its callers' arguments handlers. Detail is
// CheckedDetail when the parameter reaches an entry point that validates
// it by reflection as it is.
const Register Kind = "register"

// CheckedDetail marks a Register effect whose parameter is handed as it
// is to an entry point that validates its argument at run time.
const CheckedDetail = "checked"

func init() { detectors = append(detectors, detectRegister) }

func detectRegister(x *Scanner, n ast.Node, _ bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return
	}
	fn := typeutil.StaticCallee(x.Pass().TypesInfo, call)
	ep, ok := sdk.EntryPointOf(fn)
	if !ok || ep.Arg >= len(call.Args) {
		return
	}
	arg := call.Args[ep.Arg]
	p := x.Params(arg)
	if lit, ok := ast.Unparen(arg).(*ast.FuncLit); ok {
		// lambda.Start(func(ctx, e) error { log…; return h(ctx, e) }):
		// the parameter the closure calls runs per invocation.
		ast.Inspect(lit.Body, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok {
				p |= x.s.taint.vars[x.Pass().TypesInfo.ObjectOf(id)]
			}
			return true
		})
	}
	p &^= 1 << ReceiverBit
	if p == 0 {
		return
	}
	detail := ""
	if _, bare := ast.Unparen(arg).(*ast.Ident); bare && ep.Checked {
		detail = CheckedDetail
	}
	x.Add(Effect{Kind: Register, What: fn.Pkg().Name() + "." + fn.Name(), Params: p, Detail: detail}, call.Pos())
}
