package handlercore

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
	"github.com/lambdalint/lambdalint/analyzers/summary"
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
	// directly or through a mocking interface: "s3.Client.GetObject".
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
	guards, dispatch, handedOver := 0, 0, 0
	for n := range nodes {
		if ifs, ok := n.(*ast.IfStmt); ok && isGuard(ifs) {
			guards += 1 + boolOps(ifs.Cond)
		}
		switch n := n.(type) {
		case *ast.BlockStmt, *ast.EmptyStmt, *ast.LabeledStmt:
		case *ast.CaseClause:
			if n.List != nil {
				m.Complexity++
				if delegates(info, n.Body) {
					dispatch++
					handedOver += statements(n.Body)
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
	m.Statements -= handedOver
	return m
}

// statements counts the statements in body as measureNodes does.
func statements(body []ast.Stmt) int {
	n := 0
	for _, st := range body {
		ast.Inspect(st, func(x ast.Node) bool {
			switch x.(type) {
			case *ast.FuncLit:
				return false // a closure handed over is code of the handler's own: still counted
			case *ast.BlockStmt, *ast.EmptyStmt, *ast.LabeledStmt, *ast.CaseClause, *ast.CommClause:
			case ast.Stmt:
				n++
			}
			return true
		})
	}
	return n
}

// delegates reports a case body that only hands over: one return of a
// call (with names and literals beside it), or one call (case "GET
// /orders": return listOrders(ctx, req)), after at most a few steps that
// decode the input for it (var d T; if err := json.Unmarshal(e.Detail,
// &d); err != nil { return err }). A router's cases choose where the work
// goes, not what it is; their statements are not the handler's.
func delegates(info *types.Info, body []ast.Stmt) bool {
	if len(body) == 0 || len(body) > 5 || !handsOver(body[len(body)-1]) {
		return false
	}
	for _, st := range body[:len(body)-1] {
		if !decodeStep(info, st) {
			return false
		}
	}
	return true
}

// handsOver reports one return of a call, or one call.
func handsOver(st ast.Stmt) bool {
	switch s := st.(type) {
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

// decodeStep reports a statement that prepares a handed-over call's
// input: a variable declared without a value, a decoding call (json.Unmarshal,
// a Decoder's Decode, strconv.Atoi, uuid.Parse) whose error it checks, or
// the early return on that error.
func decodeStep(info *types.Info, st ast.Stmt) bool {
	switch s := st.(type) {
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return false
		}
		for _, sp := range gd.Specs {
			if vs, ok := sp.(*ast.ValueSpec); !ok || len(vs.Values) > 0 {
				return false
			}
		}
		return true
	case *ast.AssignStmt:
		return len(s.Rhs) == 1 && decoding(info, s.Rhs[0]) && bindsError(info, s)
	case *ast.IfStmt:
		if !isGuard(s) || !errCheck(info, s.Cond) {
			return false // if o.Total > 10000 { return escalate(…) } decides
		}
		if s.Init == nil {
			return true // if err != nil { return … }
		}
		as, ok := s.Init.(*ast.AssignStmt)
		return ok && len(as.Rhs) == 1 && decoding(info, as.Rhs[0])
	}
	return false
}

// bindsError reports an assignment that keeps an error in a variable (the
// one the next step checks), not one that drops it (n, _ := strconv.Atoi(s)).
func bindsError(info *types.Info, as *ast.AssignStmt) bool {
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" && types.Identical(info.TypeOf(id), types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// errCheck reports err != nil, an error compared with nil.
func errCheck(info *types.Info, cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	x, y := b.X, b.Y
	if tv, ok := info.Types[x]; ok && tv.IsNil() {
		x, y = y, x
	}
	tv, ok := info.Types[y]
	return ok && tv.IsNil() && types.Identical(info.TypeOf(x), types.Universe.Lookup("error").Type())
}

// decoding reports a call of a function named as codecs and parsers name
// them: Unmarshal…, Decode…, Parse…, Atoi.
func decoding(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return false
	}
	name := fn.Name()
	return summary.CodecName(name) || name == "Atoi" || strings.HasPrefix(name, "Parse")
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
		// tests: the operation's input type tells what it calls. The
		// method's own receiver, so that an interface embedded in a
		// struct (type h struct{ S3API }; h.GetObject(…)) counts too.
		sig := s.Obj().Type().(*types.Signature)
		if r := sig.Recv(); r != nil && types.IsInterface(r.Type()) {
			if svc, ok := sdk.ServiceOperation(sig); ok && !bookkeeping(sel.Sel.Name, sig) {
				return svc + ".Client." + sel.Sel.Name // named as the client's own
			}
		}
		return ""
	}
	if name == "aws.Config" || bookkeeping(sel.Sel.Name, s.Obj().Type().(*types.Signature)) {
		return ""
	}
	return name + "." + sel.Sel.Name
}

// bookkeeping reports a client method that is no operation of the
// handler's: presigning (local signing, no request), and the pool's own
// housekeeping, borrowing and returning a connection, closing,
// statistics, settings (SetMaxOpenConns; not redis's Set(ctx, …) or
// SetQueueAttributes, which take a context or an SDK input and are
// requests) and liveness.
func bookkeeping(method string, sig *types.Signature) bool {
	if strings.HasPrefix(method, "Presign") {
		return true
	}
	if strings.HasPrefix(method, "Set") {
		if _, op := sdk.ServiceOperation(sig); op {
			return false // v1's SetQueueAttributes(input)
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if sdk.IsContext(sig.Params().At(i).Type()) {
				return false
			}
		}
		return true
	}
	switch method {
	case "Acquire", "Release", "Conn", "Close", "Stat", "Stats", "Config", "Options", "Driver", "Ping", "PingContext":
		return true
	}
	return false
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
