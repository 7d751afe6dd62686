package main

// The vet engine runs the standalone command's analysis through the go
// command's vet protocol:
//
//	go vet -vettool=<this executable> -json [options] <patterns>
//
// so that the build cache keeps, for every package, its facts (the vetx
// file) and its JSON diagnostics (the vet stdout), and an unchanged package
// is never parsed or type-checked again. The go packages engine
// (analysis.go) re-type-checks every dependency from source on every run.
//
// What the go command caches (cmd/go/internal/work/exec.go, (*Builder).vet,
// go1.26): one action per package whose key hashes
//
//   - the vet tool's id: the output of `<tool> -V=full`, which for
//     unitchecker is the hash of the executable (a rebuilt lambdalint
//     invalidates everything);
//   - the vet flags as passed to the tool (VetFlags);
//   - the package's build action id (its files, build flags and the
//     export data of its dependencies);
//   - the vetx (facts) files of its dependencies.
//
// The environment is NOT part of the key, nor are files the tool reads on
// its own (lambdalint.toml). So options must not travel in environment
// variables: a result computed under one set of options would be served
// for another. They travel as vet flags, which the tool declares (see
// init below) and which are hashed into the key:
//
//	-lambdalint.config=FILE   the -config file
//	-lambdalint.enable=LIST   -enable
//	-lambdalint.disable=LIST  -disable
//	-lambdalint.dir=DIR       the directory -enable/-disable apply from when
//	                          no -config is given (the user's directory)
//	-lambdalint.tests=true    keep _test.go files; by default they are
//	                          dropped (go vet always adds them), so a plain
//	                          go vet -vettool=lambdalint reports what
//	                          lambdalint ./... does
//	-lambdalint.suppressed    report findings that //lambdalint:ignore
//	                          silences too, marked (for SARIF)
//	-lambdalint.deps=true     analyse and report the module's own
//	                          packages in full also when they are only
//	                          dependencies (VetxOnly); the driver keeps
//	                          the findings of the packages it asked for.
//	                          The go command's vet cache key does not
//	                          say whether a package was vetted as a
//	                          dependency (go1.26): without this, a run
//	                          on ./cmd/fn caches an empty result for
//	                          ./internal/x that a later run on ./...
//	                          would print as the package's findings.
//	-lambdalint.key=HASH      no effect: the hash of the contents of every
//	                          lambdalint.toml that can apply, so that an
//	                          edited configuration is a cache miss
//
// Analyzers disabled as a whole are passed as unitchecker's own
// -<analyzer>=false flags.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers"
	"github.com/lambdalint/lambdalint/analyzers/report"
	"github.com/lambdalint/lambdalint/analyzers/summary"
	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/output"
)

// vetOptions are the driver options that reach the vet tool.
type vetOptions struct {
	configFile, enable, disable, dir string
	tests                            bool
	// suppressed keeps findings silenced by //lambdalint:ignore, marked
	// (report.KeepSuppressed), for SARIF's suppressions.
	suppressed bool
	// deps reports own-code dependency units in full (see the file
	// comment); the driver always sets it.
	deps bool
}

// Vet-tool flags (see the file comment). Declared only when the go command
// runs us as a vet tool, so they never show up in the standalone usage.
const vetFlagPrefix = "lambdalint."

func init() {
	if !vetProtocol(os.Args[1:]) {
		return
	}
	var o vetOptions
	flag.StringVar(&o.configFile, vetFlagPrefix+"config", "", "lambdalint: configuration file that overrides every lambdalint.toml")
	flag.StringVar(&o.enable, vetFlagPrefix+"enable", "", "lambdalint: comma-separated analyzers or rule ids to enable")
	flag.StringVar(&o.disable, vetFlagPrefix+"disable", "", "lambdalint: comma-separated analyzers or rule ids to disable")
	flag.StringVar(&o.dir, vetFlagPrefix+"dir", "", "lambdalint: directory -enable/-disable apply from")
	flag.BoolVar(&o.tests, vetFlagPrefix+"tests", false, "lambdalint: analyse _test.go files")
	flag.BoolVar(&o.suppressed, vetFlagPrefix+"suppressed", false, "lambdalint: report suppressed findings too, marked with the directive's reason")
	flag.BoolVar(&o.deps, vetFlagPrefix+"deps", false, "lambdalint: report the module's own packages also when they are dependencies")
	flag.String(vetFlagPrefix+"key", "", "lambdalint: cache key of the configuration (no effect)")

	cfgFile := os.Args[len(os.Args)-1]
	if !strings.HasSuffix(cfgFile, ".cfg") {
		return // -flags, -V=full
	}
	// unitchecker.Main parses the flags later; read ours now, before it
	// builds the passes.
	pre := flag.NewFlagSet("lambdalint-vet", flag.ContinueOnError)
	pre.SetOutput(os.Stderr)
	pre.StringVar(&o.configFile, vetFlagPrefix+"config", "", "")
	pre.StringVar(&o.enable, vetFlagPrefix+"enable", "", "")
	pre.StringVar(&o.disable, vetFlagPrefix+"disable", "", "")
	pre.StringVar(&o.dir, vetFlagPrefix+"dir", "", "")
	pre.BoolVar(&o.tests, vetFlagPrefix+"tests", false, "")
	pre.BoolVar(&o.suppressed, vetFlagPrefix+"suppressed", false, "")
	pre.BoolVar(&o.deps, vetFlagPrefix+"deps", false, "")
	var ours []string
	for _, a := range os.Args[1 : len(os.Args)-1] {
		if strings.HasPrefix(strings.TrimLeft(a, "-"), vetFlagPrefix) && !strings.HasPrefix(strings.TrimLeft(a, "-"), vetFlagPrefix+"key") {
			ours = append(ours, a)
		}
	}
	if err := pre.Parse(ours); err != nil {
		os.Exit(1)
	}
	if err := setupVetTool(o, cfgFile); err != nil {
		fmt.Fprintf(os.Stderr, "lambdalint: %v\n", err)
		os.Exit(1)
	}
}

// setupVetTool applies the options inside the vet tool: the configuration
// override and a unit config without test files (unless -lambdalint.tests)
// and, with -lambdalint.deps, with the module's own dependency packages
// analysed and reported in full.
func setupVetTool(o vetOptions, cfgFile string) error {
	report.KeepSuppressed = o.suppressed
	if o.configFile != "" || o.enable != "" || o.disable != "" {
		if _, err := loadConfig(analysisFlags{configFile: o.configFile, enable: o.enable, disable: o.disable}, o.dir); err != nil {
			return err
		}
	}
	if o.tests && !o.deps {
		return nil
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return err
	}
	var unit map[string]any
	if err := json.Unmarshal(data, &unit); err != nil {
		return fmt.Errorf("%s: %v", cfgFile, err)
	}
	changed := false
	files, _ := unit["GoFiles"].([]any)
	var names []string
	for _, f := range files {
		if s, ok := f.(string); ok {
			names = append(names, s)
		}
	}
	if !o.tests {
		var keep []any
		for _, f := range files {
			if s, ok := f.(string); ok && !strings.HasSuffix(s, "_test.go") {
				keep = append(keep, f)
			}
		}
		if len(keep) == 0 && len(files) > 0 {
			// An external test package: nothing to analyse. Leave
			// empty outputs so the go command caches the (empty)
			// result.
			for _, k := range []string{"VetxOutput", "Stdout"} {
				if p, _ := unit[k].(string); p != "" {
					if err := os.WriteFile(p, nil, 0o666); err != nil {
						return err
					}
				}
			}
			os.Exit(0)
		}
		if len(keep) != len(files) {
			unit["GoFiles"] = keep
			changed = true
		}
	}
	if o.deps && unit["VetxOnly"] == true && !summary.ThirdPartyFiles(names) {
		unit["VetxOnly"] = false
		changed = true
	}
	if !changed {
		return nil
	}
	out, err := json.Marshal(unit)
	if err != nil {
		return err
	}
	rewritten := strings.TrimSuffix(cfgFile, ".cfg") + ".lambdalint.cfg"
	if err := os.WriteFile(rewritten, out, 0o666); err != nil {
		return err
	}
	os.Args[len(os.Args)-1] = rewritten
	return nil
}

// vetCommandArgs returns the arguments of the go vet command that runs the
// analysis of patterns with the options, from the directory cwd.
func vetCommandArgs(tool string, patterns []string, o vetOptions, cwd string) ([]string, error) {
	args := []string{"vet", "-vettool=" + tool, "-json"}
	override := o.configFile != "" || o.enable != "" || o.disable != ""
	var cfgFiles []string
	if o.configFile != "" {
		abs, err := filepath.Abs(o.configFile)
		if err != nil {
			return nil, err
		}
		args = append(args, "-"+vetFlagPrefix+"config="+abs)
		cfgFiles = []string{abs}
	} else {
		files, err := configFiles(cwd)
		if err != nil {
			return nil, err
		}
		cfgFiles = files
		if override {
			args = append(args, "-"+vetFlagPrefix+"dir="+cwd)
		}
	}
	if o.enable != "" {
		args = append(args, "-"+vetFlagPrefix+"enable="+o.enable)
	}
	if o.disable != "" {
		args = append(args, "-"+vetFlagPrefix+"disable="+o.disable)
	}
	if o.tests {
		args = append(args, "-"+vetFlagPrefix+"tests=true")
	}
	args = append(args, "-"+vetFlagPrefix+"deps=true")
	if o.suppressed {
		args = append(args, "-"+vetFlagPrefix+"suppressed=true")
	}
	if len(cfgFiles) > 0 {
		h := sha256.New()
		for _, f := range cfgFiles {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("config: %v", err)
			}
			fmt.Fprintf(h, "%s %d\n", f, len(data))
			h.Write(data)
		}
		args = append(args, "-"+vetFlagPrefix+"key="+hex.EncodeToString(h.Sum(nil))[:16])
	}
	return append(args, patterns...), nil
}

// configFiles lists every lambdalint.toml that may apply to a package of
// the module holding dir: the module tree (without vendor, testdata,
// hidden directories and nested modules) and dir's ancestors up to the
// module root, as config.Find walks.
func configFiles(dir string) ([]string, error) {
	root := dir
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			root = dir // not in a module: the directory tree only
			break
		}
		root = parent
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable directories hold no package either
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if d.Name() == config.FileName {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// runVetEngine analyses patterns through `go vet -vettool`: it returns the
// findings, whether some package could not be built (its errors are
// printed on stderr, one line each), and an error when the run could not be
// done at all. The configuration override, if any, must already be set
// (loadConfig) so severities match the packages engine.
func runVetEngine(patterns []string, selected []*analysis.Analyzer, o vetOptions, cwd string, stderr io.Writer) ([]output.Finding, bool, error) {
	tool, err := os.Executable()
	if err != nil {
		return nil, false, err
	}
	args, err := vetCommandArgs(tool, patterns, o, cwd)
	if err != nil {
		return nil, false, err
	}
	// Analyzers disabled as a whole (selectAnalyzers) do not run at all,
	// as in the packages engine.
	on := map[string]bool{}
	for _, a := range selected {
		on[a.Name] = true
	}
	var off []string
	for _, a := range analyzers.All() {
		if !on[a.Name] {
			off = append(off, "-"+a.Name+"=false")
		}
	}
	args = append(args[:3:3], append(off, args[3:]...)...)

	// The packages the patterns name, listed while go vet runs: with
	// -lambdalint.deps the module's dependency packages report too.
	rootsc := make(chan map[string]bool, 1)
	go func() { rootsc <- listPackages(patterns, cwd) }()

	cmd := exec.Command("go", args...)
	cmd.Dir = cwd
	var stdout, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &errOut
	runErr := cmd.Run()
	roots := <-rootsc
	var exitErr *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exitErr) {
		return nil, false, fmt.Errorf("go vet: %v", runErr)
	}
	findings, err := parseVetJSON(stdout.Bytes(), cwd, func(id string) bool { return roots == nil || roots[rootPackage(id)] })
	if err != nil {
		return nil, false, err
	}
	// A failed run printed why (a package that does not build, a bad
	// pattern); a successful one may still print warnings.
	lines := vetErrorLines(errOut.String())
	for _, line := range lines {
		fmt.Fprintf(stderr, "lambdalint: %s\n", line)
	}
	if runErr != nil && len(lines) == 0 {
		return nil, false, fmt.Errorf("go vet: %v", runErr)
	}
	return findings, runErr != nil, nil
}

// vetErrorLines turns the go command's stderr into one line per error:
// package headers ("# pkg") are dropped and continuation lines (indented)
// are joined to the line they continue.
func vetErrorLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.TrimSpace(line) == "", strings.HasPrefix(line, "# "):
		case (strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "  ")) && len(out) > 0:
			out[len(out)-1] += "; " + strings.TrimSpace(line)
		default:
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// jsonDiagnostic is one diagnostic of unitchecker's -json output
// (x/tools internal/analysis/driverutil.JSONDiagnostic).
type jsonDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
	Related  []struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	} `json:"related"`
}

// listPackages returns the import paths of the packages the patterns
// match, or nil when go list fails (go vet then says why).
func listPackages(patterns []string, cwd string) map[string]bool {
	cmd := exec.Command("go", append([]string{"list", "-find", "-e", "-f", "{{.ImportPath}}"}, patterns...)...)
	cmd.Dir = cwd
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	roots := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			roots[line] = true
		}
	}
	return roots
}

// rootPackage returns the package a vet unit's id is for: "p", "p
// [p.test]" and "p_test [p.test]" are all p's; "dep [p.test]", a package
// that imports p recompiled for p's tests, is dep's.
func rootPackage(id string) string {
	fields := strings.Fields(id)
	if len(fields) == 0 {
		return id
	}
	if len(fields) > 1 {
		if base := strings.TrimSuffix(strings.Trim(fields[1], "[]"), ".test"); fields[0] == base+"_test" {
			return base
		}
	}
	return fields[0]
}

// parseVetJSON reads the stream of JSON trees that `go vet -json` prints,
// one per package: {package id: {analyzer: [diagnostic...] | {"error": …}}},
// of the packages keep accepts.
func parseVetJSON(data []byte, cwd string, keep func(id string) bool) ([]output.Finding, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var findings []output.Finding
	seen := map[string]bool{}
	for {
		var tree map[string]map[string]json.RawMessage
		err := dec.Decode(&tree)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("go vet: bad JSON output: %v", err)
		}
		ids := make([]string, 0, len(tree))
		for id := range tree {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if !keep(id) {
				continue
			}
			for analyzer, raw := range tree[id] {
				if len(raw) > 0 && raw[0] != '[' {
					var e struct {
						Err string `json:"error"`
					}
					if err := json.Unmarshal(raw, &e); err != nil {
						return nil, fmt.Errorf("go vet: bad JSON output: %v", err)
					}
					return nil, fmt.Errorf("%s: %s", strings.Fields(id)[0], e.Err)
				}
				var diags []jsonDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("go vet: bad JSON output: %v", err)
				}
				for _, d := range diags {
					f := vetFinding(analyzer, d, cwd)
					key := fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Line, f.Column, f.Rule, f.Message)
					if seen[key] {
						continue
					}
					seen[key] = true
					findings = append(findings, f)
				}
			}
		}
	}
	return findings, nil
}

// vetFinding converts a diagnostic as toFinding does for the packages
// engine.
func vetFinding(analyzer string, d jsonDiagnostic, cwd string) output.Finding {
	file, line, col := splitPosn(d.Posn)
	rule, suppressed := report.SplitCategory(d.Category)
	if rule == "" {
		rule = analyzer
	}
	cfg, err := config.ForDir(filepath.Dir(file))
	if err != nil {
		cfg = config.Default()
	}
	f := output.Finding{
		Analyzer:   analyzer,
		Rule:       rule,
		Severity:   cfg.Severity(rule),
		File:       relPath(file, cwd),
		Line:       line,
		Column:     col,
		Message:    d.Message,
		Suppressed: suppressed,
	}
	for _, r := range d.Related {
		rf, rl, rc := splitPosn(r.Posn)
		f.Related = append(f.Related, relatedLocation(file, rf, rl, rc, r.Message, cwd))
	}
	return f
}

// splitPosn splits "file:line:col" (as token.Position.String prints it;
// "file:line" without a column, "-" when unknown).
func splitPosn(s string) (file string, line, col int) {
	file = s
	nums := []int{}
	for i := 0; i < 2; i++ {
		j := strings.LastIndexByte(file, ':')
		if j < 0 {
			break
		}
		n, err := strconv.Atoi(file[j+1:])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		file = file[:j]
	}
	switch len(nums) {
	case 2:
		return file, nums[0], nums[1]
	case 1:
		return file, nums[0], 0
	}
	return s, 0, 0
}
