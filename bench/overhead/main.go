// Command overhead measures lambdalint's analyzer overhead over one loaded
// program: it loads the packages once (go/packages LoadAllSyntax, as the
// lambdalint command does), then runs checker.Analyze alternately with a
// no-op analyzer that requires the same facts (every analyzer in
// analyzers.All()'s graph that exports facts: summaries, the import
// closures, the recursion and handlercore facts) and with analyzers.All(),
// and prints the median times, wall and CPU (user+system of the process).
// "all" is analyzers.Suite(analyzers.All()), as the lambdalint command's
// packages engine runs them; -separate runs them one by one, as go vet
// -vettool and golangci-lint do. -mode three also runs the floor
// (shells): our graph with every analyzer that exports no facts emptied,
// the checker's own cost for our graph.
//
//	overhead -C /tmp/bench200 -runs 5 ./...
//	overhead -C /tmp/bench200 -mode three -runs 11 ./...
//	overhead -C /tmp/bench200 -mode three -separate ./...
//	overhead -C /tmp/bench200 -mode all -cpuprofile cpu.out ./...
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"reflect"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/lambdalint/lambdalint/analyzers"
)

// Noop does nothing but needs the facts our analyzers need.
var Noop = &analysis.Analyzer{
	Name:       "noop",
	Doc:        "noop needs the facts of lambdalint's analyzers and does nothing",
	Requires:   factAnalyzers(analyzers.All()),
	Run:        func(*analysis.Pass) (any, error) { return struct{}{}, nil },
	ResultType: reflect.TypeOf(struct{}{}),
}

// factAnalyzers lists the analyzers of the graph below as that export
// facts: the work every package of the program, dependencies included,
// must have done before any finding can be made.
func factAnalyzers(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			out = append(out, a)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return out
}

// shells returns copies of as whose Run does nothing, with the same
// Requires graph: the analyzers that export facts are the real ones (as
// the no-op needs them), every other one (handlers, the reporting
// analyzers) an empty copy. Analysing with them costs what the checker
// spends on our graph's shape alone: one goroutine per action and per
// edge, waits on actions other goroutines are running.
func shells(as []*analysis.Analyzer) []*analysis.Analyzer {
	memo := map[*analysis.Analyzer]*analysis.Analyzer{}
	var shell func(a *analysis.Analyzer) *analysis.Analyzer
	shell = func(a *analysis.Analyzer) *analysis.Analyzer {
		if len(a.FactTypes) > 0 {
			return a
		}
		if s, ok := memo[a]; ok {
			return s
		}
		s := *a
		result := a.ResultType
		s.Run = func(*analysis.Pass) (any, error) {
			if result == nil {
				return nil, nil
			}
			return reflect.Zero(result).Interface(), nil
		}
		s.Requires = nil
		for _, r := range a.Requires {
			s.Requires = append(s.Requires, shell(r))
		}
		memo[a] = &s
		return &s
	}
	var out []*analysis.Analyzer
	for _, a := range as {
		out = append(out, shell(a))
	}
	return out
}

func main() {
	dir := flag.String("C", "", "run in `dir`")
	runs := flag.Int("runs", 5, "runs of each analysis")
	mode := flag.String("mode", "both", "noop, all, both, floor (our graph with empty analyzers), or three (noop, floor and all)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the analysis runs (not the load) to `file`")
	memprofile := flag.String("memprofile", "", "write a heap profile after the last run to `file`")
	only := flag.String("analyzers", "", "comma-separated names of the analyzers \"all\" runs, in the order given (default analyzers.All)")
	separate := flag.Bool("separate", false, "run the analyzers one by one, as go vet -vettool and golangci-lint do, not as analyzers.Suite")
	byAnalyzer := flag.Bool("by-analyzer", false, "also print each analyzer's summed action time (median over runs; actions overlap on several cores)")
	flag.Parse()
	if *dir != "" {
		if err := os.Chdir(*dir); err != nil {
			log.Fatal(err)
		}
	}
	patterns := flag.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	t0 := time.Now()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, patterns...)
	if err != nil {
		log.Fatal(err)
	}
	load := time.Since(t0)
	nerr := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) { nerr += len(p.Errors) })
	if nerr > 0 {
		log.Fatalf("%d load errors", nerr)
	}
	fmt.Printf("packages %d  load %.3fs\n", len(pkgs), load.Seconds())

	all := analyzers.All()
	if *only != "" {
		all = pick(all, strings.Split(*only, ","))
	}
	if !*separate {
		all = []*analysis.Analyzer{analyzers.Suite(all, nil)}
	}
	sets := map[string][]*analysis.Analyzer{"noop": {Noop}, "all": all, "floor": shells(all)}
	var order []string
	switch *mode {
	case "both":
		order = []string{"noop", "all"}
	case "three":
		order = []string{"noop", "floor", "all"}
	case "noop", "all", "floor":
		order = []string{*mode}
	default:
		log.Fatalf("unknown -mode %q", *mode)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	times := map[string][]float64{}
	cpus := map[string][]float64{}   // process CPU seconds (user+system) per run
	faults := map[string][]float64{} // minor page faults per run
	diags := map[string]int{}
	steps := map[string][]float64{} // "mode/analyzer" -> summed action seconds per run
	for i := 0; i < *runs; i++ {
		// Odd cycles run the analyses in reverse order, so that neither
		// always follows the other (a run after a bigger one starts with
		// more of the heap already faulted in).
		cycle := slices.Clone(order)
		if i%2 == 1 {
			slices.Reverse(cycle)
		}
		for _, name := range cycle {
			runtime.GC()
			c0, f0 := cpuTime(), minorFaults()
			t := time.Now()
			g, err := checker.Analyze(sets[name], pkgs, nil)
			if err != nil {
				log.Fatal(err)
			}
			times[name] = append(times[name], time.Since(t).Seconds())
			cpus[name] = append(cpus[name], cpuTime()-c0)
			faults[name] = append(faults[name], float64(minorFaults()-f0))
			n := 0
			for _, a := range g.Roots {
				if a.Err != nil {
					log.Fatalf("%s: %v", a, a.Err)
				}
				n += len(a.Diagnostics)
			}
			diags[name] = n
			if i == 0 {
				acts, edges := 0, 0
				for act := range g.All() {
					acts++
					edges += len(act.Deps)
				}
				fmt.Printf("%-5s actions %d  edges %d\n", name, acts, edges)
			}
			if *byAnalyzer {
				sum := map[string]float64{}
				for act := range g.All() {
					sum[name+"/"+act.Analyzer.Name] += act.Duration.Seconds()
				}
				for k, v := range sum {
					steps[k] = append(steps[k], v)
				}
			}
		}
	}
	for _, name := range order {
		fmt.Printf("%-5s median %.3fs  diagnostics %d  runs %v\n", name, median(times[name]), diags[name], times[name])
	}
	if *byAnalyzer {
		keys := make([]string, 0, len(steps))
		for k := range steps {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %-24s %.3fs\n", k, median(steps[k]))
		}
	}
	for _, name := range order {
		fmt.Printf("%-5s cpu median %.3fs  page faults %.0f\n", name, median(cpus[name]), median(faults[name]))
	}
	if len(order) >= 2 {
		if len(times["floor"]) > 0 {
			fmt.Printf("ratio floor/noop %.2f\n", median(times["floor"])/median(times["noop"]))
			fmt.Printf("cpu ratio floor/noop %.2f\n", median(cpus["floor"])/median(cpus["noop"]))
		}
		fmt.Printf("ratio all/noop %.2f\n", median(times["all"])/median(times["noop"]))
		fmt.Printf("cpu ratio all/noop %.2f\n", median(cpus["all"])/median(cpus["noop"]))
		// The paired ratio compares the runs of one cycle, made within a
		// second of each other: the machine's drift over the whole command
		// (other tenants, frequency) cancels out of it.
		fmt.Printf("paired ratio all/noop %.2f\n", pairedRatio(times["all"], times["noop"]))
	}
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		if err != nil {
			log.Fatal(err)
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
}

// pick returns the analyzers of as named in names, in the order of names:
// the checker starts the root actions in that order, which changes how
// many of them park waiting (see analyzers.All).
func pick(as []*analysis.Analyzer, names []string) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, n := range names {
		i := slices.IndexFunc(as, func(a *analysis.Analyzer) bool { return a.Name == n })
		if i < 0 {
			log.Fatalf("-analyzers: unknown analyzer %q", n)
		}
		out = append(out, as[i])
	}
	return out
}

// pairedRatio is the median over cycles of a[i]/b[i].
func pairedRatio(a, b []float64) float64 {
	var rs []float64
	for i := range min(len(a), len(b)) {
		rs = append(rs, a[i]/b[i])
	}
	return median(rs)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
