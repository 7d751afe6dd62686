package depbloat

import (
	"reflect"
	"testing"
)

// TestBuilderMerge holds the sorted merge to what a closure means: the
// union of the imports' closures, sorted by path, each package once with
// the entry first added, its module right whatever index the imported
// fact gave it.
func TestBuilderMerge(t *testing.T) {
	a := &closure{
		Mods: []string{"std", "example.com/m"},
		Pkgs: []pkgEntry{{"example.com/m/a", 1, 10}, {"fmt", 0, 5}, {"os", 0, 7}},
	}
	b := &closure{
		Mods: []string{"example.com/x", "std", "example.com/m"},
		Pkgs: []pkgEntry{{"example.com/m/a", 2, 99}, {"example.com/x/y", 0, 3}, {"io", 1, 2}, {"os", 1, 99}, {"zz", 1, 1}},
	}
	bl := newBuilder()
	bl.addPkg("example.com/m/main", "example.com/m", 4)
	bl.addClosure(a)
	bl.addClosure(b)
	bl.addPkg("unsafe", "std", 0)
	bl.addPkg("fmt", "std", 1000) // already there: keeps its entry
	c := bl.fact()

	type row struct {
		path, mod string
		bytes     int64
	}
	var got []row
	for _, p := range c.Pkgs {
		got = append(got, row{p.Path, c.Mods[p.Mod], p.Bytes})
	}
	want := []row{
		{"example.com/m/a", "example.com/m", 10},
		{"example.com/m/main", "example.com/m", 4},
		{"example.com/x/y", "example.com/x", 3},
		{"fmt", "std", 5},
		{"io", "std", 2},
		{"os", "std", 7},
		{"unsafe", "std", 0},
		{"zz", "std", 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merged closure:\n got %v\nwant %v", got, want)
	}
	for _, p := range want {
		if !c.has(p.path) {
			t.Errorf("has(%q) = false", p.path)
		}
	}
	if c.has("example.com/m") {
		t.Error(`has("example.com/m") = true`)
	}
}
