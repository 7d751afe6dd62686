package depbloat

import "golang.org/x/tools/go/analysis"

// closureView is the closure fact as the test analyzer exports it: a
// fact type belongs to one analyzer, and analysistest checks the facts of
// the analyzer it runs.
type closureView struct{ Closure closure }

// WithFacts is Analyzer plus the closure facts of closureAnalyzer, so that
// one analysistest run checks both the findings and the `package:` facts.
var WithFacts = &analysis.Analyzer{
	Name:             Analyzer.Name,
	Doc:              Analyzer.Doc,
	Requires:         Analyzer.Requires,
	FactTypes:        []analysis.Fact{(*closureView)(nil)},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		if cr := pass.ResultOf[closureAnalyzer].(*closureResult); cr.fact != nil {
			pass.ExportPackageFact(&closureView{*cr.fact})
		}
		return run(pass)
	},
}

func (*closureView) AFact() {}

func (v *closureView) String() string { return v.Closure.String() }
