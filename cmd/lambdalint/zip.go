package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/output"
	"github.com/lambdalint/lambdalint/zipcheck"
)

const zipUsage = `usage: lambdalint zip [flags] FILE.zip

Checks a Lambda deployment package, and its layers, before it is uploaded:
sizes against the Lambda limits, bootstrap or handler placement, the
executable's format and architecture, dependency layout, credentials,
unsafe paths, zip bombs and files the function never needs.

Exit status: 0 no findings at or above the failing severity (fail-on in
lambdalint.toml, info by default), 1 findings, 2 the package could not be
checked.

Flags:
`

// layerList collects the repeatable -layer flag.
type layerList []string

func (l *layerList) String() string     { return strings.Join(*l, ",") }
func (l *layerList) Set(s string) error { *l = append(*l, s); return nil }

// runZip is `lambdalint zip`: it returns the exit status. Problems that stop
// the run (bad flags, bad configuration, unreadable or corrupt zips) are
// one line on stderr and status 2.
func runZip(args []string, stdout, stderr io.Writer) int {
	// The check allocates buffers it drops at once (inflating, scanning)
	// over a live heap of a few MiB, so the default target collects every
	// few MiB and spends a fifth of the run in the collector. Four times
	// the target keeps peak RSS under 20 MiB on a 250 MiB package and the
	// check 20% faster (bench/run). A GOGC the user set wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	fs := flag.NewFlagSet("lambdalint zip", flag.ContinueOnError)
	// Errors are reported in one line below; the flag package would
	// follow them with the whole usage.
	fs.SetOutput(io.Discard)
	var (
		layers     layerList
		runtime    = fs.String("runtime", "", "the function's runtime: provided.al2023 (assumed for Go), provided.al2, python3.13, nodejs22.x, java21, dotnet8, ruby3.4, …")
		arch       = fs.String("arch", "x86_64", "the function's architecture: x86_64 or arm64")
		handler    = fs.String("handler", "", "the function's handler setting (ignored by provided.* runtimes, which run bootstrap)")
		format     = fs.String("format", "text", "output format: text, json, sarif or github")
		configFile = fs.String("config", "", "configuration `file` (default: lambdalint.toml found from the working directory up to the module root)")
		noColor    = fs.Bool("no-color", false, "never colour the text output (NO_COLOR in the environment does the same)")
	)
	fs.Var(&layers, "layer", "a layer's `FILE.zip`, in the function's order; repeat for each layer")

	files, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stderr, zipUsage)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		return 0
	}
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "lambdalint zip: "+format+"\n", args...)
		return 2
	}
	if err != nil {
		return fail("%v (see lambdalint zip -h)", err)
	}
	if len(files) == 0 {
		return fail("want a FILE.zip (see lambdalint zip -h)")
	}
	formatter, err := output.Lookup(*format)
	if err != nil {
		return fail("-format: %v", err)
	}

	cwd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	var cfg *config.Config
	if *configFile != "" {
		cfg, err = config.Load(*configFile)
	} else {
		cfg, err = config.ForDir(cwd)
	}
	if err != nil {
		return fail("%v", err)
	}

	opt := zipcheck.Options{
		Runtime: *runtime,
		Arch:    *arch,
		Handler: *handler,
		Limits:  cfg.Zip,
		Enabled: func(rule string) bool { return cfg.Enabled(zipcheck.Analyzer, rule) },
	}
	for _, l := range layers {
		opt.Layers = append(opt.Layers, displayPath(l, cwd))
	}
	// Several packages (pre-commit passes every staged zip) are checked
	// one by one with the same flags and layers.
	var findings []output.Finding
	for _, file := range files {
		fs, err := zipcheck.Check(displayPath(file, cwd), opt)
		if err != nil {
			return fail("%v", err)
		}
		findings = append(findings, fs...)
	}

	kept := findings[:0]
	failing := false
	for _, f := range findings {
		if !cfg.Enabled(zipcheck.Analyzer, f.Rule) {
			continue
		}
		f.Severity = cfg.Severity(f.Rule)
		failing = failing || f.Severity.Rank() >= cfg.FailSeverity().Rank()
		kept = append(kept, f)
	}
	output.Sort(kept)
	color := !*noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
	if err := formatter.Format(stdout, kept, output.Options{Color: color, Tool: "lambdalint", Version: version()}); err != nil {
		return fail("writing the report: %v", err)
	}
	if failing {
		return 1
	}
	return 0
}

// parseInterleaved parses flags given before or after the file, as users
// type them (lambdalint zip function.zip -runtime python3.13); after "--"
// everything is a file.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		// Parse stopped at a non-flag, or after a "--" it consumed.
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// displayPath is the path findings name: as given, or relative to the
// working directory when it lies below it (SPEC.md, JSON output).
func displayPath(p, cwd string) string {
	if !filepath.IsAbs(p) {
		return p
	}
	if rel, err := filepath.Rel(cwd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
