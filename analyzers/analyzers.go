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

// All returns the reporting analyzers in a stable order. The helper
// analyzers they require (handlers, summary, inspect) run through Requires.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		handlercore.Analyzer,
		recursion.Analyzer,
		ctxreuse.Analyzer,
		envconfig.Analyzer,
		depbloat.Analyzer,
		handlersig.Analyzer,
	}
}
