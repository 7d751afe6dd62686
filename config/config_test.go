package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdalint/lambdalint/rules"
)

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       []string // substrings of the error, in order
	}{
		{"syntax", "exclude = [\"a\"\nfail-on = 3\n", []string{"lambdalint.toml:", "expected"}},
		{"unknown top-level key", "# comment\nexclud = [\"cdk/**\"]\n", []string{"lambdalint.toml:2: unknown key \"exclud\"", "did you mean \"exclude\"?"}},
		{"unknown key in a section", "[handlercore]\nmax-statement = 40\n", []string{"lambdalint.toml:2: unknown key \"handlercore.max-statement\"", "did you mean \"max-statements\"?"}},
		{"unknown section", "[handler]\nfunctions = []\n", []string{"lambdalint.toml:1: unknown key", "did you mean \"handlers\"?"}},
		{"unknown key in a rule table", "[rules.handler-signature]\nseverty = \"info\"\n", []string{"lambdalint.toml:2: unknown key \"rules.handler-signature.severty\"", "did you mean \"severity\"?"}},
		{"unknown rule id", "fail-on = \"error\"\n[rules.handler-signatur]\nseverity = \"info\"\n", []string{"lambdalint.toml:2: unknown rule \"handler-signatur\"", "did you mean \"handler-signature\"?"}},
		{"bad severity", "[rules.handler-signature]\nseverity = \"fatal\"\n", []string{"lambdalint.toml:1: rules.handler-signature: unknown severity \"fatal\""}},
		{"bad fail-on", "fail-on = \"warn\"\n", []string{"lambdalint.toml:1: fail-on: unknown severity \"warn\""}},
		{"bad glob", "exclude = [\n  \"ok/**\",\n  \"cdk/[a-\",\n]\n", []string{"lambdalint.toml:3: bad exclude pattern \"cdk/[a-\""}},
		{"bad rule glob", "[rules.handler-signature]\nexclude = [\"x/[\"]\n", []string{"lambdalint.toml:2: rules.handler-signature: bad exclude pattern"}},
		{"unknown name in disable", "disable = [\"handlersg\"]\n", []string{"lambdalint.toml:1: disable: unknown analyzer or rule \"handlersg\"", "did you mean \"handlersig\"?"}},
		{"unknown name in enable", "enable = [\"handler-signature\", \"nonsense-rule-name\"]\n", []string{"lambdalint.toml:1: enable: unknown analyzer or rule \"nonsense-rule-name\""}},
		{"wrong type", "fail-on = 3\n", []string{"lambdalint.toml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("/p/lambdalint.toml", []byte(tc.data))
			if err == nil {
				t.Fatalf("no error for\n%s", tc.data)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("error is not one line: %q", msg)
			}
			rest := msg
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("error %q does not contain %q", msg, w)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

// every is a file that uses every key, so a field added without a toml tag
// or a tag that the validation rejects shows up here.
const every = `
enable = ["handlersig"]
disable = ["payload-no-fields"]
fail-on = "warning"
exclude = ["cdk/**", "legacy"]

[rules.handler-signature]
severity = "warning"
disabled = false
exclude = ["cmd/old/**"]

[handlers]
functions = ["example.com/fn/internal/orders.Handle", "example.com/fn/internal/orders.(*Server).Handle"]
entry-points = ["example.com/kit/lambdakit.Run"]

[clients]
constructors = ["example.com/kit/db.Open"]
packages = ["example.com/kit/clients/..."]

[handlercore]
max-statements = 40
max-complexity = 12
max-sdk-calls = 3

[depbloat]
max-packages = 400
max-source-bytes = 50000000
allow = ["example.com/kit/testutil"]

[envconfig]
resource-fields = ["LedgerName"]

[zip]
max-zipped = 52428800
max-unzipped = 262144000
max-layers = 5
max-ratio = 100
max-entries = 10000
`

func TestParseEverySection(t *testing.T) {
	cfg, err := Parse("/p/lambdalint.toml", []byte(every))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Dir != "/p" || cfg.File != "/p/lambdalint.toml" {
		t.Errorf("Dir, File = %q, %q", cfg.Dir, cfg.File)
	}
	if cfg.Handlercore.MaxStatements != 40 || cfg.Depbloat.MaxSourceBytes != 50000000 || cfg.Zip.MaxLayers != 5 ||
		len(cfg.Handlers.EntryPoints) != 1 || len(cfg.Clients.Packages) != 1 || cfg.Envconfig.ResourceFields[0] != "LedgerName" {
		t.Errorf("sections not decoded: %+v", cfg)
	}
	if got := cfg.FailSeverity(); got != rules.Warning {
		t.Errorf("FailSeverity = %q", got)
	}
	if got := cfg.Severity("handler-signature"); got != rules.Warning {
		t.Errorf("Severity(handler-signature) = %q, want the configured warning", got)
	}
	if got := cfg.Severity("event-undecodable"); got != rules.Error {
		t.Errorf("Severity(event-undecodable) = %q, want the default error", got)
	}
}

func TestDefaults(t *testing.T) {
	cfg, err := Parse("/p/lambdalint.toml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.FailSeverity(); got != rules.Info {
		t.Errorf("FailSeverity = %q, want info (every finding fails)", got)
	}
	if !cfg.Enabled("handlersig", "handler-signature") {
		t.Error("handler-signature is off by default")
	}
	if cfg.Excluded("handler-signature", "/p/cmd/fn/main.go") {
		t.Error("excluded by default")
	}
	if Default().Severity("handler-signature") != rules.Error {
		t.Error("default severity of handler-signature is not error")
	}
}

func TestEnabled(t *testing.T) {
	f, tr := false, true
	for _, tc := range []struct {
		name string
		cfg  Config
		want bool
	}{
		{"default", Config{}, true},
		{"analyzer disabled", Config{Disable: []string{"handlersig"}}, false},
		{"rule disabled", Config{Disable: []string{"handler-signature"}}, false},
		{"other rule disabled", Config{Disable: []string{"event-undecodable"}}, true},
		{"rule enabled in a disabled analyzer", Config{Disable: []string{"handlersig"}, Enable: []string{"handler-signature"}}, true},
		{"disable wins over enable", Config{Disable: []string{"handler-signature"}, Enable: []string{"handler-signature"}}, false},
		{"rules table disabled", Config{Rules: map[string]RuleConfig{"handler-signature": {Disabled: &tr}}}, false},
		{"rules table enabled wins", Config{Disable: []string{"handlersig"}, Rules: map[string]RuleConfig{"handler-signature": {Disabled: &f}}}, true},
	} {
		if got := tc.cfg.Enabled("handlersig", "handler-signature"); got != tc.want {
			t.Errorf("%s: Enabled = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestExcluded(t *testing.T) {
	cfg := &Config{
		Dir:     "/p",
		Exclude: []string{"cdk/**", "legacy", "cmd/*/gen_*.go", "./tools"},
		Rules:   map[string]RuleConfig{"handler-signature": {Exclude: []string{"**/old/*.go"}}},
	}
	for _, tc := range []struct {
		rule, file string
		want       bool
	}{
		{"event-undecodable", "/p/cdk/app.go", true},
		{"event-undecodable", "/p/cdk/stacks/fn/main.go", true},
		{"event-undecodable", "/p/legacy/main.go", true},
		{"event-undecodable", "/p/legacy2/main.go", false},
		{"event-undecodable", "/p/cmd/fn/gen_types.go", true},
		{"event-undecodable", "/p/cmd/fn/sub/gen_types.go", false},
		{"event-undecodable", "/p/cmd/fn/main.go", false},
		{"event-undecodable", "/p/tools/x.go", true},
		{"handler-signature", "/p/cmd/old/main.go", true},
		{"handler-signature", "/p/old/main.go", true},
		{"event-undecodable", "/p/cmd/old/main.go", false},
	} {
		if got := cfg.Excluded(tc.rule, tc.file); got != tc.want {
			t.Errorf("Excluded(%s, %s) = %v, want %v", tc.rule, tc.file, got, tc.want)
		}
	}
}

func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		pat, path string
		want      bool
	}{
		{"*.go", "main.go", true},
		{"*.go", "cmd/main.go", false},
		{"**/*.go", "cmd/fn/main.go", true},
		{"**/*.go", "main.go", true},
		{"cmd/**", "cmd/fn/main.go", true},
		{"cmd", "cmd/fn/main.go", true},
		{"cm?/x.go", "cmd/x.go", true},
		{"cm?/x.go", "cm/x.go", false},
		{"a.b", "axb", false},
	} {
		re, err := globRegexp(tc.pat)
		if err != nil {
			t.Fatalf("%s: %v", tc.pat, err)
		}
		if got := re.MatchString(tc.path); got != tc.want {
			t.Errorf("glob %q on %q = %v, want %v", tc.pat, tc.path, got, tc.want)
		}
	}
	if _, err := globRegexp("x/["); err == nil {
		t.Error("bad glob accepted")
	}
}

// TestFind: the file is found by walking up from the package's directory,
// and the walk stops at the module root.
func TestFind(t *testing.T) {
	root := t.TempDir()
	write := func(rel, data string) {
		t.Helper()
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("lambdalint.toml", "fail-on = \"error\"\n") // above the module: never used
	write("mod/go.mod", "module example.com/mod\n")
	write("mod/cmd/fn/main.go", "package main\n")
	write("mod/svc/go.mod", "module example.com/svc\n")
	write("mod/svc/lambdalint.toml", "fail-on = \"warning\"\n")
	write("mod/svc/internal/x/x.go", "package x\n")

	if got := Find(filepath.Join(root, "mod", "cmd", "fn")); got != "" {
		t.Errorf("Find crossed the module root: %q", got)
	}
	want := filepath.Join(root, "mod", "svc", FileName)
	if got := Find(filepath.Join(root, "mod", "svc", "internal", "x")); got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
	write("mod/lambdalint.toml", "fail-on = \"info\"\n")
	if got := Find(filepath.Join(root, "mod", "cmd", "fn")); got != filepath.Join(root, "mod", FileName) {
		t.Errorf("Find = %q, want the module's file", got)
	}

	cfg, err := ForDir(filepath.Join(root, "mod", "svc", "internal", "x"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.FailSeverity() != rules.Warning {
		t.Errorf("ForDir read %s, want the svc file", cfg.File)
	}
	write("mod/svc/lambdalint.toml", "fail-on = \"nope\"\n")
	if _, err := ForDir(filepath.Join(root, "mod", "svc")); err == nil || !strings.Contains(err.Error(), "fail-on") {
		t.Errorf("ForDir of a broken file: err = %v", err)
	}
}

func TestOverride(t *testing.T) {
	o := &Config{FailOn: "error"}
	SetOverride(o)
	defer SetOverride(nil)
	cfg, err := ForDir(t.TempDir())
	if err != nil || cfg != o {
		t.Errorf("ForDir = %v, %v; want the override", cfg, err)
	}
}

func TestKnown(t *testing.T) {
	for _, n := range []string{"handlersig", "handler-signature", "ignore-unused"} {
		if !Known(n) {
			t.Errorf("Known(%q) = false", n)
		}
	}
	for _, n := range []string{"", "handlersg", "HANDLERSIG"} {
		if Known(n) {
			t.Errorf("Known(%q) = true", n)
		}
	}
}
