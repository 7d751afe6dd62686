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
// The helper analyzers they require (handlers, summary, inspect) run
// through Requires. The order is also the order in which
// golang.org/x/tools/go/analysis/checker starts the root actions, one
// goroutine each, all at once: envconfig, which needs only the syntax,
// goes first and handlercore, whose three prerequisites wait on the whole
// fact graph, last, so fewer goroutines block on an action another is
// still running. Measured side by side (bench/overhead, N=800): this
// order costs 0.06-0.10 less of the no-op baseline than handlercore
// first; at N=200 the orders do not differ.
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
