package zipcheck

import (
	"fmt"
	"testing"
)

// TestNameIndex checks the index against a map on enough names to wrap
// around the table and collide, with duplicates and an empty name.
func TestNameIndex(t *testing.T) {
	for _, n := range []int{0, 1, 5, 1000} {
		var es []*entry
		want := map[string]*entry{}
		for i := range n {
			// Every name comes back about three times.
			name := fmt.Sprintf("dir%d/file%d.py", i%(n/3+1)%7, i%(n/3+1))
			if i%11 == 3 {
				name = ""
			}
			e := &entry{raw: name, nameTo: uint16(len(name))}
			es = append(es, e)
			if _, ok := want[name]; !ok && name != "" {
				want[name] = e
			}
		}
		x := newNameIndex(es)
		dups := 0
		for i, e := range es {
			first := want[e.name()]
			if got := x.lookup(e.name()); got != first {
				t.Errorf("n=%d: lookup(%q) = %p, want %p", n, e.name(), got, first)
			}
			wantLater := first != nil && first != e
			if wantLater {
				dups++
			}
			if x.isLater(i) != wantLater {
				t.Errorf("n=%d: %q: later = %v, want %v", n, e.name(), x.isLater(i), wantLater)
			}
		}
		if n >= 5 && dups == 0 {
			t.Fatalf("n=%d: no duplicate names: the test checks nothing of later", n)
		}
		for _, missing := range []string{"dir0", "dir0/file", "other.py"} {
			if got := x.lookup(missing); got != nil {
				t.Errorf("n=%d: lookup(%q) = %q, want nil", n, missing, got.name())
			}
		}
	}
	var empty *nameIndex
	if empty.lookup("bootstrap") != nil {
		t.Error("zero index finds an entry")
	}
}
