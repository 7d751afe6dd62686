package depvet

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/gcexportdata"
)

// Policy is what the analyzers promise about dependency packages. The
// driver fills it from the analyzers, so that this package knows none of
// them.
type Policy struct {
	// DeclarationsOnly reports whether the fact analyzers read no
	// function body of the package with these Go files.
	DeclarationsOnly func(goFiles []string) bool
	// NeedsBodies reports whether importing the package with this path
	// makes a fact analyzer read the importer's bodies after all.
	NeedsBodies func(importPath string) bool
}

// errDecline is returned when the unit is left to unitchecker.
var errDecline = errors.New("left to unitchecker")

// Run writes the vetx file of the unit that cfgFile describes and
// reports true when the unit is a dependency (VetxOnly) whose facts need
// no function bodies under p. When it reports false, nothing has been
// written and the caller runs unitchecker on the unit as usual; it also
// reports false for selected analyzers (selected), whose flags only
// unitchecker parses.
func Run(cfgFile string, analyzers []*analysis.Analyzer, selected bool, p Policy) bool {
	if selected {
		return false
	}
	cfg, err := readConfig(cfgFile)
	if err != nil || !cfg.VetxOnly || cfg.VetxOutput == "" || !p.DeclarationsOnly(cfg.GoFiles) {
		return false
	}
	data, err := vetx(cfg, analyzers, p)
	if err != nil {
		return false
	}
	if cfg.Stdout != "" {
		// unitchecker leaves an empty stdout file for the go command to
		// cache with the vetx.
		if err := os.WriteFile(cfg.Stdout, nil, 0o666); err != nil {
			return false
		}
	}
	return os.WriteFile(cfg.VetxOutput, data, 0o666) == nil
}

func readConfig(name string) (*unitchecker.Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	cfg := new(unitchecker.Config)
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, err
	}
	if len(cfg.GoFiles) == 0 {
		return nil, errDecline // unitchecker says what is wrong
	}
	return cfg, nil
}

// vetx computes the unit's vetx file, or fails with any error to decline.
func vetx(cfg *unitchecker.Config, analyzers []*analysis.Analyzer, p Policy) (data []byte, err error) {
	defer func() {
		// An analyzer that panics here would panic under unitchecker as
		// well; let unitchecker report it.
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	analyzers = factAnalyzers(analyzers)
	deps, err := readDeps(cfg.PackageVetx)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	files, bodies, err := parse(cfg, fset, p, false)
	if err != nil {
		return nil, err
	}
	if bodies {
		fset = token.NewFileSet()
		if files, _, err = parse(cfg, fset, p, true); err != nil {
			return nil, err
		}
	}
	sizes := types.SizesFor("gc", build.Default.GOARCH)
	pkg, info, err := check(cfg, fset, files, deps, sizes, !bodies)
	if err != nil {
		return nil, err
	}
	facts, err := decodeFacts(pkg, deps)
	if err != nil {
		return nil, err
	}
	if err := run(cfg, fset, files, pkg, info, analyzers, sizes, facts); err != nil {
		return nil, err
	}
	var typesData bytes.Buffer
	if err := gcexportdata.Write(&typesData, fset, pkg); err != nil {
		return nil, err
	}
	factsData, err := facts.encode()
	if err != nil {
		return nil, err
	}
	return encodeVetx(typesData.Bytes()[1:], factsData), nil // without Write's 'i'
}

// parse parses the unit's Go files, with their bodies blanked unless
// full, and reports whether an import makes the fact analyzers read the
// bodies (Policy.NeedsBodies).
func parse(cfg *unitchecker.Config, fset *token.FileSet, p Policy, full bool) ([]*ast.File, bool, error) {
	files := make([]*ast.File, 0, len(cfg.GoFiles))
	bodies := false
	for _, name := range cfg.GoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, false, err
		}
		if !full {
			src = blankBodies(src)
		}
		f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, false, err
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return nil, false, err
			}
			if mapped, ok := cfg.ImportMap[path]; ok {
				path = mapped
			}
			bodies = bodies || p.NeedsBodies(path)
		}
		files = append(files, f)
	}
	return files, bodies, nil
}

// check type-checks the package against its dependencies' export data
// as unitchecker does, without the function bodies when declarations
// suffice.
func check(cfg *unitchecker.Config, fset *token.FileSet, files []*ast.File, deps map[string]*vetxEntry, sizes types.Sizes, declarations bool) (*types.Package, *types.Info, error) {
	imports := map[string]*types.Package{}
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := cfg.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		entry, ok := deps[path]
		if !ok {
			return nil, fmt.Errorf("no package vetx file for %q", path)
		}
		return gcexportdata.Read(bytes.NewReader(append([]byte{'i'}, entry.types...)), fset, imports, path)
	})
	tc := &types.Config{
		Importer:         importer,
		Sizes:            sizes,
		GoVersion:        cfg.GoVersion,
		IgnoreFuncBodies: declarations,
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	pkg, err := tc.Check(cfg.ImportPath, fset, files, info)
	return pkg, info, err
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
