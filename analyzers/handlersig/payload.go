package handlersig

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/report"
)

// checkPayload reports event and result types that encoding/json cannot
// decode into or encode.
func checkPayload(pass *analysis.Pass, rep *report.Reporter, arg ast.Expr, sig *types.Signature) {
	params := sig.Params()
	var event types.Type
	switch params.Len() {
	case 1:
		if _, iface := params.At(0).Type().Underlying().(*types.Interface); !iface {
			event = params.At(0).Type()
		}
	case 2:
		event = params.At(1).Type()
	}
	if event != nil && !hasMethod(event, "UnmarshalJSON") && !hasMethod(event, "UnmarshalText") {
		if bad := unsupported(event); bad != "" {
			rep.Reportf(RuleEvent, arg, nil, "event type %s is a %s, which encoding/json cannot decode into: every invocation will fail with a json unmarshal error; use a struct with exported fields or json.RawMessage",
				typeString(pass, event), bad)
		} else if noFields(event) {
			rep.Reportf(RuleEmptyStruct, arg, nil, "event type %s has no exported fields: encoding/json fills nothing and the handler sees an empty event; export the fields (with json tags)",
				typeString(pass, event))
		}
	}
	if sig.Results().Len() == 2 {
		out := sig.Results().At(0).Type()
		if isReader(out) || hasMethod(out, "MarshalJSON") || hasMethod(out, "MarshalText") {
			return
		}
		if bad := unsupported(out); bad != "" {
			rep.Reportf(RuleResult, arg, nil, "result type %s is a %s, which encoding/json cannot encode: every invocation will fail with \"json: unsupported type\"; return a struct with exported fields, []byte or an io.Reader",
				typeString(pass, out), bad)
		} else if noFields(out) {
			rep.Reportf(RuleEmptyStruct, arg, nil, "result type %s has no exported fields: encoding/json writes {} and the caller gets nothing; export the fields (with json tags)",
				typeString(pass, out))
		}
	}
}

// unsupported names the kind of t (through pointers) that encoding/json
// rejects, or "".
func unsupported(t types.Type) string {
	for i := 0; i < 4; i++ {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Chan:
		return "channel"
	case *types.Signature:
		return "func"
	case *types.Basic:
		if u.Info()&types.IsComplex != 0 {
			return "complex number"
		}
	}
	return ""
}

// noFields reports a struct (through pointers) without exported fields,
// embedded ones included.
func noFields(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return false // struct{} is a deliberate "no payload"
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Exported() || f.Embedded() {
			return false
		}
	}
	return true
}

func hasMethod(t types.Type, name string) bool {
	for _, tt := range []types.Type{t, types.NewPointer(t)} {
		if types.NewMethodSet(tt).Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

func isReader(t types.Type) bool {
	return hasMethod(t, "Read") && types.NewMethodSet(t).Lookup(nil, "Read") != nil
}
