package analyzers_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/lambdalint/lambdalint/analyzers"
)

// loadGOPATH loads patterns below dir/src in GOPATH mode, as analysistest
// does.
func loadGOPATH(t *testing.T, dir string, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(dir, "src"),
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// findings lists a graph's diagnostics as "analyzer file:line:col rule:
// message", sorted; name says which analyzer reported a root's i-th one.
func findings(g *checker.Graph, name func(act *checker.Action, i int) string) []string {
	var out []string
	for _, act := range g.Roots {
		for i, d := range act.Diagnostics {
			out = append(out, fmt.Sprintf("%s %s %s: %s", name(act, i), act.Package.Fset.Position(d.Pos), d.Category, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

// TestSuiteSameFindings: the suite reports what the analyzers report
// one by one, attributed to the same analyzers, on every testdata package.
func TestSuiteSameFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses every testdata package twice")
	}
	root, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs := loadGOPATH(t, root, "ctxreuse/...", "depbloat/...", "envconfig/...", "handlercore/...", "handlersig/...", "recursion/...")
	all := analyzers.All()
	if err := analysis.Validate([]*analysis.Analyzer{analyzers.Suite(all, nil)}); err != nil {
		t.Fatal(err)
	}
	separate, err := checker.Analyze(all, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	one, err := checker.Analyze([]*analysis.Analyzer{analyzers.Suite(all, nil)}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []*checker.Graph{separate, one} {
		for _, act := range g.Roots {
			if act.Err != nil {
				t.Fatalf("%s: %v", act, act.Err)
			}
		}
	}
	want := findings(separate, func(act *checker.Action, _ int) string { return act.Analyzer.Name })
	got := findings(one, func(act *checker.Action, i int) string {
		return act.Result.(*analyzers.SuiteResult).Analyzer[i]
	})
	if len(want) < 100 {
		t.Fatalf("the analyzers report %d findings on testdata: too few for the comparison to mean anything", len(want))
	}
	if !slices.Equal(got, want) {
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("suite misses: %s", w)
			}
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				t.Errorf("suite adds: %s", g)
			}
		}
		t.Errorf("suite: %d findings, analyzers one by one: %d", len(got), len(want))
	}
}

// TestSuiteSkipsOnBrokenPackages: on a package that did not load cleanly
// the suite runs only the analyzers that run despite errors, as the
// checker does for each of them alone.
func TestSuiteSkipsOnBrokenPackages(t *testing.T) {
	var ran []string
	analyzer := func(name string, despite bool) *analysis.Analyzer {
		return &analysis.Analyzer{
			Name: name, Doc: name, RunDespiteErrors: despite,
			Run: func(pass *analysis.Pass) (any, error) {
				ran = append(ran, pass.Pkg.Path()+":"+pass.Analyzer.Name)
				pass.Reportf(pass.Files[0].Package, "%s was here", pass.Analyzer.Name)
				return nil, nil
			},
		}
	}
	dir := t.TempDir()
	for path, src := range map[string]string{
		"src/good/good.go": "package good\n\nfunc F() int { return 1 }\n",
		"src/bad/bad.go":   "package bad\n\nfunc F() int { return undefined }\n",
		// Broken only through its import: no type errors of its own.
		"src/user/user.go": "package user\n\nimport \"bad\"\n\nfunc G() int { return bad.F() }\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, path), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkgs := loadGOPATH(t, dir, "good", "bad", "user")
	broken := map[*types.Package]bool{}
	for _, p := range pkgs {
		broken[p.Types] = p.IllTyped
	}
	for _, tc := range []struct {
		name     string
		illTyped func(*types.Package) bool
		want     []string
	}{
		// By the pass's type errors: user, broken through its import, looks sound.
		{"nil", nil, []string{"bad:lenient", "good:lenient", "good:strict", "user:lenient", "user:strict"}},
		{"IllTyped", func(p *types.Package) bool { return broken[p] }, []string{"bad:lenient", "good:lenient", "good:strict", "user:lenient"}},
	} {
		ran = nil
		suite := analyzers.Suite([]*analysis.Analyzer{analyzer("strict", false), analyzer("lenient", true)}, tc.illTyped)
		g, err := checker.Analyze([]*analysis.Analyzer{suite}, pkgs, &checker.Options{Sequential: true})
		if err != nil {
			t.Fatal(err)
		}
		// Each analyzer reports once per package it runs on, under its own name.
		got := findings(g, func(act *checker.Action, i int) string {
			return act.Package.PkgPath + ":" + act.Result.(*analyzers.SuiteResult).Analyzer[i]
		})
		slices.Sort(ran)
		if !slices.Equal(ran, tc.want) {
			t.Errorf("%s: ran %v, want %v", tc.name, ran, tc.want)
		}
		var reported []string
		for _, f := range got {
			reported = append(reported, f[:strings.IndexByte(f, ' ')])
		}
		if !slices.Equal(reported, tc.want) {
			t.Errorf("%s: findings by %v, want %v", tc.name, reported, tc.want)
		}
	}
}
