package ctxreuse

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/report"
)

//go:embed doc.go
var doc string

// Analyzer is the ctxreuse pass.
var Analyzer = &analysis.Analyzer{
	Name: "ctxreuse",
	Doc:  docs.FromSource(doc),
	URL:  "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#ctxreuse",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	rep.Finish()
	return nil, nil
}
