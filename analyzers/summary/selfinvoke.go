package summary

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// The self-invocation detector: a Lambda Invoke whose function name is the
// function's own. It follows local assignments, package variables and
// struct fields set from the name, helpers of the package that return it,
// and helpers (of any package) whose parameter names the invoked function.

func init() { detectors = append(detectors, detectSelfInvoke) }

func detectSelfInvoke(x *Scanner, n ast.Node, _ bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return
	}
	pass := x.Pass()
	if inv, ok := lambdaInvoke(pass.TypesInfo, x.s.body, call); ok {
		if newSelfNames(pass, x.s.body, 0).is(inv.name) {
			x.Add(Effect{Kind: SelfInvoke, What: inv.what, Detail: inv.mode}, call.Pos())
		} else if p := x.Params(inv.name); p != 0 {
			x.Add(Effect{Kind: LambdaInvoke, What: inv.what, Detail: inv.mode, Params: p}, call.Pos())
		}
		return
	}
	callee := typeutil.StaticCallee(pass.TypesInfo, call)
	if callee == nil {
		return
	}
	f := x.s.res.Of(callee)
	if f == nil {
		return
	}
	var names *selfNames
	for _, e := range f.Effects {
		if e.Kind != LambdaInvoke || e.Params == 0 {
			continue
		}
		if names == nil {
			names = newSelfNames(pass, x.s.body, 0)
		}
		if argsMatch(call, callee, e.Params, names.is) {
			x.Add(Effect{
				Kind:   SelfInvoke,
				What:   e.What + " at " + e.Where,
				Via:    append([]string{shortName(callee)}, e.Via...),
				Detail: e.Detail,
			}, call.Pos())
		}
	}
}

// argsMatch reports whether an argument of call in a position of bits
// (the callee's parameters; ReceiverBit the receiver) satisfies pred.
func argsMatch(call *ast.CallExpr, callee *types.Func, bits uint64, pred func(ast.Expr) bool) bool {
	sig := callee.Type().(*types.Signature)
	for i := 0; i < 64; i++ {
		if bits&(1<<i) == 0 {
			continue
		}
		if i == ReceiverBit {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && pred(sel.X) {
				return true
			}
			continue
		}
		if i < len(call.Args) && pred(call.Args[i]) {
			return true
		}
		if sig.Variadic() && i == sig.Params().Len()-1 {
			for _, a := range call.Args[min(i, len(call.Args)):] {
				if pred(a) {
					return true
				}
			}
		}
	}
	return false
}

type invocation struct {
	name ast.Expr // the FunctionName value
	mode string   // sync, async, unknown
	what string
}

// lambdaInvoke recognises Invoke, InvokeAsync, InvokeWithResponseStream
// (and v1's …WithContext) by their aws-sdk-go(-v2) service/lambda input,
// so clients held in interfaces and wrappers are covered too.
func lambdaInvoke(info *types.Info, body ast.Node, call *ast.CallExpr) (invocation, bool) {
	m := strings.TrimSuffix(methodName(call), "WithContext")
	switch m {
	case "Invoke", "InvokeAsync", "InvokeWithResponseStream":
	default:
		return invocation{}, false
	}
	arg, _ := sdkInput(info, call, "lambda", "InvokeInput", "InvokeAsyncInput", "InvokeWithResponseStreamInput")
	if arg == nil {
		return invocation{}, false
	}
	fields, _ := inputFields(info, body, arg)
	name := fields["FunctionName"]
	if name == nil {
		return invocation{}, false
	}
	inv := invocation{name: name, mode: "sync", what: "lambda " + methodName(call)}
	if m == "InvokeAsync" {
		inv.mode = "async"
	}
	if it := fields["InvocationType"]; it != nil {
		v := constString(info, it)
		if c, ok := ast.Unparen(it).(*ast.CallExpr); ok && v == "" && len(c.Args) == 1 {
			v = constString(info, c.Args[0]) // aws.String("Event")
		}
		switch v {
		case "Event":
			inv.mode = "async"
		case "RequestResponse":
		case "DryRun":
			return invocation{}, false // validates only; nothing runs
		default:
			inv.mode = "unknown"
		}
	}
	return inv, true
}
