package depvet

import (
	"strings"
	"testing"
)

func TestBlankBodies(t *testing.T) {
	sp := func(s string) string { return strings.Repeat(" ", len(s)) }
	for _, c := range []struct{ name, src, want string }{
		{
			"function body and literal",
			"package p\nfunc F() int {\n\treturn 1\n}\nvar f = func() { g() }\n",
			"package p\nfunc F() int {\n" + sp("\treturn 1") + "\n}\nvar f = func() {" + sp(" g() ") + "}\n",
		},
		{
			"types and elided arrays kept",
			"package p\ntype T struct{ A int }\ntype I interface{ M() }\nvar a = [...]int{1, 2}\nvar m = map[string]T{\"x\": {A: 1}}\n",
			"package p\ntype T struct{ A int }\ntype I interface{ M() }\nvar a = [...]int{1, 2}\nvar m = map[string]T{" + sp(`"x": {A: 1}`) + "}\n",
		},
		{
			"nested braces blanked once, strings and comments inside",
			"package p\nfunc F() { if x { s := \"}\"; _ = s } /* } */ }\n",
			"package p\nfunc F() {" + sp(` if x { s := "}"; _ = s } /* } */ `) + "}\n",
		},
		{
			"a line directive moves later positions: untouched",
			"package p\nfunc F() {\n//line other.go:10\n}\n",
			"package p\nfunc F() {\n//line other.go:10\n}\n",
		},
	} {
		got := string(blankBodies([]byte(c.src)))
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// FuzzBlankBodies: whatever the input, valid Go or not, every byte keeps
// its offset and every newline stays, so positions and file sizes are
// the source's.
func FuzzBlankBodies(f *testing.F) {
	f.Add([]byte("package p\nfunc F() { return }\n"))
	f.Add([]byte("package p\nvar x = [...]T{{1}, {2}}\ntype S struct{ a, b int }\n"))
	f.Add([]byte("package p\nfunc F() { `raw\n}` }\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		out := blankBodies(src)
		if len(out) != len(src) {
			t.Fatalf("length %d, want %d", len(out), len(src))
		}
		for i := range src {
			if (src[i] == '\n') != (out[i] == '\n') {
				t.Fatalf("newline changed at offset %d", i)
			}
			if out[i] != src[i] && out[i] != ' ' {
				t.Fatalf("offset %d: %q became %q", i, src[i], out[i])
			}
		}
	})
}
