package depbloat

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestEndToEnd runs depbloat on real modules (testdata/e2e/depbloat/*,
// each with its go.mod and go.sum), loaded with go/packages as the
// lambdalint command does: real aws-sdk-go, aws-sdk-go-v2, testify and the
// standard library, module information included. It needs the modules in
// the module cache or the module proxy, so -short skips it.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("loads real modules through the module proxy")
	}
	cases := []struct {
		dir  string
		want []string // "rule main.go:line"
	}{
		{"v1fn", []string{"sdk-v1 main.go:8", "sdk-v1 main.go:9", "sdk-v1 main.go:10", "sdk-v1 main.go:11"}},
		{"testifyfn", []string{"test-package main.go:9"}},
		{"cleanv2", nil},
	}
	for _, tc := range cases {
		t.Run(tc.dir, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e", "depbloat", tc.dir))
			if err != nil {
				t.Fatal(err)
			}
			cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir}
			pkgs, err := packages.Load(cfg, "./...")
			if err != nil {
				t.Skipf("cannot load the module (no module proxy?): %v", err)
			}
			if n := packages.PrintErrors(pkgs); n > 0 {
				t.Fatalf("%d errors loading %s", n, dir)
			}
			graph, err := checker.Analyze([]*analysis.Analyzer{Analyzer}, pkgs, &checker.Options{SanityCheck: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, act := range graph.Roots {
				if act.Err != nil {
					t.Fatalf("%s: %v", act, act.Err)
				}
				for _, d := range act.Diagnostics {
					posn := act.Package.Fset.Position(d.Pos)
					got = append(got, fmt.Sprintf("%s %s:%d", d.Category, filepath.Base(posn.Filename), posn.Line))
					t.Logf("%s: %s: %s", posn, d.Category, d.Message)
				}
				if act.Package.Name == "main" {
					var c closure
					if act.PackageFact(act.Package.Types, &c) {
						t.Logf("%s: %s", act.Package.PkgPath, figures(&c))
					}
				}
			}
			sort.Strings(got)
			want := slices.Clone(tc.want)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("findings:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// figures summarises a closure: totals, the standard library's share and
// the largest modules.
func figures(c *closure) string {
	nStd, std := 0, int64(0)
	byMod := map[string]int64{}
	for _, p := range c.Pkgs {
		m := c.Mods[p.Mod]
		if m == stdModule {
			nStd++
			std += p.Bytes
		}
		byMod[m] += p.Bytes
	}
	mods := make([]string, 0, len(byMod))
	for m := range byMod {
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return byMod[mods[i]] > byMod[mods[j]] })
	if len(mods) > 6 {
		mods = mods[:6]
	}
	var top []string
	for _, m := range mods {
		top = append(top, fmt.Sprintf("%s %d", m, byMod[m]))
	}
	return fmt.Sprintf("%d packages (%d std), %d bytes (%d std); by module: %s", len(c.Pkgs), nStd, c.bytes(), std, strings.Join(top, ", "))
}
