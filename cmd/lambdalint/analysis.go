package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fatih/color"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/lambdalint/lambdalint/analyzers"
	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/output"
	"github.com/lambdalint/lambdalint/rules"
)

type analysisFlags struct {
	format, configFile, enable, disable, dir, engine string
	fix, noColor, tests                              bool
}

// newFlagSet declares the analysis flags into fl. Parse errors are left to
// the caller, which prints them on one line.
func newFlagSet(fl *analysisFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("lambdalint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&fl.format, "format", "text", "output format: text, json, sarif or github")
	fs.StringVar(&fl.configFile, "config", "", "configuration `file` (default: lambdalint.toml found from the working directory up to the module root)")
	fs.StringVar(&fl.enable, "enable", "", "comma-separated analyzers or rule ids to enable")
	fs.StringVar(&fl.disable, "disable", "", "comma-separated analyzers or rule ids to disable")
	fs.BoolVar(&fl.fix, "fix", false, "apply suggested fixes")
	fs.BoolVar(&fl.noColor, "no-color", false, "disable colour (also NO_COLOR)")
	fs.BoolVar(&fl.tests, "tests", false, "analyse _test.go files too")
	fs.StringVar(&fl.dir, "C", "", "run as if started in `dir`")
	// Hidden: vet (go vet -vettool, facts and results in the build cache;
	// engine_vet.go) or packages (go/packages, in this process).
	fs.StringVar(&fl.engine, "engine", "vet", "")
	return fs
}

// printUsage writes the usage and the analysis flags.
func printUsage(w io.Writer) {
	usage(w)
	fs := newFlagSet(&analysisFlags{})
	fs.SetOutput(w)
	fs.PrintDefaults()
}

func runAnalysis(args []string, stdout, stderr io.Writer) int {
	var fl analysisFlags
	fs := newFlagSet(&fl)
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "lambdalint: "+format+"\n", a...)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return 0
		}
		return fail("%v (see lambdalint help)", err)
	}
	if fl.dir != "" {
		if err := os.Chdir(fl.dir); err != nil {
			return fail("-C: %v", err)
		}
	}
	formatter, err := output.Lookup(fl.format)
	if err != nil {
		return fail("-format: %v", err)
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	cfg, err := loadConfig(fl, cwd)
	if err != nil {
		return fail("%v", err)
	}
	selected, err := selectAnalyzers(fl, cfg)
	if err != nil {
		return fail("%v", err)
	}

	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	var findings []output.Finding
	var fixes []fix
	var loadFailed bool
	switch fl.engine {
	case "vet", "packages":
	default:
		return fail("-engine: unknown engine %q (vet or packages)", fl.engine)
	}
	// SARIF records suppressed results (with the directive's reason) so
	// that code-scanning tools show them as dismissed, not as fixed.
	keepSuppressed := fl.format == "sarif"
	report.KeepSuppressed = keepSuppressed
	useVet := fl.engine == "vet" && !fl.fix // -fix needs the edits: the packages engine has them
	if useVet {
		// go vet gives up on the whole run when one package's imports
		// do not resolve, and only warns about patterns that match
		// nothing. Whenever it says anything beyond findings, the
		// packages engine redoes the run: it analyses every package that
		// loads and reports the others one line each.
		var vetErr bytes.Buffer
		opts := vetOptions{configFile: fl.configFile, enable: fl.enable, disable: fl.disable, tests: fl.tests, suppressed: keepSuppressed}
		findings, loadFailed, err = runVetEngine(patterns, selected, opts, cwd, &vetErr)
		useVet = err == nil && !loadFailed && vetErr.Len() == 0
	}
	if !useVet {
		findings, fixes, loadFailed, err = analysePackages(patterns, selected, fl, cwd, stderr)
	}
	if errors.Is(err, errNothingLoaded) {
		return 2 // nothing to analyse: the errors say why
	}
	if err != nil {
		return fail("%v", err)
	}
	if fl.fix && len(fixes) > 0 {
		if err := applyFixes(fixes); err != nil {
			return fail("-fix: %v", err)
		}
	}
	output.Sort(findings)
	opt := output.Options{
		Color:   !fl.noColor && os.Getenv("NO_COLOR") == "" && !color.NoColor && stdout == io.Writer(os.Stdout),
		Tool:    "lambdalint",
		Version: version(),
	}
	if err := formatter.Format(stdout, findings, opt); err != nil {
		return fail("writing output: %v", err)
	}
	if loadFailed {
		return 2
	}
	for _, f := range findings {
		if f.Suppressed == "" && f.Severity.Rank() >= cfg.FailSeverity().Rank() {
			return 1
		}
	}
	return 0
}

// errNothingLoaded: no package loaded; the load errors are printed.
var errNothingLoaded = errors.New("no package loaded")

// analysePackages is the packages engine: it loads patterns with
// go/packages and analyses them in this process.
func analysePackages(patterns []string, selected []*analysis.Analyzer, fl analysisFlags, cwd string, stderr io.Writer) ([]output.Finding, []fix, bool, error) {
	pcfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: fl.tests}
	pkgs, err := packages.Load(pcfg, patterns...)
	if err != nil {
		return nil, nil, false, err
	}
	if len(pkgs) == 0 {
		return nil, nil, false, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	loadFailed := reportLoadErrors(pkgs, cwd, stderr)
	if loadFailed && !anyLoaded(pkgs) {
		return nil, nil, true, errNothingLoaded
	}

	illTyped := map[*types.Package]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.IllTyped {
			illTyped[p.Types] = true
		}
	})
	suite := analyzers.Suite(selected, func(p *types.Package) bool { return illTyped[p] })
	graph, err := checker.Analyze([]*analysis.Analyzer{suite}, pkgs, nil)
	if err != nil {
		return nil, nil, false, err
	}
	var findings []output.Finding
	var fixes []fix
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			if strings.Contains(act.Err.Error(), "analysis skipped due to errors") {
				continue // the load error is already reported
			}
			return nil, nil, false, fmt.Errorf("%s: %v", act.Package.PkgPath, rootCause(act.Err))
		}
		by := act.Result.(*analyzers.SuiteResult).Analyzer
		for i, d := range act.Diagnostics {
			f := toFinding(act.Package.Fset, by[i], d, cwd)
			key := fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Line, f.Column, f.Rule, f.Message)
			if seen[key] {
				continue // a package and its test variant
			}
			seen[key] = true
			findings = append(findings, f)
			fixes = append(fixes, fixesOf(act.Package.Fset, d)...)
		}
	}
	return findings, fixes, loadFailed, nil
}

// rootCause drops the wrapping the checker adds around an analyzer's error.
func rootCause(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// loadConfig reads -config or the lambdalint.toml that applies to the
// working directory, and folds -enable and -disable into it. When either
// flag or -config is given the result overrides every per-directory file,
// so the analyzers see exactly what the command line says.
func loadConfig(fl analysisFlags, cwd string) (*config.Config, error) {
	var cfg *config.Config
	var err error
	if fl.configFile != "" {
		cfg, err = config.Load(fl.configFile)
	} else {
		cfg, err = config.ForDir(cwd)
	}
	if err != nil {
		return nil, err
	}
	if fl.configFile == "" && fl.enable == "" && fl.disable == "" {
		return cfg, nil
	}
	c := *cfg
	for _, pair := range []struct {
		flag string
		dst  *[]string
	}{{fl.enable, &c.Enable}, {fl.disable, &c.Disable}} {
		for _, name := range splitList(pair.flag) {
			if !config.Known(name) {
				hint := ""
				if n := rules.Nearest(name, rules.IDs()); n != "" {
					hint = fmt.Sprintf("; did you mean %q?", n)
				}
				return nil, fmt.Errorf("unknown analyzer or rule %q%s", name, hint)
			}
			*pair.dst = append((*pair.dst)[:len(*pair.dst):len(*pair.dst)], name)
		}
	}
	if fl.enable != "" {
		// -enable names what runs: drop the file's disables of them.
		var keep []string
		for _, d := range c.Disable {
			if !contains(splitList(fl.enable), d) {
				keep = append(keep, d)
			}
		}
		c.Disable = keep
	}
	config.SetOverride(&c)
	return &c, nil
}

// selectAnalyzers drops analyzers that are disabled as a whole. An
// -enable list of analyzer names runs only those.
func selectAnalyzers(fl analysisFlags, cfg *config.Config) ([]*analysis.Analyzer, error) {
	only := map[string]bool{}
	for _, name := range splitList(fl.enable) {
		if r, ok := rules.Lookup(name); ok {
			only[r.Analyzer] = true
		} else {
			only[name] = true
		}
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers.All() {
		if len(only) > 0 && !only[a.Name] {
			continue
		}
		if contains(cfg.Disable, a.Name) {
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("every analyzer is disabled")
	}
	return out, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// reportLoadErrors prints, one line each, why packages could not be
// loaded or type-checked, and reports whether any failed. The packages
// that did load are still analysed.
func reportLoadErrors(pkgs []*packages.Package, cwd string, stderr io.Writer) bool {
	failed := false
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			// One line each: go list's hints ("to add it:\n\tgo get …")
			// are folded in.
			msg := strings.Join(strings.Fields(e.Msg), " ")
			if e.Pos != "" && e.Pos != "-" {
				msg = relPos(e.Pos, cwd) + ": " + msg
			} else {
				msg = p.PkgPath + ": " + msg
			}
			if !seen[msg] {
				seen[msg] = true
				fmt.Fprintf(stderr, "lambdalint: %s\n", msg)
			}
			failed = true
		}
	})
	return failed
}

// anyLoaded reports whether at least one of the root packages loaded
// without errors, so that there is something to analyse and report on.
func anyLoaded(pkgs []*packages.Package) bool {
	for _, p := range pkgs {
		if len(p.Errors) == 0 {
			return true
		}
	}
	return false
}

func relPos(pos, cwd string) string {
	if filepath.IsAbs(pos) {
		if r, err := filepath.Rel(cwd, pos); err == nil && !strings.HasPrefix(r, "..") {
			return r
		}
	}
	return pos
}

func relPath(file, cwd string) string {
	if r, err := filepath.Rel(cwd, file); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return file
}

func toFinding(fset *token.FileSet, analyzer string, d analysis.Diagnostic, cwd string) output.Finding {
	p := fset.Position(d.Pos)
	rule, suppressed := report.SplitCategory(d.Category)
	if rule == "" {
		rule = analyzer
	}
	cfg, err := config.ForDir(filepath.Dir(p.Filename))
	if err != nil {
		cfg = config.Default()
	}
	f := output.Finding{
		Analyzer:   analyzer,
		Rule:       rule,
		Severity:   cfg.Severity(rule),
		File:       relPath(p.Filename, cwd),
		Line:       p.Line,
		Column:     p.Column,
		Message:    d.Message,
		Suppressed: suppressed,
	}
	if r, ok := rules.Lookup(rule); ok && r.Analyzer == "lambdalint" {
		f.Analyzer = analyzer
	}
	for _, rel := range d.Related {
		rp := fset.Position(rel.Pos)
		f.Related = append(f.Related, relatedLocation(p.Filename, rp.Filename, rp.Line, rp.Column, rel.Message, cwd))
	}
	return f
}

// relatedLocation builds a related location. Positions of objects in other
// packages carry no column under go vet (export data keeps lines only), so
// the column of a location outside the finding's directory is left out in
// both engines, which then give identical findings.
func relatedLocation(findingFile, file string, line, col int, msg, cwd string) output.Location {
	if filepath.Dir(file) != filepath.Dir(findingFile) {
		col = 0
	}
	return output.Location{File: relPath(file, cwd), Line: line, Column: col, Message: msg}
}
