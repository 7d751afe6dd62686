package main

// End-to-end tests: the lambdalint binary, built once per test binary, run
// on testdata/e2e/realmod, a module that requires the real aws-lambda-go
// and aws-sdk-go-v2 (downloaded through the module proxy by go list when
// the module cache lacks them; go.sum is committed and never rewritten).
//
// The assertions are about handlersig and the //lambdalint:ignore
// directives, plus whatever every analyzer must respect (exit status, the
// clean package, go vet giving the same findings).

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

// pkgDir is this package's directory, taken before any test changes the
// working directory (run does, for -C).
var pkgDir, _ = os.Getwd()

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

// removeE2EBinary removes the binary built by lambdalintBin; TestMain calls it
// after the tests.
func removeE2EBinary() {
	if binDir != "" {
		os.RemoveAll(binDir)
	}
}

// binary builds cmd/lambdalint once and returns its path.
func lambdalintBin(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs lambdalint; skipped with -short")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "lambdalint-e2e-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "lambdalint")
		if runtime.GOOS == "windows" {
			binPath += ".exe"
		}
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		cmd.Dir = pkgDir
		out, err := cmd.CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// testEnv is the environment of every run: no workspace, and a go.mod and
// go.sum that must not be rewritten.
func testEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GOFLAGS", "GOWORK", "NO_COLOR":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOWORK=off", "GOFLAGS=-mod=readonly")
}

type result struct {
	stdout, stderr string
	code           int
}

var (
	memoMu sync.Mutex
	memo   = map[string]*memoRun{}
)

type memoRun struct {
	once sync.Once
	r    result
}

// lambdalint runs the binary in dir. Runs of the unchanged realmod with
// the same arguments are done once and shared by the tests.
func lambdalint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	if dir != realmod(t) {
		return runIn(t, dir, nil, lambdalintBin(t), args...)
	}
	key := strings.Join(args, "\x00")
	memoMu.Lock()
	m := memo[key]
	if m == nil {
		m = &memoRun{}
		memo[key] = m
	}
	memoMu.Unlock()
	m.once.Do(func() { m.r = runIn(t, dir, nil, lambdalintBin(t), args...) })
	return m.r
}

func runIn(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(testEnv(), env...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("%s %v: %v", name, args, err)
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("%s %v crashed:\n%s", filepath.Base(name), args, r.stderr)
	}
	return r
}

func realmod(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join(pkgDir, "..", "..", "testdata", "e2e", "realmod"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyRealmod copies the module to a temporary directory the test may
// change, and returns the copy's path.
func copyRealmod(t *testing.T, to string) string {
	t.Helper()
	src := realmod(t)
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return to
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lineOf returns the 1-based line of the first line of file whose text,
// trimmed, is or contains want.
func lineOf(t *testing.T, file, want string, exact bool) int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == want || !exact && strings.Contains(line, want) {
			return n
		}
	}
	t.Fatalf("%s has no line %q", file, want)
	return 0
}

// expectation is one finding of bad/main.go.
type expectation struct {
	line     int
	rule     string
	severity string
	message  string // a substring
}

// badExpectations are the findings of handlersig (and of the directives it
// checks) in realmod/bad.
func badExpectations(t *testing.T, mod string) []expectation {
	f := filepath.Join(mod, "bad", "main.go")
	return []expectation{
		{lineOf(t, f, "lambda.Start(noError)", true), "handler-signature", "error", "handler returns only events.SQSEventResponse, which does not implement error"},
		{lineOf(t, f, "lambda.Start(concreteContext)", true), "handler-signature", "error", "first argument is fakeContext, not context.Context"},
		{lineOf(t, f, "//lambdalint:ignore handler-signature", true), "ignore-reason", "warning", "needs a reason"},
		{lineOf(t, f, "//lambdalint:ignore handler-signatur a typo", false), "ignore-unused", "warning", `unknown rule "handler-signatur" (did you mean "handler-signature"?)`},
		{lineOf(t, f, "kept from an old version", false), "ignore-unused", "warning", "suppresses nothing"},
	}
}

type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Summary  struct {
		Findings int `json:"findings"`
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
		Infos    int `json:"infos"`
	} `json:"summary"`
}

type jsonFinding struct {
	Analyzer string  `json:"analyzer"`
	Rule     string  `json:"rule"`
	Severity string  `json:"severity"`
	File     string  `json:"file"`
	Line     int     `json:"line"`
	Column   int     `json:"column"`
	Message  string  `json:"message"`
	Entry    *string `json:"entry"`
}

func parseJSON(t *testing.T, r result) jsonReport {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s\nstderr:\n%s", err, r.stdout, r.stderr)
	}
	if rep.Findings == nil {
		t.Fatalf("findings is null or missing:\n%s", r.stdout)
	}
	return rep
}

// of returns the findings of one analyzer.
func of(fs []jsonFinding, analyzer string) []jsonFinding {
	var out []jsonFinding
	for _, f := range fs {
		if f.Analyzer == analyzer {
			out = append(out, f)
		}
	}
	return out
}

func checkBad(t *testing.T, mod string, got []jsonFinding) {
	t.Helper()
	want := badExpectations(t, mod)
	got = of(got, "handlersig")
	if len(got) != len(want) {
		t.Errorf("%d handlersig findings, want %d:\n%v", len(got), len(want), got)
	}
	for _, w := range want {
		found := false
		for _, f := range got {
			if f.File == "bad/main.go" && f.Line == w.line && f.Rule == w.rule && f.Severity == w.severity && strings.Contains(f.Message, w.message) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s finding (%s) at bad/main.go:%d containing %q", w.rule, w.severity, w.line, w.message)
		}
	}
	suppressed := lineOf(t, filepath.Join(mod, "bad", "main.go"), "lambda.Start(legacy)", true)
	for _, f := range got {
		if f.Line == suppressed || f.Line == suppressed-1 {
			t.Errorf("finding on a suppressed line: %+v", f)
		}
	}
}

func TestJSON(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	r := lambdalint(t, mod, "-format", "json", "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	rep := parseJSON(t, r)
	checkBad(t, mod, rep.Findings)
	for _, f := range rep.Findings {
		if f.Analyzer == "" || f.Rule == "" || f.File == "" || f.Line <= 0 || f.Column <= 0 || f.Message == "" || f.Entry == nil {
			t.Errorf("incomplete finding: %+v", f)
		}
		if f.Severity != "error" && f.Severity != "warning" && f.Severity != "info" {
			t.Errorf("severity %q", f.Severity)
		}
		if filepath.IsAbs(f.File) || strings.Contains(f.File, `\`) {
			t.Errorf("file %q is not relative to the working directory", f.File)
		}
	}
	s := rep.Summary
	if s.Findings != len(rep.Findings) || s.Errors+s.Warnings+s.Infos != s.Findings {
		t.Errorf("summary %+v does not add up to %d findings", s, len(rep.Findings))
	}
}

var (
	findingLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (.*) \[([a-z0-9-]+)\]$`)
	summaryLine = regexp.MustCompile(`^\d+ findings?: \d+ errors?, \d+ warnings?, \d+ infos?$`)
)

func TestText(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	r := lambdalint(t, mod, "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour written to a pipe")
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if !summaryLine.MatchString(lines[len(lines)-1]) {
		t.Errorf("last line %q is not the summary", lines[len(lines)-1])
	}
	var got []jsonFinding
	for _, l := range lines[:len(lines)-1] {
		if strings.HasPrefix(l, "\t") {
			continue // a related location
		}
		m := findingLine.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("line %q is not file:line:col: message [rule]", l)
			continue
		}
		var line, col int
		fmt.Sscan(m[2], &line)
		fmt.Sscan(m[3], &col)
		f := jsonFinding{File: m[1], Line: line, Column: col, Message: m[4], Rule: m[5]}
		if m[5] == "handler-signature" {
			f.Severity = "error"
		} else {
			f.Severity = "warning"
		}
		if strings.HasPrefix(m[5], "ignore-") || m[5] == "handler-signature" {
			f.Analyzer = "handlersig"
		}
		if f.File == "bad/main.go" {
			got = append(got, f)
		}
	}
	checkBad(t, mod, got)

}

type sarifReport struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID string `json:"id"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			Suppressions []struct {
				Kind          string `json:"kind"`
				Justification string `json:"justification"`
			} `json:"suppressions"`
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	r := lambdalint(t, mod, "-format", "sarif", "./bad")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	var rep sarifReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if rep.Version != "2.1.0" || len(rep.Runs) != 1 {
		t.Fatalf("version %q, %d runs", rep.Version, len(rep.Runs))
	}
	run := rep.Runs[0]
	ruleIDs := run.Tool.Driver.Rules
	if run.Tool.Driver.Name != "lambdalint" || len(ruleIDs) == 0 {
		t.Fatalf("driver %q with %d rules", run.Tool.Driver.Name, len(ruleIDs))
	}
	var got []jsonFinding
	var suppressed []string
	for _, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(ruleIDs) || ruleIDs[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s: ruleIndex %d does not name its rule", res.RuleID, res.RuleIndex)
		}
		if len(res.Locations) != 1 {
			t.Errorf("result %s: %d locations", res.RuleID, len(res.Locations))
			continue
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.Region.StartLine <= 0 || loc.Region.StartColumn <= 0 {
			t.Errorf("result %s without a region", res.RuleID)
		}
		sev := map[string]string{"error": "error", "warning": "warning", "note": "info"}[res.Level]
		a := ""
		if res.RuleID == "handler-signature" || strings.HasPrefix(res.RuleID, "ignore-") {
			a = "handlersig"
		}
		if len(res.Suppressions) > 0 {
			// Recorded as suppressed in source, with the reason: code
			// scanning shows it as dismissed rather than fixed.
			suppressed = append(suppressed, fmt.Sprintf("%s:%d %s %s %q", loc.ArtifactLocation.URI, loc.Region.StartLine, res.RuleID, res.Suppressions[0].Kind, res.Suppressions[0].Justification))
			continue
		}
		got = append(got, jsonFinding{Analyzer: a, Rule: res.RuleID, Severity: sev, File: loc.ArtifactLocation.URI, Line: loc.Region.StartLine, Column: loc.Region.StartColumn, Message: res.Message.Text})
	}
	checkBad(t, mod, got)
	legacy := lineOf(t, filepath.Join(mod, "bad", "main.go"), "lambda.Start(legacy)", true)
	want := fmt.Sprintf("bad/main.go:%d event-undecodable inSource %q", legacy, "the legacy mode is never deployed")
	if len(suppressed) != 1 || suppressed[0] != want {
		t.Errorf("suppressed results %q, want [%s]", suppressed, want)
	}
	// The other formats leave suppressed findings out; exit status and
	// the counts never include them.
	at := fmt.Sprintf("bad/main.go:%d:", legacy)
	for _, format := range []string{"text", "github"} {
		if out := lambdalint(t, mod, "-no-color", "-format", format, "./bad").stdout; strings.Contains(out, at) || strings.Contains(out, fmt.Sprintf("line=%d,", legacy)) {
			t.Errorf("-format %s shows the suppressed finding:\n%s", format, out)
		}
	}
	for _, f := range parseJSON(t, lambdalint(t, mod, "-format", "json", "./bad")).Findings {
		if f.Line == legacy {
			t.Errorf("-format json shows the suppressed finding: %+v", f)
		}
	}
}

func TestGithub(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	r := lambdalint(t, mod, "-format", "github", "./bad")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr:\n%s", r.code, r.stderr)
	}
	line := lineOf(t, filepath.Join(mod, "bad", "main.go"), "lambda.Start(noError)", true)
	want := fmt.Sprintf("::error file=bad/main.go,line=%d,col=16,title=lambdalint handler-signature::handler returns only", line)
	if !strings.Contains(r.stdout, want) {
		t.Errorf("no annotation %q in\n%s", want, r.stdout)
	}
}

// TestClean: a function that follows every rule has no findings and exits 0.
func TestClean(t *testing.T) {
	t.Parallel()
	r := lambdalint(t, realmod(t), "./clean/...", "./orders/...")
	if r.code != 0 || r.stdout != "no findings\n" || r.stderr != "" {
		t.Errorf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

// TestEnableDisable: -enable and -disable take analyzer names and rule ids.
func TestEnableDisable(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	rules := func(fs []jsonFinding) map[string]bool {
		m := map[string]bool{}
		for _, f := range fs {
			m[f.Rule] = true
		}
		return m
	}

	rep := parseJSON(t, lambdalint(t, mod, "-format", "json", "-enable", "handlersig", "./bad"))
	if len(of(rep.Findings, "handlersig")) != len(rep.Findings) || !rules(rep.Findings)["handler-signature"] {
		t.Errorf("-enable handlersig: %+v", rep.Findings)
	}

	rep = parseJSON(t, lambdalint(t, mod, "-format", "json", "-enable", "handler-signature", "./bad"))
	if len(of(rep.Findings, "handlersig")) != len(rep.Findings) || !rules(rep.Findings)["handler-signature"] {
		t.Errorf("-enable handler-signature: %+v", rep.Findings)
	}

	r := lambdalint(t, mod, "-format", "json", "-disable", "handler-signature", "./bad")
	rep = parseJSON(t, r)
	got := rules(of(rep.Findings, "handlersig"))
	if got["handler-signature"] || !got["ignore-reason"] || r.code != 1 {
		t.Errorf("-disable handler-signature: exit %d, %+v", r.code, rep.Findings)
	}
	// The directive for the disabled rule is not reported as unused.
	unused := lineOf(t, filepath.Join(mod, "bad", "main.go"), "kept from an old version", false)
	for _, f := range rep.Findings {
		if f.Line == unused {
			t.Errorf("-disable handler-signature: unused directive of a disabled rule reported: %+v", f)
		}
	}

	rep = parseJSON(t, lambdalint(t, mod, "-format", "json", "-disable", "handlersig", "./bad"))
	if n := len(of(rep.Findings, "handlersig")); n != 0 {
		t.Errorf("-disable handlersig: %d handlersig findings", n)
	}
}

// TestConfigFile: lambdalint.toml found by walking up to the module root:
// excludes, severities, fail-on, disable.
func TestConfigFile(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	// A file above the module root is never read: this one would fail.
	writeFile(t, filepath.Join(top, "lambdalint.toml"), "this is not toml\n")
	mod := copyRealmod(t, filepath.Join(top, "mod"))
	conf := filepath.Join(mod, "lambdalint.toml")

	r := lambdalint(t, filepath.Join(mod, "bad"), "-format", "json", "-enable", "handlersig", ".")
	if r.code != 1 {
		t.Fatalf("without a config: exit %d, want 1 (a file above the module root was read?)\n%s", r.code, r.stderr)
	}

	writeFile(t, conf, "# found from bad/ by walking up\ndisable = [\"handler-signature\"]\n")
	rep := parseJSON(t, lambdalint(t, filepath.Join(mod, "bad"), "-format", "json", "."))
	for _, f := range rep.Findings {
		if f.Rule == "handler-signature" {
			t.Errorf("disabled in the module's lambdalint.toml, still reported: %+v", f)
		}
		if f.File != "main.go" {
			t.Errorf("file %q, want main.go relative to the working directory", f.File)
		}
	}

	writeFile(t, conf, "exclude = [\"bad/**\"]\n")
	r = lambdalint(t, mod, "-format", "json", "./...")
	rep = parseJSON(t, r)
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.File, "bad/") {
			t.Errorf("excluded file reported: %+v", f)
		}
	}
	if (r.code == 0) != (len(rep.Findings) == 0) {
		t.Errorf("exit %d with %d findings", r.code, len(rep.Findings))
	}

	writeFile(t, conf, "fail-on = \"error\"\n\n[rules.handler-signature]\nseverity = \"warning\"\n")
	r = lambdalint(t, mod, "-format", "json", "-enable", "handlersig", "./bad")
	rep = parseJSON(t, r)
	if r.code != 0 {
		t.Errorf("fail-on = error with only warnings: exit %d", r.code)
	}
	if rep.Summary.Errors != 0 || rep.Summary.Warnings != len(rep.Findings) || len(rep.Findings) == 0 {
		t.Errorf("severity = warning: %+v", rep.Summary)
	}

	writeFile(t, conf, "fail-on = \"error\"\n[rules.handler-signatur]\nseverity = \"warning\"\n")
	r = lambdalint(t, mod, "./bad")
	checkBadInput(t, r, `lambdalint.toml:2: unknown rule "handler-signatur"; did you mean "handler-signature"?`)

	other := filepath.Join(top, "other.toml")
	writeFile(t, other, "[handlercore]\nmax-statement = 3\n")
	r = lambdalint(t, mod, "-config", other, "./bad")
	checkBadInput(t, r, `other.toml:2: unknown key "handlercore.max-statement"; did you mean "max-statements"?`)
}

// checkBadInput: exit 2, one line on stderr containing want, nothing on stdout.
func checkBadInput(t *testing.T, r result, want string) {
	t.Helper()
	if r.code != 2 {
		t.Errorf("exit %d, want 2\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], want) {
		t.Errorf("stderr is not one line containing %q:\n%s", want, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("output on stdout:\n%s", r.stdout)
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-nope", "./..."}, "flag provided but not defined: -nope"},
		{[]string{"-format", "xml", "./..."}, `unknown format "xml"`},
		{[]string{"./nonexistent/..."}, "nonexistent"},
		{[]string{"./nonexistent"}, "nonexistent"},
		{[]string{"-C", filepath.Join(mod, "missing"), "./..."}, "missing"},
		{[]string{"-config", filepath.Join(mod, "missing.toml"), "./..."}, "missing.toml"},
		{[]string{"-enable", "handlersg", "./..."}, `unknown analyzer or rule "handlersg"; did you mean "handlersig"?`},
		{[]string{"-disable", "handler-signatre", "./..."}, `did you mean "handler-signature"?`},
		{[]string{"explain", "handler-signatre"}, `did you mean "handler-signature"?`},
		{[]string{"explain"}, "want exactly one rule id"},
		{[]string{"rules", "extra"}, "unexpected argument"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			checkBadInput(t, lambdalint(t, mod, tc.args...), tc.want)
		})
	}

	t.Run("broken config", func(t *testing.T) {
		mod := copyRealmod(t, t.TempDir())
		writeFile(t, filepath.Join(mod, "lambdalint.toml"), "exclude = [\"cdk/**\"\n")
		checkBadInput(t, lambdalint(t, mod, "./..."), "lambdalint.toml:")
	})
}

// TestBrokenPackage: a package that does not type-check beside good ones
// (a CDK app whose dependencies are not in go.mod): the compiler's errors
// with file:line, the good packages still analysed and reported, exit 2.
func TestBrokenPackage(t *testing.T) {
	t.Parallel()
	mod := copyRealmod(t, t.TempDir())
	writeFile(t, filepath.Join(mod, "cdk", "app.go"), `package main

import "github.com/aws/aws-cdk-go/awscdk/v2"

func main() {
	app := awscdk.NewApp(nil)
	app.Synth(nil)
}
`)
	writeFile(t, filepath.Join(mod, "stale", "main.go"), `package main

import "github.com/aws/aws-lambda-go/lambda"

func main() {
	var n int = "three"
	lambda.Start(handle)
}
`)
	r := lambdalint(t, mod, "-format", "json", "./...")
	if r.code != 2 {
		t.Errorf("exit %d, want 2", r.code)
	}
	for _, want := range []string{"cdk/app.go:3:8: ", "stale/main.go:6:14: ", "stale/main.go:7:15: undefined: handle"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	for _, l := range strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n") {
		if !strings.HasPrefix(l, "lambdalint: ") {
			t.Errorf("stderr line %q does not start with lambdalint:", l)
		}
	}
	checkBad(t, mod, parseJSON(t, r).Findings)
}

var vetLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (.*)$`)

// TestVet: go vet -vettool=lambdalint reports what the standalone run does.
func TestVet(t *testing.T) {
	t.Parallel()
	mod := realmod(t)
	bin := lambdalintBin(t)
	vet := runIn(t, mod, nil, "go", "vet", "-vettool="+bin, "./...")
	if vet.code != 1 {
		t.Fatalf("go vet: exit %d, want 1\n%s", vet.code, vet.stderr)
	}
	var fromVet []string
	for _, l := range strings.Split(vet.stderr, "\n") {
		m := vetLine.FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(m[4], "\t") {
			continue // not a finding, or a finding's related position
		}
		file := m[1]
		if filepath.IsAbs(file) {
			if rel, err := filepath.Rel(mod, file); err == nil {
				file = rel
			}
		}
		file = filepath.ToSlash(strings.TrimPrefix(file, "./"))
		fromVet = append(fromVet, fmt.Sprintf("%s:%s:%s: %s", file, m[2], m[3], m[4]))
	}
	var standalone []string
	for _, f := range parseJSON(t, lambdalint(t, mod, "-format", "json", "./...")).Findings {
		standalone = append(standalone, fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Column, f.Message))
	}
	sort.Strings(fromVet)
	sort.Strings(standalone)
	if strings.Join(fromVet, "\n") != strings.Join(standalone, "\n") {
		t.Errorf("go vet and lambdalint differ\ngo vet:\n%s\n\nlambdalint:\n%s", strings.Join(fromVet, "\n"), strings.Join(standalone, "\n"))
	}
	if len(standalone) == 0 {
		t.Error("no findings at all")
	}

	// _test.go files: left out by both unless asked for.
	inTest := func(lines []string) bool {
		for _, l := range lines {
			if strings.HasPrefix(l, "orders/orders_test.go:") {
				return true
			}
		}
		return false
	}
	if inTest(fromVet) {
		t.Errorf("go vet -vettool reported _test.go findings without -lambdalint.tests=true:\n%s", strings.Join(fromVet, "\n"))
	}
	vetTests := runIn(t, mod, nil, "go", "vet", "-vettool="+bin, "-lambdalint.tests=true", "./orders/...")
	if !strings.Contains(vetTests.stderr, "orders_test.go:") {
		t.Errorf("go vet -lambdalint.tests=true: no finding in orders/orders_test.go:\n%s", vetTests.stderr)
	}
	var withTests []string
	for _, f := range parseJSON(t, lambdalint(t, mod, "-tests", "-format", "json", "./orders/...")).Findings {
		withTests = append(withTests, fmt.Sprintf("%s:%d", f.File, f.Line))
	}
	if !inTest(withTests) {
		t.Errorf("lambdalint -tests: no finding in orders/orders_test.go: %v", withTests)
	}
}
