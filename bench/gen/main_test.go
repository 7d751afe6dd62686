package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerate writes a fleet with every kind of function (without go mod
// tidy, which needs the network or the module cache) and parses it.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	n := len(kinds) + 1
	if err := generate(dir, n); err != nil {
		t.Fatal(err)
	}
	if err := generate(dir, n); err == nil {
		t.Error("generate over an existing module succeeded")
	}
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		files++
		_, err = parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// n mains, the domain packages and the shared ones.
	if want := n + (n+groupSize-1)/groupSize + len(shared); files != want {
		t.Errorf("wrote %d Go files, want %d", files, want)
	}
	for _, k := range kinds {
		if fnTmpl[k] == nil {
			t.Errorf("no template for kind %q", k)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "cmd", "fn001", "main.go")); err != nil {
		t.Error(err)
	}
}
