package handlersig

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/analyzers/sdk"
)

// checkPayload reports event and result types that encoding/json cannot
// decode into or encode.
func checkPayload(pass *analysis.Pass, rep *report.Reporter, arg ast.Expr, sig *types.Signature) {
	params := sig.Params()
	var event types.Type
	switch params.Len() {
	case 1:
		// A lone interface parameter is checkArgs' to report.
		if _, iface := params.At(0).Type().Underlying().(*types.Interface); !iface {
			event = params.At(0).Type()
		}
	case 2:
		event = params.At(1).Type()
	}
	if event != nil && isContextEquivalent(event) {
		event = nil // func(ctx, ctx2 context.Context): checkArgs' to report
	}
	if event != nil && !hasMethod(event, "UnmarshalJSON") && !hasMethod(event, "UnmarshalText") {
		if byteSlice(derefAll(event)) {
			// The payload is decoded as JSON even into []byte, which
			// JSON fills from a base64 string or a number array: an
			// object, what events are, fails.
			rep.Reportf(RuleEvent, arg, typeDeclared(event), "event type %s takes the payload through encoding/json, which fills a byte slice from a base64 string, never from an object: every JSON object event fails with a json unmarshal error; take json.RawMessage for the raw payload",
				typeString(pass, event))
		} else if bad := undecodable(event, qualifier(pass)); bad != "" {
			rep.Reportf(RuleEvent, arg, typeDeclared(event), "event type %s is a %s, which encoding/json cannot decode into: every invocation will fail with a json unmarshal error; use a struct with exported fields or json.RawMessage",
				typeString(pass, event), bad)
		} else if f, ok := undecodableField(event, qualifier(pass)); ok {
			rep.Reportf(RuleEvent, arg, []report.Option{report.Related(f.pos, "field %s is declared here", f.path)}, "event type %s: field %s, tagged json:%q, is a %s, which encoding/json cannot decode into: every event that carries %q fails with a json unmarshal error; give the field a type json can fill (json.RawMessage keeps the raw value) or tag it json:\"-\"",
				typeString(pass, event), f.path, f.key, f.bad, f.key)
		} else if noFields(event) {
			rep.Reportf(RuleEmptyStruct, arg, typeDeclared(event), "event type %s has no exported fields: encoding/json fills nothing and the handler sees an empty event; export the fields (with json tags)",
				typeString(pass, event))
		}
	}
	if sig.Results().Len() == 2 {
		out := sig.Results().At(0).Type()
		// aws-lambda-go encodes the result from an interface{}: the
		// value is not addressable, so only its value method set
		// counts (a MarshalJSON on *T does not run for a T).
		if isReader(out) || method(out, false, "MarshalJSON") || method(out, false, "MarshalText") {
			return
		}
		if bad := unencodable(out, qualifier(pass)); bad != "" {
			fix := "return a struct with exported fields, json.RawMessage (encoded JSON) or an io.Reader (raw bytes)"
			if m := ptrMarshaler(out); m != "" {
				// The user wrote the encoding; it only misses the value.
				fix = fmt.Sprintf("its %s has a pointer receiver and does not run for a %s value: return *%s or give %s a value receiver", m, typeString(pass, out), typeString(pass, out), m)
			}
			rep.Reportf(RuleResult, arg, typeDeclared(out), "result type %s is a %s, which encoding/json cannot encode: every invocation will fail with \"json: unsupported type\"; %s",
				typeString(pass, out), bad, fix)
		} else if noFields(out) {
			rep.Reportf(RuleEmptyStruct, arg, typeDeclared(out), "result type %s has no exported fields: encoding/json writes {} and the caller gets nothing; export the fields (with json tags)",
				typeString(pass, out))
		}
	}
}

// undecodable names what in t (through pointers) makes encoding/json
// fail to decode any event into it, or "": a channel, func or complex
// number, a non-empty interface (json cannot choose a concrete type), a
// map whose keys are neither strings, integers nor TextUnmarshalers.
func undecodable(t types.Type, q types.Qualifier) string {
	t = derefAll(t)
	if bad := basicUnsupported(t); bad != "" {
		return bad
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		if !u.Empty() {
			return "non-empty interface"
		}
	case *types.Map:
		if !jsonKey(u.Key(), "UnmarshalText", true) { // decoded into a new key value
			return "map with " + types.TypeString(u.Key(), q) + " keys"
		}
	}
	return ""
}

// badField is a field of an event type that encoding/json cannot fill.
type badField struct {
	pos  token.Pos
	path string // Field or Outer.Field
	key  string // its JSON key
	bad  string // what its type is, as undecodable says
}

// undecodableField finds a field of the event type t, at any depth of
// structs, pointers, slices, arrays and map values, that encoding/json
// cannot decode into. Only fields whose json tag names a key count: json
// fails on such a field only when the event carries its key, and a tag is
// the author saying it does; an untagged channel or func is usually state
// of the program's own that no event mentions.
func undecodableField(t types.Type, q types.Qualifier) (badField, bool) {
	return undecodableFieldIn(t, q, "", 0)
}

func undecodableFieldIn(t types.Type, q types.Qualifier, prefix string, depth int) (badField, bool) {
	if depth > 4 {
		return badField{}, false
	}
	t = derefAll(t)
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == sdk.EventsPkg {
		return badField{}, false // aws-lambda-go's own events decode: not walked for every handler
	}
	if hasMethod(t, "UnmarshalJSON") || hasMethod(t, "UnmarshalText") {
		return badField{}, false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return undecodableFieldIn(u.Elem(), q, prefix, depth+1)
	case *types.Array:
		return undecodableFieldIn(u.Elem(), q, prefix, depth+1)
	case *types.Map:
		return undecodableFieldIn(u.Elem(), q, prefix, depth+1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !f.Exported() && !f.Embedded() {
				continue
			}
			if jsonSkipped(u.Tag(i)) {
				continue
			}
			key, tagged := jsonName(u.Tag(i))
			path := prefix + f.Name()
			if f.Embedded() && !tagged {
				path = prefix // promoted fields are named as the outer type's
			}
			if tagged {
				// The field's type, then its elements: []Shape and
				// map[string]func() fail as their elements do.
				for i, ft := range []types.Type{f.Type(), elemOf(f.Type())} {
					if hasMethod(ft, "UnmarshalJSON") || hasMethod(ft, "UnmarshalText") {
						break
					}
					if bad := undecodable(ft, q); bad != "" {
						if i == 1 {
							bad = containerName(f.Type()) + " of " + bad
						}
						return badField{pos: f.Pos(), path: path, key: key, bad: bad}, true
					}
				}
			}
			next := path
			if next != prefix {
				next += "."
			}
			if bf, ok := undecodableFieldIn(f.Type(), q, next, depth+1); ok {
				return bf, true
			}
		}
	}
	return badField{}, false
}

// elemOf returns the element type of slices, arrays and map values,
// through pointers, as deep as they nest (up to four levels).
func elemOf(t types.Type) types.Type {
	for range 4 {
		switch u := derefAll(t).Underlying().(type) {
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return t
		}
	}
	return t
}

// containerName says what elemOf looked through: "slice", "array" or
// "map".
func containerName(t types.Type) string {
	switch derefAll(t).Underlying().(type) {
	case *types.Array:
		return "array"
	case *types.Map:
		return "map"
	}
	return "slice"
}

// jsonName returns the key a json struct tag names and whether it names
// one (json:",omitempty" names none).
func jsonName(tag string) (string, bool) {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name, name != ""
}

// unencodable names what in t makes encoding/json fail on every value,
// or "": a channel, func or complex number, a map with keys json cannot
// write, at the top or in a field reached without a pointer, slice or map
// (which may be nil and then encode as null).
// Pointer-receiver marshalers count only where the value is addressable:
// under a pointer, not in a value returned as it is.
func unencodable(t types.Type, q types.Qualifier) string {
	d := derefAll(t)
	return unencodableIn(d, q, 0, d != t)
}

func unencodableIn(t types.Type, q types.Qualifier, depth int, addressable bool) string {
	if depth > 4 || method(t, addressable, "MarshalJSON") || method(t, addressable, "MarshalText") {
		return ""
	}
	if bad := basicUnsupported(t); bad != "" {
		return bad
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if !jsonKey(u.Key(), "MarshalText", false) { // map keys are never addressable
			key := types.TypeString(u.Key(), q)
			if method(u.Key(), true, "MarshalText") {
				return "map with " + key + " keys (their MarshalText has a pointer receiver, which a map key cannot call: give it a value receiver)"
			}
			return "map with " + key + " keys"
		}
	case *types.Array:
		if u.Len() > 0 {
			return unencodableIn(u.Elem(), q, depth+1, addressable)
		}
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if (!f.Exported() && !f.Embedded()) || jsonSkipped(u.Tag(i)) {
				continue
			}
			if bad := unencodableIn(f.Type(), q, depth+1, addressable); bad != "" {
				if strings.HasPrefix(bad, "struct with ") {
					return bad
				}
				return "struct with a " + bad + " field " + f.Name()
			}
		}
	}
	return ""
}

// byteSlice reports []byte or a type defined on it.
func byteSlice(t types.Type) bool {
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := sl.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func derefAll(t types.Type) types.Type {
	for i := 0; i < 4; i++ {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	return t
}

func basicUnsupported(t types.Type) string {
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

// jsonKey reports a map key type encoding/json accepts: a string or an
// integer kind, or a type with the text method (MarshalText to encode,
// UnmarshalText to decode), in the method set of the key or, where the key
// is addressable, of its pointer.
func jsonKey(k types.Type, text string, addressable bool) bool {
	if b, ok := k.Underlying().(*types.Basic); ok && b.Info()&(types.IsString|types.IsInteger) != 0 {
		return true
	}
	return method(k, addressable, text)
}

// jsonSkipped reports a field tagged json:"-".
func jsonSkipped(tag string) bool {
	return reflect.StructTag(tag).Get("json") == "-"
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

// hasMethod reports a method name in the method set of t or *t. A lookup
// of the one name, not the whole method set: this runs for every field
// of every event type.
func hasMethod(t types.Type, name string) bool {
	return method(t, true, name)
}

func method(t types.Type, addressable bool, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, addressable, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// ptrMarshaler names the MarshalJSON or MarshalText that t has only on
// its pointer, or "".
func ptrMarshaler(t types.Type) string {
	for _, m := range []string{"MarshalJSON", "MarshalText"} {
		if method(t, true, m) && !method(t, false, m) {
			return m
		}
	}
	return ""
}

func isReader(t types.Type) bool {
	return method(t, false, "Read")
}
