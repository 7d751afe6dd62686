package analyzers

import (
	"fmt"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Suite returns one analyzer that runs the analyzers as, in their order,
// on each package: the lambdalint command's packages engine analyses with
// it.
//
// The reporting analyzers export no facts, so running them as one pass
// changes no finding, and it spares the checker
// (golang.org/x/tools/go/analysis/checker) an action and a goroutine per
// analyzer, package and prerequisite: at N=800 (bench/gen) those were
// 5,100 actions and 8,500 edges, as much CPU as the six analyzers' own
// work. Drivers that take analyzers by name (go vet -vettool,
// golangci-lint, nogo) keep running them one by one.
//
// The suite's result says which analyzer reported each of the action's
// diagnostics (SuiteResult.Analyzer), in the order they were reported: a
// driver that keeps every diagnostic in order, as the checker does, lines
// them up by index.
//
// The checker skips an analyzer without RunDespiteErrors on a package
// that did not load cleanly; the suite skips it on a package for which
// illTyped is true (go/packages' Package.IllTyped, which a pass does not
// carry). With illTyped nil it goes by the pass's own type errors, which
// misses a package broken only through a dependency or by errors go list
// or the parser reported.
func Suite(as []*analysis.Analyzer, illTyped func(*types.Package) bool) *analysis.Analyzer {
	var names []string
	var requires []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	despite := false
	for _, a := range as {
		if len(a.FactTypes) > 0 {
			panic("lambdalint: analyzer " + a.Name + " exports facts and cannot run in the suite")
		}
		names = append(names, a.Name)
		despite = despite || a.RunDespiteErrors
		for _, r := range a.Requires {
			if !seen[r] {
				seen[r] = true
				requires = append(requires, r)
			}
		}
	}
	return &analysis.Analyzer{
		Name:             "lambdalint",
		Doc:              "lambdalint runs " + strings.Join(names, ", ") + " as one pass",
		URL:              "https://github.com/lambdalint/lambdalint/blob/main/RULES.md",
		Requires:         requires,
		RunDespiteErrors: despite,
		ResultType:       reflect.TypeOf((*SuiteResult)(nil)),
		Run: func(pass *analysis.Pass) (any, error) {
			return runSuite(pass, as, illTyped)
		},
	}
}

// SuiteResult is the result of the suite's pass on a package.
type SuiteResult struct {
	// Analyzer names, in the order the pass reported them, the analyzer
	// behind each diagnostic.
	Analyzer []string
}

func runSuite(pass *analysis.Pass, as []*analysis.Analyzer, illTyped func(*types.Package) bool) (*SuiteResult, error) {
	res := &SuiteResult{}
	broken := len(pass.TypeErrors) > 0
	if illTyped != nil {
		broken = illTyped(pass.Pkg)
	}
	for _, a := range as {
		if broken && !a.RunDespiteErrors {
			continue
		}
		sub := *pass
		sub.Analyzer = a
		sub.Report = func(d analysis.Diagnostic) {
			res.Analyzer = append(res.Analyzer, a.Name)
			pass.Report(d)
		}
		if _, err := a.Run(&sub); err != nil {
			return nil, fmt.Errorf("%s: %w", a.Name, err)
		}
	}
	return res, nil
}
