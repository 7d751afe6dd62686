package handlersig

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/report"
)

//go:embed doc.go
var doc string

// Analyzer reports invalid handler signatures and payload types.
var Analyzer = &analysis.Analyzer{
	Name:     "handlersig",
	Doc:      docs.FromSource(doc),
	URL:      "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#handlersig",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      run,
}

// Rule ids.
const (
	RuleSignature   = "handler-signature"
	RuleEvent       = "event-undecodable"
	RuleResult      = "result-unencodable"
	RuleEmptyStruct = "payload-no-fields"
)

func run(pass *analysis.Pass) (any, error) {
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	for _, arg := range res.Validated {
		check(pass, rep, arg)
	}
	rep.ReportUnknown()
	rep.Finish()
	return nil, nil
}

const fails = "every invocation will fail with"

func check(pass *analysis.Pass, rep *report.Reporter, arg ast.Expr) {
	tv, ok := pass.TypesInfo.Types[arg]
	if !ok {
		return
	}
	if tv.IsNil() {
		rep.Reportf(RuleSignature, arg, nil, "the handler is nil: %s %q; pass the handler function", fails, "handler is nil")
		return
	}
	t := tv.Type
	if implementsHandler(t) {
		return
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return // the dynamic type is not known here
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		hint := "pass a func, or give the type an Invoke(context.Context, []byte) ([]byte, error) method"
		if implementsHandler(types.NewPointer(t)) {
			hint = "Invoke has a pointer receiver: pass a pointer (&value)"
		}
		rep.Reportf(RuleSignature, arg, typeDeclared(t), "handler of type %s is neither a func nor a lambda.Handler: %s %q; %s",
			typeString(pass, t), fails, "handler kind "+kind(t)+" is not func", hint)
		return
	}
	checkArgs(pass, rep, arg, sig)
	checkResults(pass, rep, arg, sig)
	checkPayload(pass, rep, arg, sig)
}

func checkArgs(pass *analysis.Pass, rep *report.Reporter, arg ast.Expr, sig *types.Signature) {
	params := sig.Params()
	switch params.Len() {
	case 0:
	case 1:
		p := params.At(0).Type()
		iface, ok := p.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || isContextEquivalent(p) {
			return
		}
		rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler takes interface %s, which is not context.Context: %s %q; take context.Context or a concrete event type",
			typeString(pass, p), fails, "handler takes an interface, but it is not context.Context: \""+name(p)+"\"")
	case 2:
		p := params.At(0).Type()
		if _, ok := p.Underlying().(*types.Interface); ok && isContextEquivalent(p) {
			return
		}
		rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler's first argument is %s, not context.Context: %s %q; declare it as ctx context.Context",
			typeString(pass, p), fails, "handler takes two arguments, but the first is not Context. got "+kind(p))
	default:
		rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler takes %d arguments: %s %q; take at most (context.Context, Event)",
			params.Len(), fails, "handlers may not take more than two arguments, but handler takes "+strconv.Itoa(params.Len()))
	}
}

func checkResults(pass *analysis.Pass, rep *report.Reporter, arg ast.Expr, sig *types.Signature) {
	res := sig.Results()
	switch n := res.Len(); {
	case n > 2:
		rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler returns %d values: %s %q; return (Response, error) or error", n, fails, "handler may not return more than two values")
	case n == 2:
		if !implementsError(res.At(1).Type()) {
			rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler's second result %s does not implement error: %s %q; return (Response, error)",
				typeString(pass, res.At(1).Type()), fails, "handler returns two values, but the second does not implement error")
		}
	case n == 1:
		if !implementsError(res.At(0).Type()) {
			rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler returns only %s, which does not implement error: %s %q; return (%s, error)",
				typeString(pass, res.At(0).Type()), fails, "handler returns a single value, but it does not implement error", typeString(pass, res.At(0).Type()))
		}
	}
	if n := res.Len(); n == 1 || n == 2 {
		last := res.At(n - 1).Type()
		if _, iface := last.Underlying().(*types.Interface); !iface && implementsError(last) {
			// aws-lambda-go converts the result to error: a nil *APIError
			// (or a zero struct) is then a non-nil error, and every
			// successful invocation fails.
			rep.Reportf(RuleSignature, arg, declaredAt(pass, arg), "handler's error result is the concrete type %s: aws-lambda-go turns it into an error interface, so a nil or zero %s is a non-nil error and every invocation fails; declare the result as error",
				typeString(pass, last), typeString(pass, last))
		}
	}
}

// declaredAt points at the declaration of the function arg names, for
// findings reported at the registration (lambda.Start(handle)).
func declaredAt(pass *analysis.Pass, arg ast.Expr) []report.Option {
	var obj types.Object
	switch x := ast.Unparen(arg).(type) {
	case *ast.Ident:
		obj = pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		if sel, ok := pass.TypesInfo.Selections[x]; ok {
			obj = sel.Obj()
		} else {
			obj = pass.TypesInfo.Uses[x.Sel]
		}
	}
	fn, ok := obj.(*types.Func)
	if !ok || !fn.Pos().IsValid() {
		return nil
	}
	return []report.Option{report.Related(fn.Pos(), "%s is declared here", handlers.FuncName(fn))}
}

// typeDeclared points at the declaration of a named type (through
// pointers), for payload findings reported at the registration.
func typeDeclared(t types.Type) []report.Option {
	n, ok := types.Unalias(derefAll(t)).(*types.Named)
	if !ok || !n.Obj().Pos().IsValid() {
		return nil
	}
	return []report.Option{report.Related(n.Obj().Pos(), "%s is declared here", n.Obj().Name())}
}
