package summary

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

// The trigger-write detector: a write to an S3 bucket, SQS queue, SNS
// topic, DynamoDB table or Kinesis stream whose name flows from the event
// record's own source field, directly, through local variables and calls
// (arnToQueueURL(record.EventSourceARN)), or through helpers whose
// parameter names the written resource.

func init() { detectors = append(detectors, detectTriggerWrite) }

func detectTriggerWrite(x *Scanner, n ast.Node, _ bool) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return
	}
	info := x.Pass().TypesInfo
	if w, ok := ResourceWriteOf(info, x.s.body, call); ok {
		src := x.s.resourceSources()
		for _, id := range w.IDs {
			if src.Of(id) == w.Service {
				x.Add(Effect{Kind: TriggerWrite, What: w.What, Detail: w.Service + guardSuffix(x.Pass(), x.s.body, w.Service, w.What, call)}, call.Pos())
				return
			}
		}
		var p uint64
		for _, id := range w.IDs {
			p |= x.Params(id)
		}
		if p != 0 {
			e := Effect{Kind: ResourceWrite, What: w.What, Detail: w.Service, Params: p}
			if w.Service == "s3" {
				e.KeyParam = x.s.keyParam(call)
			}
			x.Add(e, call.Pos())
		}
		for i, id := range w.IDs {
			if d := x.s.nameParams(id); d != 0 {
				x.Add(Effect{Kind: ResourceName, What: w.What, Detail: w.Fields[i], Params: d}, call.Pos())
			}
		}
		return
	}
	callee := typeutil.StaticCallee(info, call)
	if callee == nil {
		return
	}
	f := x.s.res.Of(callee)
	if f == nil {
		return
	}
	var src *EventSources
	for _, e := range f.Effects {
		if e.Kind != ResourceWrite || e.Params == 0 {
			continue
		}
		if src == nil {
			src = x.s.resourceSources()
		}
		svc := e.Detail
		if argsMatch(call, callee, e.Params, func(a ast.Expr) bool { return src.Of(a) == svc }) {
			guard := guardSuffix(x.Pass(), x.s.body, svc, e.What, call)
			if svc == "s3" && e.KeyParam > 0 && len(e.Via) == 0 && e.KeyParam <= len(call.Args) && KeyGuard(info, x.s.body) {
				// put(ctx, bucket, "normalized/"+key, body): the helper
				// writes its key parameter as it is, so this body's key
				// guards are held against this argument as against an
				// inline write. Without one, the guards of the callers
				// (KeyGuard in recursion) still count.
				guard = KeyedSuffix
				if writeGuardedKey(info, x.s.body, call.Args[e.KeyParam-1]) {
					guard = GuardedSuffix
				}
			}
			if guard == "" && svc == "dynamodb" && callee.Pkg() == x.Pass().Pkg && len(e.Via) == 0 && markerGuardVia(x.Pass(), x.s.body, declOf(x.Pass(), callee), e.Where) {
				guard = GuardedSuffix
			}
			x.Add(Effect{
				Kind:   TriggerWrite,
				What:   e.What + " at " + e.Where,
				Via:    append([]string{shortName(callee)}, e.Via...),
				Detail: svc + guard,
			}, call.Pos())
		}
	}
}

// resourceSources returns the sources of the body's resource names, once
// per body: a handler writing in a loop makes many writes.
func (s *scanner) resourceSources() *EventSources {
	if s.sources == nil {
		pass := s.pass
		t := &EventSources{info: pass.TypesInfo, classify: EventResource, vars: map[types.Object]string{}, names: true,
			decl: func(fn *types.Func) *ast.FuncDecl { return declOf(pass, fn) }}
		s.sources = newEventSourcesIn(t, s.body)
	}
	return s.sources
}

// GuardedSuffix marks a TriggerWrite's Detail when the function skips
// objects by key before writing (S3), handles only stream records of
// event names the write cannot produce (DynamoDB), or counts the copies
// it sends back in a message attribute (SQS, SNS).
const GuardedSuffix = "|guarded"

// KeyedSuffix marks an S3 TriggerWrite through a helper whose written key
// is known (Effect.KeyParam) and which the caller's key guards do not
// protect: they were held against that key, so that a guard of another
// shape does not count as one (KeyGuard) after all.
const KeyedSuffix = "|keyed"

// guardSuffix decides whether the write what ("dynamodb UpdateItem …")
// by call in body (the write itself, or a helper's call) is guarded.
func guardSuffix(pass *analysis.Pass, body ast.Node, service, what string, call *ast.CallExpr) string {
	info := pass.TypesInfo
	switch {
	case service == "s3" && writeGuarded(info, body, call):
		return GuardedSuffix
	case service == "dynamodb" && (StreamGuard(info, body, what, call.Pos()) || MarkerGuard(info, body, call)):
		return GuardedSuffix
	case (service == "sqs" || service == "sns") && AttemptGuard(info, body, call, func(fn *types.Func) *ast.FuncDecl { return declOf(pass, fn) }):
		return GuardedSuffix
	}
	return ""
}

// DynamoDB Streams event names (DynamoDBEventRecord.EventName), as a set.
const (
	evInsert uint8 = 1 << iota
	evModify
	evRemove
	evAll = evInsert | evModify | evRemove
)

var eventNameBits = map[string]uint8{"INSERT": evInsert, "MODIFY": evModify, "REMOVE": evRemove}

// writeEvents are the stream records a DynamoDB write produces. PutItem
// writes a new item (INSERT) or replaces one (MODIFY); UpdateItem is
// taken to update the existing item the record is about (MODIFY): it
// inserts only the first time a key is written, so it cannot feed an
// INSERT-only consumer forever; DeleteItem produces REMOVE.
var writeEvents = map[string]uint8{
	"PutItem": evInsert | evModify, "UpdateItem": evModify, "DeleteItem": evRemove,
	// Batches and transactions mix puts, updates and deletes.
	"BatchWriteItem": evAll, "TransactWriteItems": evAll,
}

// StreamGuard reports whether the DynamoDB write what ("dynamodb
// UpdateItem", "dynamodb PutItem at store.go:3:4") at pos in body only
// runs for stream records of event names it cannot produce, so its own
// stream records are skipped: body handles only some event names
// (EventNames) and the write's events are none of them.
func StreamGuard(info *types.Info, body ast.Node, what string, pos token.Pos) bool {
	f := strings.Fields(what)
	if len(f) < 2 || f[0] != "dynamodb" {
		return false
	}
	produced, ok := writeEvents[strings.TrimSuffix(f[1], "WithContext")]
	if !ok {
		return false
	}
	return EventNames(info, body, pos)&produced == 0
}

// EventNameField classifies DynamoDBEventRecord.EventName, for guards.
func EventNameField(typeName, field string) string {
	if typeName == "DynamoDBEventRecord" && field == "EventName" {
		return "eventname"
	}
	return ""
}

// EventNames returns the set of DynamoDB Streams event names (a bitmask of
// INSERT, MODIFY, REMOVE) for which code at pos in body runs, judged by
// comparisons of the record's EventName with constant strings
// ("INSERT", events.DynamoDBOperationTypeInsert, through conversions and
// local variables): ifs and switch cases that enclose pos, and, flow
// insensitively as KeyGuard, ifs and switch cases anywhere in body that
// end by leaving (continue or return) for some names before pos. With
// pos NoPos, every leaving if and case counts.
func EventNames(info *types.Info, body ast.Node, pos token.Pos) uint8 {
	if body == nil {
		return evAll
	}
	names := NewEventSources(info, body, EventNameField)
	set := evAll
	inside := func(n ast.Node) bool { return pos.IsValid() && n.Pos() <= pos && pos < n.End() }
	before := func(n ast.Node) bool { return !pos.IsValid() || n.End() <= pos }
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return inside(n)
		case *ast.IfStmt:
			d, p, ok := names.cond(n.Cond)
			if !ok {
				return true
			}
			switch {
			case inside(n.Body):
				set &= p
			case n.Else != nil && inside(n.Else):
				set &^= d
			case before(n) && leaves(n.Body.List, true):
				set &^= d
			}
		case *ast.SwitchStmt:
			var tag bool
			if n.Tag != nil {
				if names.Of(n.Tag) == "" {
					return true
				}
				tag = true
			}
			var listed uint8 // certainly matched by an earlier or other case
			var def *ast.CaseClause
			type clause struct {
				c    *ast.CaseClause
				d, p uint8
			}
			var cls []clause
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				if cc.List == nil {
					def = cc
					continue
				}
				var d, p uint8
				for _, e := range cc.List {
					var ed, ep uint8
					if tag {
						ed, ep = constNames(info, e)
					} else {
						var ok bool
						if ed, ep, ok = names.cond(e); !ok {
							ed, ep = 0, evAll
						}
					}
					d, p = d|ed, p|ep
				}
				listed |= d
				cls = append(cls, clause{cc, d, p})
			}
			if def != nil {
				cls = append(cls, clause{def, 0, evAll &^ listed})
			}
			for _, c := range cls {
				d := c.d
				if c.c == def {
					d = c.p
				}
				switch {
				case inside(c.c):
					set &= c.p
				case before(n) && leaves(c.c.Body, false):
					set &^= d
				}
			}
		}
		return true
	})
	return set
}

// cond evaluates a condition on the event name: the names for which it
// is certainly true (d) and possibly true (p); ok is false when it does
// not read the event name.
func (t *EventSources) cond(e ast.Expr) (d, p uint8, ok bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			d, p, ok := t.cond(e.X)
			return evAll &^ p, evAll &^ d, ok
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR, token.LAND:
			d1, p1, ok1 := t.cond(e.X)
			d2, p2, ok2 := t.cond(e.Y)
			if !ok1 {
				d1, p1 = 0, evAll
			}
			if !ok2 {
				d2, p2 = 0, evAll
			}
			if e.Op == token.LOR {
				return d1 | d2, p1 | p2, ok1 || ok2
			}
			return d1 & d2, p1 & p2, ok1 || ok2
		case token.EQL, token.NEQ:
			x, y := e.X, e.Y
			if t.Of(x) == "" {
				x, y = y, x
			}
			if t.Of(x) == "" {
				return 0, evAll, false
			}
			d, p := constNames(t.info, y)
			if d != p {
				return 0, evAll, false
			}
			if e.Op == token.NEQ {
				return evAll &^ d, evAll &^ d, true
			}
			return d, d, true
		}
	}
	return 0, evAll, false
}

// constNames is the event name of a constant string as a set (empty for
// another string); for a value that is not constant, d is empty and p
// all names.
func constNames(info *types.Info, e ast.Expr) (d, p uint8) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return 0, evAll
	}
	b := eventNameBits[constant.StringVal(tv.Value)]
	return b, b
}

// leaves reports whether a branch ends by leaving: its last statement is
// a return or continue (or, when brk, a break).
func leaves(list []ast.Stmt, brk bool) bool {
	if len(list) == 0 {
		return false
	}
	switch m := list[len(list)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return m.Tok == token.CONTINUE || (brk && m.Tok == token.BREAK)
	}
	return false
}

// Write is a call that writes to a named resource.
type Write struct {
	Service string     // s3, sqs, sns, dynamodb, kinesis
	IDs     []ast.Expr // the values naming the resource
	Fields  []string   // the input field of each of IDs
	What    string     // "s3 PutObject"
}

// writeOps lists, per service, the write operations and the input fields
// that name the resource.
var writeOps = map[string]struct {
	ops    []string
	fields []string
}{
	"s3":       {[]string{"PutObject", "CopyObject", "CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload", "Upload", "UploadObject"}, []string{"Bucket"}},
	"sqs":      {[]string{"SendMessage", "SendMessageBatch"}, []string{"QueueUrl"}},
	"sns":      {[]string{"Publish", "PublishBatch"}, []string{"TopicArn", "TargetArn"}},
	"dynamodb": {[]string{"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"}, []string{"TableName", "RequestItems", "TransactItems"}},
	"kinesis":  {[]string{"PutRecord", "PutRecords"}, []string{"StreamName", "StreamARN"}},
}

// ResourceWriteOf recognises a write by the SDK input it is given (v1 and
// v2, clients behind interfaces and the s3 upload manager included).
func ResourceWriteOf(info *types.Info, body ast.Node, call *ast.CallExpr) (Write, bool) {
	m := strings.TrimSuffix(methodName(call), "WithContext")
	for svc, w := range writeOps {
		for _, op := range w.ops {
			if op != m {
				continue
			}
			arg, _ := sdkInput(info, call, svc, op+"Input")
			switch {
			case arg != nil || svc != "s3":
			case op == "Upload":
				// The upload managers: v2 feature/s3/manager takes the
				// PutObjectInput itself, v1 s3manager its UploadInput.
				arg, _ = sdkInput(info, call, "s3", "PutObjectInput")
				if arg == nil {
					arg, _ = sdkInput(info, call, "s3manager", "UploadInput")
				}
			case op == "UploadObject":
				arg, _ = sdkInput(info, call, "transfermanager", "UploadObjectInput")
			}
			if arg == nil {
				continue
			}
			fields, _ := inputFields(info, body, arg)
			out := Write{Service: svc, What: svc + " " + methodName(call)}
			for _, f := range w.fields {
				v := fields[f]
				var ids []ast.Expr
				switch {
				case v == nil:
				case f == "RequestItems":
					ids = mapKeys(info, body, v)
				case f == "TransactItems":
					ids = nestedFields(v, "TableName")
				default:
					ids = []ast.Expr{v}
				}
				name := f
				if f == "RequestItems" || f == "TransactItems" {
					name = "TableName" // the tables they key or name
				}
				for _, id := range ids {
					out.IDs = append(out.IDs, id)
					out.Fields = append(out.Fields, name)
				}
			}
			return out, len(out.IDs) > 0
		}
	}
	return Write{}, false
}

// EventResource classifies a field of an aws-lambda-go event that names
// the resource the event came from: the service, or "".
func EventResource(typeName, field string) string {
	switch {
	case typeName == "S3Bucket" && (field == "Name" || field == "Arn"):
		return "s3"
	case typeName == "SNSEntity" && field == "TopicArn":
		return "sns"
	case field == "EventSourceARN" || field == "EventSourceArn":
		switch {
		case strings.HasPrefix(typeName, "SQS"):
			return "sqs"
		case strings.HasPrefix(typeName, "DynamoDB"):
			return "dynamodb"
		case strings.HasPrefix(typeName, "Kinesis"):
			return "kinesis"
		}
	}
	return ""
}

// EventObjectKey classifies S3 object keys, for guards.
func EventObjectKey(typeName, field string) string {
	if typeName == "S3Object" && (field == "Key" || field == "URLDecodedKey") {
		return "key"
	}
	return ""
}

// EventSources tracks, in one function body, which values come from a
// class of event fields: flow-insensitive over local assignments, through
// calls (a call of a source is a source: parseARN(arn), aws.String(name))
// and indexing; comparisons and len are not.
type EventSources struct {
	info     *types.Info
	classify func(typeName, field string) string
	vars     map[types.Object]string
	// fields holds, for a local struct built from a keyed composite
	// literal (job := copyJob{Dest: os.Getenv(…), Source: bucket}), the
	// class of each field, so that job.Dest is not the event's because
	// job.Source is. A variable also assigned anything else is left out.
	fields map[types.Object]map[string]string
	// arnParts holds the locals assigned strings.Split(x, ":"): their
	// elements 0 to 4 are an ARN's partition, service, region and
	// account, which name no resource of their own.
	arnParts map[types.Object]bool
	// names: the values are resource names, which a string built around
	// them keeps only at a separator (derived.go); bucket + "-resized"
	// names another bucket.
	names bool
	// details holds the variables decoded from an EventBridge event's
	// Detail (detail.go).
	details map[types.Object]bool
	// decl finds the declaration of a function of the package, for
	// helpers that build a name (helperCall); nil when not looked into.
	// depth is how many helpers down this body is; keeps memoises.
	decl  func(*types.Func) *ast.FuncDecl
	depth int
	keeps map[*types.Func][]int8
}

// NewEventSources computes the sources of body.
func NewEventSources(info *types.Info, body ast.Node, classify func(typeName, field string) string) *EventSources {
	return newEventSources(info, body, classify, false)
}

func newEventSources(info *types.Info, body ast.Node, classify func(typeName, field string) string, names bool) *EventSources {
	return newEventSourcesIn(&EventSources{info: info, classify: classify, vars: map[types.Object]string{}, names: names}, body)
}

// newEventSourcesIn computes t's sources in body, from the vars it is
// seeded with (a helper's parameter, helperKeeps) and the event's fields.
func newEventSourcesIn(t *EventSources, body ast.Node) *EventSources {
	info := t.info
	if body == nil {
		return t
	}
	t.fields = structLiterals(info, body)
	t.arnParts = map[types.Object]bool{}
	for iter := 0; iter < 4; iter++ {
		changed := false
		flow := func(lhs, rhs ast.Expr) {
			if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && rhs != nil {
				// job.Source = bucket, on a variable whose fields are told apart
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
					if fs := t.fields[info.ObjectOf(id)]; fs != nil && fs[sel.Sel.Name] == "" {
						if k := t.of(rhs); k != "" {
							fs[sel.Sel.Name] = k
							changed = true
						}
					}
				}
				return
			}
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || rhs == nil {
				return
			}
			obj := info.ObjectOf(id)
			if obj != nil && splitsARN(info, rhs) {
				t.arnParts[obj] = true
			}
			if obj == nil || t.vars[obj] != "" || isPackageVar(obj) || isError(obj.Type()) {
				return // an error returned by a call is not the data
			}
			if k := t.of(rhs); k != "" {
				t.vars[obj] = k
				changed = true
			}
			if lit := keyedLiteral(info, rhs); lit != nil && t.fields[obj] != nil {
				for _, el := range lit.Elts {
					kv := el.(*ast.KeyValueExpr)
					f := kv.Key.(*ast.Ident).Name
					if k := t.of(kv.Value); k != "" && t.fields[obj][f] == "" {
						t.fields[obj][f] = k
						changed = true
					}
				}
			}
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						flow(n.Lhs[i], n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 {
					for _, l := range n.Lhs {
						flow(l, n.Rhs[0])
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						flow(name, n.Values[i])
					}
				}
			case *ast.CallExpr:
				if t.decodeDetail(n) {
					changed = true
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
	return t
}

// splitARN reports strings.Split(x, ":") or a local assigned it.
func (t *EventSources) splitARN(e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return t.arnParts[t.info.ObjectOf(id)]
	}
	return splitsARN(t.info, e)
}

// splitsARN reports strings.Split(x, ":"), or SplitN with n < 0 or n > 5:
// with fewer parts the last holds the resource too.
func splitsARN(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 {
		return false
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
		return false
	}
	switch fn.Name() {
	case "Split":
	case "SplitN":
		if len(call.Args) != 3 {
			return false
		}
		tv, ok := info.Types[call.Args[2]]
		if !ok || tv.Value == nil {
			return false
		}
		n, ok := constant.Int64Val(tv.Value)
		if !ok || (n >= 0 && n <= 5) {
			return false
		}
	default:
		return false
	}
	return constString(info, call.Args[1]) == ":"
}

// structLiterals returns, with empty classes, the local struct variables
// whose fields can be told apart: every assignment of the whole variable
// is a keyed struct literal, its address or (var job T) the zero value,
// and every other use selects a field. A variable used whole (passed,
// returned, copied, its address or a method taken) may have any field
// set elsewhere and is left to the whole-variable class.
func structLiterals(info *types.Info, body ast.Node) map[types.Object]map[string]string {
	ok := map[types.Object]bool{}
	defs := map[*ast.Ident]bool{}
	see := func(id *ast.Ident, good bool) {
		obj := info.ObjectOf(id)
		if obj == nil || isPackageVar(obj) {
			return
		}
		defs[id] = true
		prev, seen := ok[obj]
		ok[obj] = (!seen || prev) && good
	}
	fieldUse := map[*ast.Ident]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if id, isID := ast.Unparen(l).(*ast.Ident); isID {
					see(id, len(n.Lhs) == len(n.Rhs) && keyedLiteral(info, n.Rhs[i]) != nil)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i < len(n.Values) {
					see(name, keyedLiteral(info, n.Values[i]) != nil)
				} else {
					_, isStruct := underlying(info.TypeOf(name)).(*types.Struct)
					see(name, len(n.Values) == 0 && isStruct)
				}
			}
		case *ast.SelectorExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID {
				if sel, found := info.Selections[n]; found && sel.Kind() == types.FieldVal {
					fieldUse[id] = true
				}
			}
		}
		return true
	})
	ast.Inspect(body, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && !defs[id] && !fieldUse[id] {
			if obj := info.Uses[id]; obj != nil && ok[obj] {
				ok[obj] = false // used whole
			}
		}
		return true
	})
	out := map[types.Object]map[string]string{}
	for obj, good := range ok {
		if good {
			out[obj] = map[string]string{}
		}
	}
	return out
}

// compositeOf returns the composite literal e is or takes the address of
// (T{…}, &T{…}), or nil.
func compositeOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

// keyedLiteral returns the struct literal e is, or takes the address of,
// when all its elements are keyed.
func keyedLiteral(info *types.Info, e ast.Expr) *ast.CompositeLit {
	lit := compositeOf(e)
	if lit == nil {
		return nil
	}
	if _, isStruct := underlying(info.TypeOf(lit)).(*types.Struct); !isStruct {
		return nil
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		if _, ok := kv.Key.(*ast.Ident); !ok {
			return nil
		}
	}
	return lit
}

// Of returns the class of the value of e, or "".
func (t *EventSources) Of(e ast.Expr) string {
	if k := t.of(e); k != detailClass {
		return k
	}
	return "" // raw JSON: a source of decoded values, not one itself
}

// of is Of with detailClass kept, for the flow within the body.
func (t *EventSources) of(e ast.Expr) string {
	out := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if out != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			out = t.vars[t.info.ObjectOf(n)]
		case *ast.IndexExpr:
			// parts[5] of a split source is the source's; routes[bucket]
			// is whatever the map holds for it, not the key; parts[3]
			// and parts[4] of an ARN are a region and an account, which
			// "arn:aws:sns:" + parts[3] + ":" + parts[4] + ":alerts"
			// shares with every other topic of the account.
			if t.splitARN(n.X) {
				if tv, ok := t.info.Types[n.Index]; ok && tv.Value != nil {
					if k, ok := constant.Int64Val(tv.Value); ok && k < 5 {
						return false
					}
				}
			}
			out = t.of(n.X)
			if out == attributeClass {
				// m.MessageAttributes["attempt"]: the attribute's key
				// joins the class (AttemptGuard matches read and written
				// keys).
				if tv, ok := t.info.Types[n.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					out = attributeClass + ":" + constant.StringVal(tv.Value)
				}
			}
			return false
		case *ast.SelectorExpr:
			if k := t.field(n); k != "" {
				out = k
				return false
			}
			if k := t.detailField(n); k != "" {
				out = k
				return false
			}
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				if fs := t.fields[t.info.ObjectOf(id)]; fs != nil {
					out = fs[n.Sel.Name]
					return false
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := t.info.ObjectOf(id).(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
					return false
				}
			}
			if t.names {
				if k, known := t.derivedCall(n); known {
					out = k
					return false
				}
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if _, isMethod := t.info.Selections[sel]; isMethod {
					out = t.of(sel.X)
				}
			}
			for _, a := range n.Args {
				if out == "" && !sdk.IsContext(t.info.TypeOf(a)) {
					out = t.of(a)
				}
			}
			return false
		case *ast.BinaryExpr:
			if ops := concatOperands(t.info, n); t.names && ops != nil {
				for i, op := range ops {
					if k := t.of(op); k != "" && concatKeeps(t.info, ops, i) {
						out = k
						break
					}
				}
				return false
			}
			switch n.Op {
			case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ, token.LAND, token.LOR:
				return false
			}
		}
		return true
	})
	return out
}

// derivedCall classifies a call that builds a string from a resource
// name (derived.go); known is false for other calls.
func (t *EventSources) derivedCall(call *ast.CallExpr) (class string, known bool) {
	if class, known := t.helperCall(call); known {
		return class, true
	}
	for i, a := range call.Args {
		keeps, known := callKeeps(t.info, call, i)
		if !known {
			return "", false
		}
		if k := t.of(a); k != "" && keeps {
			return k, true
		}
	}
	return "", true
}

func (t *EventSources) field(sel *ast.SelectorExpr) string {
	s, ok := t.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return ""
	}
	v, ok := s.Obj().(*types.Var)
	if !ok {
		return ""
	}
	// The struct that declares the field (promoted fields included).
	recv := s.Recv()
	for _, idx := range s.Index()[:len(s.Index())-1] {
		st, ok := deref(recv).Underlying().(*types.Struct)
		if !ok {
			return ""
		}
		recv = st.Field(idx).Type()
	}
	n, ok := types.Unalias(deref(recv)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != sdk.EventsPkg {
		return ""
	}
	if isDetail(n.Obj().Name(), v.Name()) {
		return detailClass
	}
	return t.classify(n.Obj().Name(), v.Name())
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// KeyGuard reports whether body skips some S3 objects by key: an if whose
// condition reads the object key (strings.HasPrefix(key, "processed/"),
// path.Ext(key) != ".jpg") and whose branch leaves (continue, break,
// return). Such a function does not process what it writes back (or the
// loop ends after one more invocation). Tests that cannot tell its output
// from its input (an empty key, a folder marker ending in "/") do not
// count.
func KeyGuard(info *types.Info, body ast.Node) bool {
	if body == nil {
		return false
	}
	keys := NewEventSources(info, body, EventObjectKey)
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || found {
			return !found
		}
		found = mentions(keys, ifs.Cond) && branchLeaves(ifs.Body) && !trivialKeyTest(info, keys, ifs.Cond)
		return true
	})
	return found
}

// mentions reports whether any value read in cond is of the class, also
// inside comparisons (which Of skips).
func mentions(t *EventSources, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !found {
			if _, bin := e.(*ast.BinaryExpr); !bin && t.Of(e) != "" {
				found = true
			}
		}
		return !found
	})
	return found
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isError(t types.Type) bool {
	return t != nil && types.Implements(t, errorType)
}

// mapKeys returns the keys of a map given as a composite literal or as a
// local filled by index assignments (items[table] = reqs): the table
// names of BatchWriteItem's RequestItems.
func mapKeys(info *types.Info, body ast.Node, m ast.Expr) []ast.Expr {
	var keys []ast.Expr
	if cl, ok := ast.Unparen(m).(*ast.CompositeLit); ok {
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				keys = append(keys, kv.Key)
			}
		}
		return keys
	}
	id, ok := ast.Unparen(m).(*ast.Ident)
	if !ok || body == nil {
		return nil
	}
	obj := info.ObjectOf(id)
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			switch l := ast.Unparen(l).(type) {
			case *ast.IndexExpr:
				if x, ok := ast.Unparen(l.X).(*ast.Ident); ok && info.ObjectOf(x) == obj {
					keys = append(keys, l.Index)
				}
			case *ast.Ident:
				if info.ObjectOf(l) == obj && i < len(as.Rhs) {
					if cl, ok := ast.Unparen(as.Rhs[i]).(*ast.CompositeLit); ok {
						keys = append(keys, mapKeys(info, nil, cl)...)
					}
				}
			}
		}
		return true
	})
	return keys
}

// nestedFields returns the values of every field named name in the
// composite literals of e: the TableName of each Put, Update, Delete and
// ConditionCheck of TransactWriteItems' TransactItems.
func nestedFields(e ast.Expr, name string) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(e, func(n ast.Node) bool {
		if kv, ok := n.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				out = append(out, kv.Value)
			}
		}
		return true
	})
	return out
}
