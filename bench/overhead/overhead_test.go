package main

import (
	"os"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/lambdalint/lambdalint/analyzers"
)

// The benchmarks analyse a tree written by bench/gen, loaded once:
//
//	go run ./bench/gen -n 200 -dir /tmp/fleet200
//	LAMBDALINT_BENCH_DIR=/tmp/fleet200 go test ./bench/overhead -run NONE \
//	    -bench Analyze -cpuprofile cpu.out
//	go tool pprof -top -cum bench/overhead.test cpu.out
func load(b *testing.B) []*packages.Package {
	dir := os.Getenv("LAMBDALINT_BENCH_DIR")
	if dir == "" {
		b.Skip("LAMBDALINT_BENCH_DIR is not set (a tree written by bench/gen)")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("load errors")
	}
	return pkgs
}

func bench(b *testing.B, as []*analysis.Analyzer) {
	pkgs := load(b)
	for b.Loop() {
		g, err := checker.Analyze(as, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range g.Roots {
			if a.Err != nil {
				b.Fatalf("%s: %v", a, a.Err)
			}
		}
	}
}

// BenchmarkAnalyzeAll runs the analyzers as the lambdalint command does,
// as one suite; BenchmarkAnalyzeSeparate one by one, as go vet does.
func BenchmarkAnalyzeAll(b *testing.B) {
	bench(b, []*analysis.Analyzer{analyzers.Suite(analyzers.All(), nil)})
}
func BenchmarkAnalyzeSeparate(b *testing.B) { bench(b, analyzers.All()) }
func BenchmarkAnalyzeNoop(b *testing.B)     { bench(b, []*analysis.Analyzer{Noop}) }

// TestNoop: the no-op analyzer needs the same facts as ours.
func TestNoop(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{Noop}); err != nil {
		t.Fatal(err)
	}
	// Every analyzer of All()'s graph that exports facts, and nothing
	// else (a reporting analyzer would not be a no-op).
	want := map[string]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if len(a.FactTypes) > 0 {
			want[a.Name] = true
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range analyzers.All() {
		visit(a)
	}
	got := map[string]bool{}
	for _, r := range Noop.Requires {
		if len(r.FactTypes) == 0 {
			t.Errorf("Noop requires %s, which exports no facts", r.Name)
		}
		got[r.Name] = true
	}
	for name := range want {
		if !got[name] {
			t.Errorf("Noop does not require %s, whose facts lambdalint's analyzers need", name)
		}
	}
	if len(want) < 4 {
		t.Errorf("found only %d fact analyzers (%v): the graph walk is broken", len(want), want)
	}
}

// TestShells: the floor has our graph's shape, with the fact analyzers
// real and every other analyzer one empty copy (shared where the real one
// is shared, or the floor would run it twice), whose Run returns a value
// of its ResultType and reports nothing.
func TestShells(t *testing.T) {
	real, floor := analyzers.All(), shells(analyzers.All())
	if err := analysis.Validate(floor); err != nil {
		t.Fatal(err)
	}
	shellOf := map[*analysis.Analyzer]*analysis.Analyzer{}
	var same func(a, s *analysis.Analyzer)
	same = func(a, s *analysis.Analyzer) {
		if a.Name != s.Name || len(a.Requires) != len(s.Requires) {
			t.Fatalf("shell of %s is %s with %d requirements, want %d", a.Name, s.Name, len(s.Requires), len(a.Requires))
		}
		if prev, ok := shellOf[a]; ok && prev != s {
			t.Errorf("%s has two shells", a.Name)
		}
		shellOf[a] = s
		if len(a.FactTypes) > 0 {
			if a != s {
				t.Errorf("%s exports facts: the floor must run the real one", a.Name)
			}
			return // its requirements are real too
		}
		if a == s {
			t.Errorf("%s exports no facts: the floor must run an empty copy", a.Name)
		}
		reported := false
		res, err := s.Run(&analysis.Pass{Analyzer: s, Report: func(analysis.Diagnostic) { reported = true }})
		if err != nil || reported {
			t.Errorf("shell of %s: err %v, reported %v", a.Name, err, reported)
		}
		if s.ResultType != nil && reflect.TypeOf(res) != s.ResultType {
			t.Errorf("shell of %s returns %T, want %v", a.Name, res, s.ResultType)
		}
		for i := range a.Requires {
			same(a.Requires[i], s.Requires[i])
		}
	}
	if len(real) != len(floor) {
		t.Fatalf("%d shells for %d analyzers", len(floor), len(real))
	}
	for i := range real {
		same(real[i], floor[i])
	}
}

func TestPick(t *testing.T) {
	got := pick(analyzers.All(), []string{"recursion", "envconfig"})
	if len(got) != 2 || got[0].Name != "recursion" || got[1].Name != "envconfig" {
		var names []string
		for _, a := range got {
			names = append(names, a.Name)
		}
		t.Errorf("pick(recursion, envconfig) = %v, want [recursion envconfig], the order given", names)
	}
}

func TestPairedRatio(t *testing.T) {
	// The second analysis is twice the first in every cycle while the
	// machine slows down over the runs: the ratio of the medians drifts,
	// the paired ratio does not.
	a := []float64{2, 4, 8, 16, 32}
	b := []float64{1, 2, 4, 8, 16}
	if got := pairedRatio(a, b); got != 2 {
		t.Errorf("pairedRatio = %v, want 2", got)
	}
	if got := pairedRatio([]float64{3, 1}, []float64{1}); got != 3 {
		t.Errorf("pairedRatio of unequal lengths = %v, want 3 (the cycles both ran)", got)
	}
}
