package summary

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
)

// Events that EventBridge delivers (events.EventBridgeEvent, an alias of
// CloudWatchEvent) carry the source service's event as JSON in Detail,
// which the handler decodes into a struct of its own: an S3 "Object
// Created" event's bucket is detail.bucket.name. A variable decoded from
// Detail is told apart by the JSON paths of its fields, read from their
// tags, and each path is classified as the aws-lambda-go field that
// carries the same value in the direct event.

// detailClass is the class of an EventBridge event's Detail and of the
// values copied from it: the raw JSON, a source of decoded variables,
// never a resource itself.
const detailClass = "eventbridge-detail"

// detailFields maps the JSON paths of the S3 event EventBridge delivers
// to the aws-lambda-go type and field of the direct S3 event.
var detailFields = map[string][2]string{
	"bucket.name": {"S3Bucket", "Name"},
	"bucket.arn":  {"S3Bucket", "Arn"},
	"object.key":  {"S3Object", "Key"},
}

// isDetail reports the Detail field of events.CloudWatchEvent.
func isDetail(typeName, field string) bool {
	return typeName == "CloudWatchEvent" && field == "Detail"
}

// decodeDetail records the variables a decoding call fills from an
// EventBridge event's Detail: json.Unmarshal(e.Detail, &d), or a
// Decoder built on it. It reports whether it recorded a new one.
func (t *EventSources) decodeDetail(call *ast.CallExpr) bool {
	if !decodes(t.info, call) {
		return false
	}
	from := false
	for _, a := range call.Args {
		if t.of(a) == detailClass {
			from = true
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && t.of(sel.X) == detailClass {
		from = true // json.NewDecoder(bytes.NewReader(e.Detail)).Decode(&d)
	}
	if !from {
		return false
	}
	changed := false
	for _, x := range decodeTargets(t.info, call) {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			continue
		}
		if obj := t.info.ObjectOf(id); obj != nil && !t.details[obj] && s3Shaped(obj.Type()) {
			if t.details == nil {
				t.details = map[types.Object]bool{}
			}
			t.details[obj] = true
			changed = true
		}
	}
	return changed
}

// detailField classifies d.Bucket.Name, a field of a variable decoded
// from an EventBridge event's Detail, by its JSON path; "" for other
// selectors.
func (t *EventSources) detailField(sel *ast.SelectorExpr) string {
	if len(t.details) == 0 {
		return ""
	}
	var path []string
	var e ast.Expr = sel
	for {
		s, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			break
		}
		name, ok := t.jsonName(s)
		if !ok {
			return ""
		}
		path = append(path, name)
		e = s.X
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || !t.details[t.info.ObjectOf(id)] {
		return ""
	}
	var b strings.Builder
	for i := len(path) - 1; i >= 0; i-- {
		b.WriteString(path[i])
		if i > 0 {
			b.WriteByte('.')
		}
	}
	if f, ok := detailFields[b.String()]; ok {
		return t.classify(f[0], f[1])
	}
	return ""
}

// s3Shaped reports a struct with both bucket.name and object.key, as
// S3's event in EventBridge has: an application's own event that names
// a bucket is not one S3 sent, and writing to that bucket need not
// trigger the function again.
func s3Shaped(t types.Type) bool {
	return hasJSONPath(t, "bucket", "name") && hasJSONPath(t, "object", "key")
}

// hasJSONPath reports whether the struct t (through pointers) has the
// JSON path of keys.
func hasJSONPath(t types.Type, keys ...string) bool {
	for _, key := range keys {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok {
			return false
		}
		found := false
		for i := 0; i < st.NumFields() && !found; i++ {
			if name, ok := fieldJSONName(st, i); ok && name == key {
				t, found = st.Field(i).Type(), true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// jsonName is the JSON key of the field sel selects, lower-cased as
// encoding/json matches keys (its tag's name, else the field's).
func (t *EventSources) jsonName(sel *ast.SelectorExpr) (string, bool) {
	s, ok := t.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return "", false // promoted fields: not followed
	}
	st, ok := deref(s.Recv()).Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	return fieldJSONName(st, s.Index()[0])
}

// fieldJSONName is the JSON key of field i of st, lower-cased.
func fieldJSONName(st *types.Struct, i int) (string, bool) {
	f := st.Field(i)
	name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
	if name == "-" || !f.Exported() {
		return "", false
	}
	if name == "" {
		name = f.Name()
	}
	return strings.ToLower(name), true
}
