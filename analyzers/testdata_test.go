package analyzers_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestTestdataTypeChecks type-checks every package under testdata/src as
// analysistest loads them (GOPATH mode). Analyzers that run despite type
// errors (handlers, handlercore) would otherwise pass on test code that
// does not compile: a redeclared name or a method the stub lacks makes
// the case test something other than what it says.
func TestTestdataTypeChecks(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every testdata package")
	}
	root, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:  filepath.Join(root, "src"),
		Env:  append(os.Environ(), "GOPATH="+root, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 10 {
		t.Fatalf("loaded %d packages from %s: the pattern matched too little", len(pkgs), cfg.Dir)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
}
