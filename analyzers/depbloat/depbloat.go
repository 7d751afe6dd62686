package depbloat

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers/docs"
	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/report"
)

//go:embed doc.go
var doc string

// Analyzer reports what a function binary should not link.
var Analyzer = &analysis.Analyzer{
	Name:     "depbloat",
	Doc:      docs.FromSource(doc),
	URL:      "https://github.com/lambdalint/lambdalint/blob/main/RULES.md#depbloat",
	Requires: []*analysis.Analyzer{handlers.Analyzer, closureAnalyzer},
	Run:      run,
	// The closure of a package with type errors still says what it links.
	RunDespiteErrors: true,
}

// Rule ids.
const (
	RuleSDKv1       = "sdk-v1"
	RuleTestPackage = "test-package"
	RuleClosureSize = "closure-size"
	RuleFramework   = "framework"
)

// Default thresholds of closure-size. A function with aws-lambda-go,
// aws-sdk-go-v2's config and three service clients (s3, dynamodb, sqs)
// links about 340 packages and 21 MB of Go source, two thirds of it the
// standard library.
const (
	DefaultMaxPackages    = 600
	DefaultMaxSourceBytes = 48 << 20
)

const lambdaPkg = "github.com/aws/aws-lambda-go/lambda"

func run(pass *analysis.Pass) (any, error) {
	cr := pass.ResultOf[closureAnalyzer].(*closureResult)
	if cr.fact == nil {
		return nil, nil // the test main, or an external test package: nothing links it
	}
	rep, err := report.New(pass)
	if err != nil {
		return nil, err
	}
	if isFunction(pass, cr.fact) {
		c := &binaryCheck{pass: pass, rep: rep, ownMod: ownModule(pass), fact: cr.fact, reported: map[string]bool{}}
		for _, s := range cr.specs {
			c.checkImport(s.spec, &cr.sites[s.site])
		}
		c.checkSize(cr.files)
	}
	rep.Finish()
	return nil, nil
}

// isFunction reports whether the package is a function's main package:
// package main that links aws-lambda-go's lambda package (lambdaurl and
// the adapters call it) or registers a handler.
func isFunction(pass *analysis.Pass, fact *closure) bool {
	if pass.Pkg.Name() != "main" {
		return false
	}
	if fact.has(lambdaPkg) {
		return true
	}
	res, _ := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	return res != nil && (len(res.Registrations) > 0 || len(res.Handlers) > 0)
}

type binaryCheck struct {
	pass     *analysis.Pass
	rep      *report.Reporter
	ownMod   string
	fact     *closure
	reported map[string]bool // frameworks already reported
}

func (c *binaryCheck) checkImport(spec *ast.ImportSpec, site *importSite) {
	path, fact := site.path, site.fact
	switch classify(path) {
	case kindSDKv1:
		c.rep.Reportf(RuleSDKv1, spec, nil,
			"%s is aws-sdk-go v1, which reached end of support on July 31, 2025 and is one module holding every service; import %s instead",
			path, v2Equivalent(path))
		return
	case kindTest:
		if allowed(c.rep.Config().Depbloat.Allow, path) || site.harmless {
			return
		}
		tp, _ := testPackageOf(path)
		c.rep.Reportf(RuleTestPackage, spec, nil, "%s is %s; a non-test file links it into the function binary: %s",
			path, tp.why, fixOf(tp))
		return
	case kindFramework:
		name, root := frameworkOf(path)
		if c.reported[root] || fact == nil {
			return
		}
		c.reported[root] = true
		n, size := fact.outsideStd()
		c.rep.Reportf(RuleFramework, spec, nil, "%s", frameworkMessage(name, root, "", n, size, c.fact))
		return
	}
	if fact == nil {
		return
	}
	inModule := sameModule(c.pass, c.ownMod, path, fact)
	var tests, v1 []reach
	for _, r := range fact.Reach {
		switch r.Kind {
		case kindTest:
			if inModule && !allowed(c.rep.Config().Depbloat.Allow, r.Path) {
				tests = append(tests, r)
			}
		case kindSDKv1:
			if inModule {
				v1 = append(v1, r)
			}
		case kindFramework:
			if c.reported[r.Path] {
				continue
			}
			c.reported[r.Path] = true
			name, _ := frameworkOf(r.Path)
			c.rep.Reportf(RuleFramework, spec, nil, "%s", frameworkMessage(name, r.Path, path, r.Packages, r.Bytes, c.fact))
		}
	}
	if len(tests) > 0 {
		c.rep.Reportf(RuleTestPackage, spec, nil, "%s links %s into the function binary from non-test code (%s); %s",
			path, list(tests), chains(path, tests), fixOfReach(tests))
	}
	if len(v1) > 0 {
		var alts []string
		for _, r := range v1 {
			alts = append(alts, v2Equivalent(r.Path))
		}
		c.rep.Reportf(RuleSDKv1, spec, nil, "%s links aws-sdk-go v1 (%s), which reached end of support on July 31, 2025 and is one module holding every service; import %s instead",
			path, chains(path, v1), strings.Join(dedup(alts), ", "))
	}
}

func fixOf(tp testPackage) string {
	if tp.debug {
		return "remove the import, or keep it in a file with a build tag that function builds leave out"
	}
	return "move the code that uses it into a _test.go file"
}

func fixOfReach(rs []reach) string {
	them := "them"
	if len(rs) == 1 {
		them = "it"
	}
	for _, r := range rs {
		if tp, _ := testPackageOf(r.Path); !tp.debug {
			return "move the code that uses " + them + " into _test.go files or into a package that only tests import"
		}
	}
	if len(rs) == 1 {
		return "remove the import, or keep it in a file with a build tag that function builds leave out"
	}
	return "remove the imports, or keep them in files with a build tag that function builds leave out"
}

// list names the flagged packages of rs.
func list(rs []reach) string {
	var names []string
	for _, r := range rs {
		names = append(names, r.Path)
	}
	return strings.Join(names, ", ")
}

// chains spells each chain from the import down to the flagged package,
// with the place of the last import.
func chains(first string, rs []reach) string {
	var out []string
	for _, r := range rs {
		out = append(out, strings.Join(append([]string{first}, r.Chain...), " -> ")+" at "+r.Where)
	}
	return strings.Join(out, "; ")
}

func dedup(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func frameworkMessage(name, root, via string, n int, size int64, all *closure) string {
	through := ""
	if via != "" {
		through = " through " + via
	}
	total, _ := all.outsideStd()
	return fmt.Sprintf("the function links the %s web framework (%s)%s: %d packages and %s of Go source outside the standard library in its closure, of the function's %d; "+
		"if the function serves a few routes, net/http's ServeMux (method and wildcard patterns since Go 1.22) with lambdaurl.Wrap or an httpadapter does the same with the standard library",
		name, root, through, n, mib(size), total)
}

func (c *binaryCheck) checkSize(files []*ast.File) {
	if !c.rep.Enabled(RuleClosureSize) {
		return
	}
	cfg := c.rep.Config().Depbloat
	maxPkgs, maxBytes := cfg.MaxPackages, cfg.MaxSourceBytes
	if maxPkgs <= 0 {
		maxPkgs = DefaultMaxPackages
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxSourceBytes
	}
	n, size := len(c.fact.Pkgs), c.fact.bytes()
	var over []string
	if n > maxPkgs {
		over = append(over, fmt.Sprintf("max-packages = %d", maxPkgs))
	}
	if size > maxBytes {
		over = append(over, fmt.Sprintf("max-source-bytes = %d (%s)", maxBytes, mib(maxBytes)))
	}
	if len(over) == 0 {
		return
	}
	nStd, sizeStd := 0, int64(0)
	type mod struct {
		path  string
		pkgs  int
		bytes int64
	}
	mods := map[string]*mod{}
	for _, p := range c.fact.Pkgs {
		m := c.fact.Mods[p.Mod]
		if m == stdModule && !c.own(p.Path) {
			nStd++
			sizeStd += p.Bytes
			continue
		}
		if c.own(p.Path) {
			m = c.ownMod
			if c.pass.Module == nil {
				m = repoRoot(c.pass.Pkg.Path())
			}
		}
		if mods[m] == nil {
			mods[m] = &mod{path: m}
		}
		mods[m].pkgs++
		mods[m].bytes += p.Bytes
	}
	var top []*mod
	for _, m := range mods {
		top = append(top, m)
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].bytes != top[j].bytes {
			return top[i].bytes > top[j].bytes
		}
		return top[i].path < top[j].path
	})
	if len(top) > 5 {
		top = top[:5]
	}
	var names []string
	for _, m := range top {
		names = append(names, fmt.Sprintf("%s (%d packages, %s)", m.path, m.pkgs, mib(m.bytes)))
	}
	largest := "none outside the standard library"
	if len(names) > 0 {
		largest = strings.Join(names, ", ")
	}
	c.rep.At(RuleClosureSize, c.sizePos(files), nil,
		"the function links %d packages with %s of Go source (the standard library: %d packages, %s), over [depbloat] %s; the largest modules: %s; drop or replace what the function does not need, or raise the limit in lambdalint.toml",
		n, mib(size), nStd, mib(sizeStd), strings.Join(over, " and "), largest)
}

// own reports whether path is in the analysed package's module.
func (c *binaryCheck) own(path string) bool {
	if c.pass.Module != nil && c.pass.Module.Path != "" {
		return path == c.ownMod || strings.HasPrefix(path, c.ownMod+"/")
	}
	return handlers.InModule(c.pass, path)
}

// sizePos is the handler registration in a non-test file, else the
// package clause.
func (c *binaryCheck) sizePos(files []*ast.File) token.Pos {
	if res, _ := c.pass.ResultOf[handlers.Analyzer].(*handlers.Result); res != nil {
		for _, call := range res.Registrations {
			if !strings.HasSuffix(c.pass.Fset.File(call.Pos()).Name(), "_test.go") {
				return call.Pos()
			}
		}
	}
	return files[0].Name.Pos()
}

func mib(n int64) string {
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
}

func where(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}
