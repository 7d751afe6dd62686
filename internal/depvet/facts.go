package depvet

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// gobFact is one serialized fact, field for field the gobFact of
// golang.org/x/tools/internal/facts, which unitchecker decodes.
type gobFact struct {
	PkgPath string          // path of package
	Object  objectpath.Path // optional path of object relative to package itself
	Fact    analysis.Fact   // type and value of user-defined Fact
}

type factKey struct {
	pkg *types.Package
	obj types.Object // nil for a package fact
	t   reflect.Type
}

// factSet holds the facts of one unit: the package facts of its direct
// imports and the facts its analyzers export.
type factSet struct {
	pkg *types.Package
	m   map[factKey]analysis.Fact
}

// decodeFacts reads the facts of pkg's direct imports. x/tools' facts
// package re-exports an import's facts about its types, fields and
// methods in the importer's vetx, resolving them through the objectpath
// of the importer's view of the types; those are declined, which costs
// nothing in practice because lambdalint exports object facts only for
// the user's own code, which dependencies do not import.
func decodeFacts(pkg *types.Package, deps map[string]*vetxEntry) (*factSet, error) {
	s := &factSet{pkg: pkg, m: map[factKey]analysis.Fact{}}
	for _, imp := range pkg.Imports() {
		e, ok := deps[imp.Path()]
		if !ok {
			if imp.Path() == "unsafe" {
				continue
			}
			return nil, fmt.Errorf("missing facts for %q", imp.Path())
		}
		if len(e.facts) == 0 {
			continue
		}
		var facts []gobFact
		if err := gob.NewDecoder(bytes.NewReader(e.facts)).Decode(&facts); err != nil {
			return nil, fmt.Errorf("decoding facts for %q: %v", imp.Path(), err)
		}
		for _, f := range facts {
			if f.Object != "" {
				return nil, errDecline
			}
			if f.PkgPath != imp.Path() {
				// Package facts are not re-exported: this one is from a
				// vetx unitchecker did not write.
				return nil, errDecline
			}
			s.m[factKey{pkg: imp, t: reflect.TypeOf(f.Fact)}] = f.Fact
		}
	}
	return s, nil
}

// encode serializes the facts about the unit's own package, sorted as
// x/tools' facts.Set.Encode sorts them, so that the vetx file, which the
// go command hashes into its importers' cache keys, is deterministic.
func (s *factSet) encode() ([]byte, error) {
	var enc objectpath.Encoder
	var facts []gobFact
	for k, f := range s.m {
		if k.pkg != s.pkg {
			continue // an import's package fact
		}
		var path objectpath.Path
		if k.obj != nil {
			p, err := enc.For(k.obj)
			if err != nil {
				continue // not reachable from the package's API
			}
			path = p
		}
		facts = append(facts, gobFact{PkgPath: k.pkg.Path(), Object: path, Fact: f})
	}
	sort.Slice(facts, func(i, j int) bool {
		x, y := facts[i], facts[j]
		if x.PkgPath != y.PkgPath {
			return x.PkgPath < y.PkgPath
		}
		if x.Object != y.Object {
			return x.Object < y.Object
		}
		return reflect.TypeOf(x.Fact).String() < reflect.TypeOf(y.Fact).String()
	})
	if len(facts) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(facts); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (s *factSet) importObjectFact(obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		return false
	}
	return s.get(factKey{pkg: obj.Pkg(), obj: obj, t: reflect.TypeOf(ptr)}, ptr)
}

func (s *factSet) importPackageFact(pkg *types.Package, ptr analysis.Fact) bool {
	return s.get(factKey{pkg: pkg, t: reflect.TypeOf(ptr)}, ptr)
}

func (s *factSet) get(k factKey, ptr analysis.Fact) bool {
	f, ok := s.m[k]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
	}
	return ok
}

func (s *factSet) exportObjectFact(obj types.Object, f analysis.Fact) {
	if obj.Pkg() != s.pkg {
		panic(fmt.Sprintf("in package %s: ExportObjectFact(%s, %T): can't set fact on object belonging another package", s.pkg.Path(), obj, f))
	}
	s.m[factKey{pkg: s.pkg, obj: obj, t: reflect.TypeOf(f)}] = f
}

func (s *factSet) exportPackageFact(f analysis.Fact) {
	s.m[factKey{pkg: s.pkg, t: reflect.TypeOf(f)}] = f
}

func (s *factSet) allObjectFacts(filter map[reflect.Type]bool) []analysis.ObjectFact {
	var facts []analysis.ObjectFact
	for k, f := range s.m {
		if k.obj != nil && filter[k.t] {
			facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
		}
	}
	return facts
}

func (s *factSet) allPackageFacts(filter map[reflect.Type]bool) []analysis.PackageFact {
	var facts []analysis.PackageFact
	for k, f := range s.m {
		if k.obj == nil && filter[k.t] {
			facts = append(facts, analysis.PackageFact{Package: k.pkg, Fact: f})
		}
	}
	return facts
}
