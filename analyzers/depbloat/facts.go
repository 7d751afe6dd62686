package depbloat

import (
	"go/ast"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// closureAnalyzer computes the closure fact of every package, the
// dependencies included. It is apart from Analyzer so that the work done
// on each of the thousands of dependency packages is only the fact: no
// handler discovery, no configuration, no reporting, which Analyzer does
// on the packages being checked alone.
var closureAnalyzer = &analysis.Analyzer{
	Name:       "depbloatclosure",
	Doc:        "depbloatclosure exports each package's transitive import closure as a fact for depbloat",
	Run:        runClosure,
	ResultType: reflect.TypeOf((*closureResult)(nil)),
	FactTypes:  []analysis.Fact{(*closure)(nil)},
	// The closure of a package with type errors still says what it links.
	RunDespiteErrors: true,
}

// closureResult is what depbloat needs of the analysed package: its
// closure, its non-test files and their imports with the imported
// packages' facts.
type closureResult struct {
	fact  *closure // nil for the test main and external test packages
	files []*ast.File
	sites []importSite
	specs []specSite
}

// specSite is an import spec and the index of its importSite.
type specSite struct {
	spec *ast.ImportSpec
	site int
}

func runClosure(pass *analysis.Pass) (any, error) {
	res := &closureResult{}
	if pass.Pkg.Name() == "main" && strings.HasSuffix(pass.Pkg.Path(), ".test") {
		return res, nil // the test main the go command generates
	}
	var ownBytes int64
	seen := map[string]int{}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil || strings.HasSuffix(tf.Name(), "_test.go") {
			continue // test files are not linked into the function
		}
		res.files = append(res.files, f)
		ownBytes += int64(tf.Size())
		for _, spec := range f.Imports {
			pn := pass.TypesInfo.PkgNameOf(spec)
			if pn == nil {
				continue // import "C"
			}
			imp := pn.Imported()
			i, ok := seen[imp.Path()]
			if !ok {
				s := importSite{path: imp.Path(), where: where(pass.Fset, spec.Pos())}
				fact := new(closure)
				if pass.ImportPackageFact(imp, fact) {
					s.fact = fact
				}
				i = len(res.sites)
				seen[imp.Path()] = i
				res.sites = append(res.sites, s)
			}
			res.specs = append(res.specs, specSite{spec: spec, site: i})
		}
	}
	if len(res.files) == 0 {
		return res, nil // an external test package: nothing links it
	}
	for i := range res.sites {
		if res.sites[i].path == httptestPath {
			res.sites[i].harmless = recorderOnly(pass, res.files)
		}
	}
	res.fact = build(pass, ownModule(pass), ownBytes, res.sites)
	pass.ExportPackageFact(res.fact)
	return res, nil
}

// ownModule is the analysed package's module path: from the driver's
// module information when there is some, else guessed from the path.
func ownModule(pass *analysis.Pass) string {
	if pass.Module != nil && pass.Module.Path != "" {
		return pass.Module.Path
	}
	return moduleOf(pass.Pkg.Path())
}
