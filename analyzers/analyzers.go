// Package analyzers lists lambdalint's analyzers, for the drivers (the
// lambdalint command, go vet, golangci-lint, nogo). Each analyzer lives in
// a package of its own below this one.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/ctxreuse"
	"github.com/lambdalint/lambdalint/analyzers/depbloat"
	"github.com/lambdalint/lambdalint/analyzers/envconfig"
	"github.com/lambdalint/lambdalint/analyzers/handlercore"
	"github.com/lambdalint/lambdalint/analyzers/handlersig"
	"github.com/lambdalint/lambdalint/analyzers/recursion"
)

// All returns the reporting analyzers in a stable order.
//
// The helper analyzers they require (handlers, summary) run
// through Requires. Suite runs them in this order; given one by one to
// golang.org/x/tools/go/analysis/checker, the order is the order in which
// it starts the root actions, one goroutine each, all at once, and it
// changes how many of them park waiting on a prerequisite another
// goroutine is running. It was chosen
// by measurement, not derived: on 2 cores at N=800 (bench/gen), a scratch
// driver running the orders side by side in one process (21 interleaved
// runs) gave 1.39-1.48 of the no-op baseline with handlercore first and
// 1.29-1.35 with envconfig, which needs only the syntax, first and
// handlercore last; at N=200 the orders did not differ.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		envconfig.Analyzer,
		depbloat.Analyzer,
		handlersig.Analyzer,
		ctxreuse.Analyzer,
		recursion.Analyzer,
		handlercore.Analyzer,
	}
}

// FactsNeedBodies reports whether the facts the analyzers export for a
// third-party package (summary.ThirdPartyFiles) depend on its function
// bodies because it imports the package at path. For every other
// third-party package they depend on its declarations, imports and file
// sizes alone, and the vet tool type-checks it without its bodies
// (internal/depvet).
func FactsNeedBodies(path string) bool { return depbloat.FactNeedsBodies(path) }
