package docs

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parsed is FromSource as it was written first, with the Go parser.
func parsed(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		return "lambdalint analyzer"
	}
	text := f.Doc.Text()
	if _, after, ok := strings.Cut(text, "# Analyzer "); ok {
		if _, body, ok := strings.Cut(after, "\n"); ok {
			return strings.TrimSpace(body)
		}
	}
	return strings.TrimSpace(text)
}

// TestFromSourceMatchesParser holds FromSource to the parser's reading of
// every analyzer's doc.go and of the shapes doc comments take.
func TestFromSourceMatchesParser(t *testing.T) {
	files, err := filepath.Glob("../*/doc.go")
	if err != nil || len(files) < 6 {
		t.Fatalf("doc.go files: %v, %v", files, err)
	}
	srcs := map[string]string{
		"no comment":      "package x\n",
		"detached":        "// Copyright.\n\n// Package x does.\npackage x\n",
		"gap before":      "// Package x does.\n\npackage x\n",
		"directive":       "//go:build linux\n\n// Package x does.\n//go:generate stringer\npackage x\n",
		"blank runs":      "// Package x.\n//\n//\n//\n// # Analyzer x\n//\n// x: title\n//\n//\n// Body   \n//  indented\n//\tTabbed\npackage x\n",
		"no space":        "//Package x.\n//line one\npackage x\n",
		"crlf":            "// Package x.\r\n// # Analyzer x\r\n//\r\n// x: t\r\npackage x\r\n",
		"leading blanks":  "//\n//\n// Package x.\npackage x\n",
		"heading no body": "// # Analyzer x\npackage x\n",
		"directive only":  "// Copyright.\n\n//go:build linux\npackage x\n",
		"export":          "// Package x.\n//export F\n//extern g\npackage x\n",
		"package tab":     "// Package x.\npackage\tx\n",
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[f] = string(b)
	}
	for name, src := range srcs {
		if got, want := FromSource(src), parsed(src); got != want {
			t.Errorf("%s:\ngot  %q\nwant %q", name, got, want)
		}
	}
}
