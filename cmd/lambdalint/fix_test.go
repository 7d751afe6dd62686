package main

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const fixSrc = `package main

import "os"

var table = "orders-prod"

func main() {
	_ = table
	_ = os.Getenv
}
`

func writeTemp(t *testing.T, src string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "main.go")
	if err := os.WriteFile(f, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

func span(t *testing.T, src, s string) (int, int) {
	t.Helper()
	i := strings.Index(src, s)
	if i < 0 {
		t.Fatalf("%q not in source", s)
	}
	return i, i + len(s)
}

// TestApplyFixes: edits are applied, duplicates (a package and its test
// variant) once, the result is gofmt'ed and the file mode is kept.
func TestApplyFixes(t *testing.T) {
	file := writeTemp(t, fixSrc)
	s, e := span(t, fixSrc, `"orders-prod"`)
	edit := fix{file: file, start: s, end: e, text: []byte(`os.Getenv("ORDERS_TABLE")`)}
	ins, _ := span(t, fixSrc, "\t_ = table")
	insert := fix{file: file, start: ins, end: ins, text: []byte("if table == \"\" {   panic(\"ORDERS_TABLE is not set\") }\n")}
	if err := applyFixes([]fix{insert, edit, edit}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := `package main

import "os"

var table = os.Getenv("ORDERS_TABLE")

func main() {
	if table == "" {
		panic("ORDERS_TABLE is not set")
	}
	_ = table
	_ = os.Getenv
}
`
	if string(got) != want {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, want)
	}
	if st, _ := os.Stat(file); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", st.Mode().Perm())
	}
}

func TestApplyFixesConflict(t *testing.T) {
	file := writeTemp(t, fixSrc)
	s, e := span(t, fixSrc, `"orders-prod"`)
	err := applyFixes([]fix{
		{file: file, start: s, end: e, text: []byte(`os.Getenv("A")`)},
		{file: file, start: s + 1, end: e, text: []byte(`B"`)},
	})
	if err == nil || !strings.Contains(err.Error(), "conflicting edits") {
		t.Errorf("overlapping edits: err = %v", err)
	}
	if got, _ := os.ReadFile(file); string(got) != fixSrc {
		t.Errorf("file changed despite the conflict:\n%s", got)
	}
}

func TestApplyFixesMissingFile(t *testing.T) {
	if err := applyFixes([]fix{{file: filepath.Join(t.TempDir(), "gone.go"), text: []byte("x")}}); err == nil {
		t.Error("no error for a missing file")
	}
}

// TestFixesOf: the first suggested fix of a diagnostic, resolved to byte
// offsets; an edit without End is an insertion.
func TestFixesOf(t *testing.T) {
	fset := token.NewFileSet()
	tf := fset.AddFile("/src/main.go", -1, len(fixSrc))
	base := tf.Base()
	d := analysis.Diagnostic{
		SuggestedFixes: []analysis.SuggestedFix{
			{Message: "preferred", TextEdits: []analysis.TextEdit{
				{Pos: token.Pos(base + 10), End: token.Pos(base + 14), NewText: []byte("x")},
				{Pos: token.Pos(base + 20), NewText: []byte("y")},
			}},
			{Message: "alternative", TextEdits: []analysis.TextEdit{{Pos: token.Pos(base), End: token.Pos(base + 1), NewText: []byte("z")}}},
		},
	}
	got := fixesOf(fset, d)
	if len(got) != 2 {
		t.Fatalf("%d edits, want the 2 of the first fix", len(got))
	}
	if got[0].file != "/src/main.go" || got[0].start != 10 || got[0].end != 14 || string(got[0].text) != "x" {
		t.Errorf("edit 0 = %+v", got[0])
	}
	if got[1].start != 20 || got[1].end != 20 || string(got[1].text) != "y" {
		t.Errorf("edit 1 = %+v, want an insertion at 20", got[1])
	}
	if fixesOf(fset, analysis.Diagnostic{}) != nil {
		t.Error("edits for a diagnostic without fixes")
	}
}
