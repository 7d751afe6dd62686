package depvet

import (
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// factAnalyzers returns the analyzers that export facts, found through
// the Requires of the given ones, and registers their fact types with gob
// as unitchecker does. unitchecker's VetxOnly mode also runs every
// analyzer that requires one of these, whose diagnostics it then
// discards: only an analyzer that declares FactTypes may export facts, so
// the vetx file does not depend on them.
func factAnalyzers(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	seen := map[*analysis.Analyzer]bool{}
	var out []*analysis.Analyzer
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		if len(a.FactTypes) > 0 {
			for _, f := range a.FactTypes {
				gob.Register(f)
			}
			out = append(out, a)
		}
	}
	for _, a := range analyzers {
		visit(a)
	}
	return out
}

// run runs the analyzers and their prerequisites on the unit, one after
// the other, and discards their diagnostics as unitchecker does in
// VetxOnly mode. Any analyzer error declines the unit.
func run(cfg *unitchecker.Config, fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info, analyzers []*analysis.Analyzer, sizes types.Sizes, facts *factSet) error {
	module := cfg.Module
	if module == nil && cfg.ModulePath != "" {
		module = &analysis.Module{Path: cfg.ModulePath, Version: cfg.ModuleVersion, GoVersion: cfg.GoVersion}
	}
	results := map[*analysis.Analyzer]any{}
	var exec func(a *analysis.Analyzer) error
	exec = func(a *analysis.Analyzer) error {
		if _, ok := results[a]; ok {
			return nil
		}
		inputs := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			if err := exec(req); err != nil {
				return err
			}
			inputs[req] = results[req]
		}
		filter := map[reflect.Type]bool{}
		for _, f := range a.FactTypes {
			filter[reflect.TypeOf(f)] = true
		}
		pass := &analysis.Pass{
			Analyzer:          a,
			Fset:              fset,
			Files:             files,
			OtherFiles:        cfg.NonGoFiles,
			IgnoredFiles:      cfg.IgnoredFiles,
			Pkg:               pkg,
			TypesInfo:         info,
			TypesSizes:        sizes,
			ResultOf:          inputs,
			Report:            func(analysis.Diagnostic) {},
			ImportObjectFact:  facts.importObjectFact,
			ExportObjectFact:  facts.exportObjectFact,
			AllObjectFacts:    func() []analysis.ObjectFact { return facts.allObjectFacts(filter) },
			ImportPackageFact: facts.importPackageFact,
			ExportPackageFact: facts.exportPackageFact,
			AllPackageFacts:   func() []analysis.PackageFact { return facts.allPackageFacts(filter) },
			ReadFile:          os.ReadFile,
			Module:            module,
		}
		res, err := a.Run(pass)
		if err != nil {
			return fmt.Errorf("%s: %v", a.Name, err)
		}
		results[a] = res
		return nil
	}
	for _, a := range analyzers {
		if err := exec(a); err != nil {
			return err
		}
	}
	return nil
}
