package handlercore

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"sort"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
	"github.com/lambdalint/lambdalint/config"
)

// Default thresholds (see doc.go for why).
const (
	defaultMaxStatements = 30
	defaultMaxComplexity = 12
	defaultMaxSDKCalls   = 2

	// A function with Lambda types in its signature that calls no client
	// operation is an adapter, not core logic, when it stays within these:
	// a sub-handler (events in and out: a route of a router) or a consumer
	// (events in, nothing but an error out) within the small limits, a
	// converter (events in and domain values out, toOrder/parseRequest, or
	// domain values in and a response out, errorResponse) within the larger
	// ones, since input validation and error mapping take room.
	adapterMaxStatements   = 15
	adapterMaxComplexity   = 8
	converterMaxStatements = 30
	converterMaxComplexity = 16
)

// Metrics measure a function body.
type Metrics struct {
	Statements int
	Complexity int
	// Branching is Complexity without the early-exit guard clauses (an if
	// with no else whose body only returns, continues or breaks: input
	// checks and if err != nil), which adapt rather than decide.
	Branching int
	// Ops are the distinct SDK, database and HTTP operations it calls
	// directly: "s3.Client.GetObject".
	Ops []string
}

// Limits are the thresholds of the handler-logic rule.
type Limits struct{ Statements, Complexity, Ops int }

func limits(c config.Handlercore) Limits {
	l := Limits{c.MaxStatements, c.MaxComplexity, c.MaxSDKCalls}
	if l.Statements <= 0 {
		l.Statements = defaultMaxStatements
	}
	if l.Complexity <= 0 {
		l.Complexity = defaultMaxComplexity
	}
	if l.Ops <= 0 {
		l.Ops = defaultMaxSDKCalls
	}
	return l
}

// Over reports whether m exceeds any limit.
func (m Metrics) Over(l Limits) bool {
	return m.Statements > l.Statements || m.Branching > l.Complexity || len(m.Ops) > l.Ops
}

// measure counts the statements (closures included; blocks, case clauses
// and labels are not statements of their own), the cyclomatic complexity
// (1 + if, for, range, non-default case and select clauses, && and ||)
// and the distinct client operations of body.
func measure(info *types.Info, client func(types.Type) (string, bool), body *ast.BlockStmt) Metrics {
	return measureNodes(info, client, ast.Preorder(body))
}

func measureNodes(info *types.Info, client func(types.Type) (string, bool), nodes iter.Seq[ast.Node]) Metrics {
	m := Metrics{Complexity: 1}
	ops := map[string]bool{}
	guards, dispatch := 0, 0
	for n := range nodes {
		if ifs, ok := n.(*ast.IfStmt); ok && isGuard(ifs) {
			guards += 1 + boolOps(ifs.Cond)
		}
		switch n := n.(type) {
		case *ast.BlockStmt, *ast.EmptyStmt, *ast.LabeledStmt:
		case *ast.CaseClause:
			if n.List != nil {
				m.Complexity++
				if delegates(n.Body) {
					dispatch++
				}
			}
		case *ast.CommClause:
			if n.Comm != nil {
				m.Complexity++
			}
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt:
			m.Statements++
			m.Complexity++
		case ast.Stmt:
			m.Statements++
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				m.Complexity++
			}
		case *ast.CallExpr:
			if op := operation(info, client, n); op != "" {
				ops[op] = true
			}
		}
	}
	for op := range ops {
		m.Ops = append(m.Ops, op)
	}
	sort.Strings(m.Ops)
	m.Branching = m.Complexity - guards - dispatch
	return m
}

// delegates reports a case body that only hands over: one return of a
// call (with names and literals beside it), or one call (case "GET /orders": return
// listOrders(ctx, req)). A router's cases choose where the work goes, not
// what it is.
func delegates(body []ast.Stmt) bool {
	if len(body) != 1 {
		return false
	}
	switch s := body[0].(type) {
	case *ast.ReturnStmt:
		calls := 0
		for _, r := range s.Results {
			switch ast.Unparen(r).(type) {
			case *ast.CallExpr:
				calls++
			case *ast.Ident, *ast.BasicLit, *ast.SelectorExpr:
			default:
				return false
			}
		}
		return calls > 0 // return 0.2, nil decides a value: logic
	case *ast.ExprStmt:
		_, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok
	}
	return false
}

// isGuard reports an early exit: if cond { return … } (or continue,
// break) with no else.
func isGuard(ifs *ast.IfStmt) bool {
	if ifs.Else != nil || len(ifs.Body.List) != 1 {
		return false
	}
	switch s := ifs.Body.List[0].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE || s.Tok == token.BREAK
	}
	return false
}

// boolOps counts the && and || of cond.
func boolOps(cond ast.Expr) int {
	n := 0
	ast.Inspect(cond, func(x ast.Node) bool {
		if b, ok := x.(*ast.BinaryExpr); ok && (b.Op == token.LAND || b.Op == token.LOR) {
			n++
		}
		return true
	})
	return n
}

// operation names a method call on a client, pool or session:
// "s3.Client.PutObject", "sql.DB.QueryContext".
func operation(info *types.Info, client func(types.Type) (string, bool), call *ast.CallExpr) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return ""
	}
	name, ok := client(s.Recv())
	if !ok {
		// An SDK client behind an interface of the code's own, for
		// tests: the operation's input type tells what it calls.
		if _, iface := s.Recv().Underlying().(*types.Interface); iface {
			if svc, ok := sdk.ServiceOperation(s.Obj().Type().(*types.Signature)); ok {
				return svc + "." + sel.Sel.Name
			}
		}
		return ""
	}
	if name == "aws.Config" {
		return ""
	}
	return name + "." + sel.Sel.Name
}

// lambdaTypes lists the events and lambdacontext types among vars.
func lambdaTypes(vars *types.Tuple) []types.Type {
	var out []types.Type
	for i := 0; i < vars.Len(); i++ {
		if t := vars.At(i).Type(); sdk.IsLambdaType(t) {
			out = append(out, t)
		}
	}
	return out
}

// handlerShaped reports a signature aws-lambda-go could take as a handler.
func handlerShaped(sig *types.Signature) bool {
	if sig.Params().Len() > 2 || sig.Results().Len() > 2 {
		return false
	}
	if n := sig.Results().Len(); n > 0 {
		return types.Implements(sig.Results().At(n-1).Type(), errorType)
	}
	return true
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
