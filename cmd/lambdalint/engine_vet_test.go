package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/output"
)

// TestMain lets the test binary serve as the vet tool of the engine under
// test: runVetEngine runs `go vet -vettool=<os.Executable()>`.
func TestMain(m *testing.M) {
	if vetProtocol(os.Args[1:]) {
		vetTool()
	}
	code := m.Run()
	removeE2EBinary()
	os.Exit(code)
}

func TestSplitPosn(t *testing.T) {
	for _, c := range []struct {
		in        string
		file      string
		line, col int
	}{
		{"/a/b.go:12:3", "/a/b.go", 12, 3},
		{"/a/b.go:12", "/a/b.go", 12, 0},
		{`C:\a\b.go:1:2`, `C:\a\b.go`, 1, 2},
		{"-", "-", 0, 0},
	} {
		f, l, col := splitPosn(c.in)
		if f != c.file || l != c.line || col != c.col {
			t.Errorf("splitPosn(%q) = %q, %d, %d; want %q, %d, %d", c.in, f, l, col, c.file, c.line, c.col)
		}
	}
}

func TestVetErrorLines(t *testing.T) {
	got := vetErrorLines("# example.com/m/cmd/fn\ncmd/fn/main.go:3:2: undefined: x\ncmd/fn/main.go:4:9: cannot use y\n\thave int\n\twant string\n")
	want := []string{"cmd/fn/main.go:3:2: undefined: x", "cmd/fn/main.go:4:9: cannot use y; have int; want string"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("vetErrorLines = %q, want %q", got, want)
	}
}

// TestParseVetJSON: the stream of trees go vet -json prints, a package and
// its test variant reporting the same diagnostic once, and analyzer errors.
func TestParseVetJSON(t *testing.T) {
	stream := `{
	"example.com/m/fn": {
		"handlersig": [
			{"category": "handler-signature", "posn": "/w/fn/main.go:21:15", "end": "/w/fn/main.go:21:21", "message": "bad",
			 "related": [{"posn": "/w/lib/h.go:3:6", "end": "/w/lib/h.go:3:6", "message": "declared here"}]}
		]
	}
}
{
	"example.com/m/fn [example.com/m/fn.test]": {
		"handlersig": [
			{"category": "handler-signature", "posn": "/w/fn/main.go:21:15", "end": "/w/fn/main.go:21:21", "message": "bad"}
		]
	}
}
`
	got, err := parseVetJSON([]byte(stream), "/w", func(string) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(got), got)
	}
	f := got[0]
	if f.File != "fn/main.go" || f.Line != 21 || f.Column != 15 || f.Rule != "handler-signature" || f.Analyzer != "handlersig" {
		t.Errorf("finding = %+v", f)
	}
	if len(f.Related) != 1 || f.Related[0].File != "lib/h.go" || f.Related[0].Line != 3 {
		t.Errorf("related = %+v", f.Related)
	}
	_, err = parseVetJSON([]byte(`{"example.com/m/fn": {"ctxreuse": {"error": "boom"}}}`), "/w", func(string) bool { return true })
	if err == nil || !strings.Contains(err.Error(), "example.com/m/fn: boom") {
		t.Errorf("analyzer error = %v", err)
	}
}

// TestVetCommandArgs: options travel as vet flags (part of the go
// command's cache key), and an edited lambdalint.toml changes the key.
func TestVetCommandArgs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/m\n")
	write(t, dir, "svc/lambdalint.toml", "disable = [\"depbloat\"]\n")
	args1, err := vetCommandArgs("/bin/lambdalint", []string{"./..."}, vetOptions{enable: "handlersig"}, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"-json", "-lambdalint.enable=handlersig", "-lambdalint.dir=" + dir} {
		if !contains(args1, want) {
			t.Errorf("args %q lack %q", args1, want)
		}
	}
	if contains(args1, "-lambdalint.tests=true") {
		t.Errorf("args %q keep test files, which lambdalint leaves out by default", args1)
	}
	withTests, err := vetCommandArgs("/bin/lambdalint", []string{"./..."}, vetOptions{tests: true}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if !contains(withTests, "-lambdalint.tests=true") {
		t.Errorf("-tests: args %q lack -lambdalint.tests=true", withTests)
	}
	write(t, dir, "svc/lambdalint.toml", "disable = [\"handlercore\"]\n")
	args2, err := vetCommandArgs("/bin/lambdalint", []string{"./..."}, vetOptions{enable: "handlersig"}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(args1, args2) {
		t.Errorf("editing lambdalint.toml left the vet flags (the cache key) unchanged: %q", args1)
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVetEngineMatchesPackages runs both engines over the shared testdata
// (GOPATH mode, the layout analysistest uses) and wants the same findings;
// then a package that does not compile: one line on stderr, loadFailed.
func TestVetEngineMatchesPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	td, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOPATH", td)
	t.Setenv("GOFLAGS", "")
	dir := filepath.Join(td, "src")
	patterns := []string{"handlersig/...", "handlers/..."}
	for _, tests := range []bool{false, true} {
		args := []string{"-C", dir, "-format", "json"}
		if tests {
			args = append(args, "-tests")
		}
		var out, errOut bytes.Buffer
		code := run(append(args, patterns...), &out, &errOut)
		if code == 2 {
			t.Fatalf("packages engine: exit 2: %s", errOut.String())
		}
		var want struct{ Findings []output.Finding }
		if err := json.Unmarshal(out.Bytes(), &want); err != nil {
			t.Fatalf("packages engine output: %v\n%s", err, out.String())
		}
		if len(want.Findings) == 0 {
			t.Fatal("packages engine found nothing in the testdata: the comparison would prove nothing")
		}

		selected, err := selectAnalyzers(analysisFlags{}, mustDefault(t, dir))
		if err != nil {
			t.Fatal(err)
		}
		errOut.Reset()
		got, failed, err := runVetEngine(patterns, selected, vetOptions{tests: tests}, dir, &errOut)
		if err != nil {
			t.Fatalf("vet engine: %v\n%s", err, errOut.String())
		}
		if failed {
			t.Fatalf("vet engine: load failed:\n%s", errOut.String())
		}
		output.Sort(got)
		if !reflect.DeepEqual(normalise(got), normalise(want.Findings)) {
			t.Errorf("tests=%v: vet engine findings differ from the packages engine:\nvet:\n%s\npackages:\n%s", tests, dump(got), dump(want.Findings))
		}
	}

	// A package that does not compile.
	mod := t.TempDir()
	write(t, mod, "src/broken/main.go", "package main\n\nfunc main() { undefinedThing() }\n")
	t.Setenv("GOPATH", mod)
	var errOut bytes.Buffer
	selected, _ := selectAnalyzers(analysisFlags{}, mustDefault(t, mod))
	_, failed, err := runVetEngine([]string{"broken"}, selected, vetOptions{}, filepath.Join(mod, "src"), &errOut)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	if !failed || len(lines) != 1 || !strings.Contains(lines[0], "undefined: undefinedThing") || !strings.HasPrefix(lines[0], "lambdalint: ") {
		t.Errorf("compile error: failed=%v stderr=%q", failed, errOut.String())
	}
}

func normalise(fs []output.Finding) []output.Finding {
	out := make([]output.Finding, len(fs))
	for i, f := range fs {
		f.Entry = ""
		out[i] = f
	}
	return out
}

func dump(fs []output.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s:%d:%d %s %s\n", f.File, f.Line, f.Column, f.Rule, f.Message)
	}
	return b.String()
}

func mustDefault(t *testing.T, dir string) *config.Config {
	t.Helper()
	cfg, err := config.ForDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestRootPackage(t *testing.T) {
	for id, want := range map[string]string{
		"example.com/m/fn":                              "example.com/m/fn",
		"example.com/m/fn [example.com/m/fn.test]":      "example.com/m/fn",
		"example.com/m/fn_test [example.com/m/fn.test]": "example.com/m/fn",
		"example.com/m/lib [example.com/m/fn.test]":     "example.com/m/lib",
	} {
		if got := rootPackage(id); got != want {
			t.Errorf("rootPackage(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestVetEngineDependencyThenRoot: the go command's vet cache key does
// not say whether a package was vetted as a dependency. A run on a
// package that imports lib must not leave lib's findings out of a later
// run on lib, nor report them itself.
func TestVetEngineDependencyThenRoot(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	gopath := t.TempDir() // a new path: no cached vet result applies
	write(t, gopath, "src/app/main.go", "package main\n\nimport \"lib\"\n\nfunc main() { _ = lib.Key }\n")
	write(t, gopath, "src/lib/lib.go", "package lib\n\n// Key is an access key id in code.\nvar Key = \"AKIAZ7QF3PLMXW2KD9TR\"\n")
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOPATH", gopath)
	t.Setenv("GOFLAGS", "")
	dir := filepath.Join(gopath, "src")
	selected, err := selectAnalyzers(analysisFlags{}, mustDefault(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	got, _, err := runVetEngine([]string{"app"}, selected, vetOptions{}, dir, &errOut)
	if err != nil {
		t.Fatalf("vet engine on app: %v\n%s", err, errOut.String())
	}
	if len(got) != 0 {
		t.Errorf("a run on app reported its dependency's findings:\n%s", dump(got))
	}
	got, _, err = runVetEngine([]string{"lib"}, selected, vetOptions{}, dir, &errOut)
	if err != nil {
		t.Fatalf("vet engine on lib: %v\n%s", err, errOut.String())
	}
	if len(got) != 1 || got[0].Rule != "hardcoded-credentials" {
		t.Errorf("a run on lib after a run on app: got\n%swant the access key finding", dump(got))
	}
}
