package golangci

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/config"
)

// golangci-lint hands over the YAML mapping as decoded by viper.
func TestDecodeSettings(t *testing.T) {
	cfg, err := Decode(map[string]any{
		"disable": []any{"depbloat"},
		"fail-on": "warning",
		"exclude": []any{"internal/legacy/**"},
		"handlercore": map[string]any{
			"max-statements": 40,
		},
		"handlers": map[string]any{
			"functions": []any{"example.com/fn/internal/orders.Handle"},
		},
		"rules": map[string]any{
			"handler-signature": map[string]any{"severity": "warning"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Handlercore.MaxStatements; got != 40 {
		t.Errorf("handlercore.max-statements = %d, want 40", got)
	}
	if len(cfg.Disable) != 1 || cfg.Disable[0] != "depbloat" {
		t.Errorf("disable = %q", cfg.Disable)
	}
	if len(cfg.Handlers.Functions) != 1 {
		t.Errorf("handlers.functions = %q", cfg.Handlers.Functions)
	}
	if cfg.FailOn != "warning" || cfg.Dir == "" {
		t.Errorf("fail-on = %q, dir = %q", cfg.FailOn, cfg.Dir)
	}
}

func TestDecodeNoSettings(t *testing.T) {
	for _, s := range []any{nil, map[string]any{}} {
		cfg, err := Decode(s)
		if err != nil || cfg != nil {
			t.Errorf("Decode(%v) = %v, %v; want nil, nil (lambdalint.toml applies)", s, cfg, err)
		}
	}
}

// Errors are those of lambdalint.toml, naming the settings path instead of
// a line of a file the user never wrote.
func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"handlercore": map[string]any{"max-statement": 3}}, `unknown key "handlercore.max-statement"; did you mean "max-statements"?`},
		{map[string]any{"disable": []any{"ctxreuze"}}, `unknown analyzer or rule "ctxreuze"`},
		{map[string]any{"rules": map[string]any{"no-such-rule": map[string]any{}}}, `unknown rule "no-such-rule"`},
		{map[string]any{"fail-on": "fatal"}, "fail-on"},
		{"disable", "want a mapping"},
	} {
		_, err := Decode(tc.settings)
		if err == nil {
			t.Errorf("Decode(%v): no error, want %q", tc.settings, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), settingsPath) {
			t.Errorf("Decode(%v) = %q, want it to start with %q and contain %q", tc.settings, err, settingsPath, tc.want)
		}
		if lineRe.MatchString(err.Error()) {
			t.Errorf("Decode(%v) = %q: names a line of the generated TOML", tc.settings, err)
		}
	}
}

func TestWithRuleIDs(t *testing.T) {
	helper := &analysis.Analyzer{Name: "helper", Doc: "helper", Run: func(*analysis.Pass) (any, error) { return 42, nil }}
	orig := &analysis.Analyzer{
		Name:     "demo",
		Doc:      "demo",
		Requires: []*analysis.Analyzer{helper},
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.ResultOf[helper] != 42 {
				t.Errorf("ResultOf[helper] = %v", pass.ResultOf[helper])
			}
			pass.Report(analysis.Diagnostic{Message: "bad thing; fix it", Category: "demo-rule"})
			pass.Reportf(0, "no category")
			return "done", nil
		},
	}
	w := WithRuleIDs(orig)
	if w == orig || w.Name != orig.Name || w.Requires[0] != helper {
		t.Fatalf("WithRuleIDs must copy the analyzer and keep Name and Requires")
	}
	var got []string
	pass := &analysis.Pass{
		Analyzer: w,
		Files:    []*ast.File{},
		ResultOf: map[*analysis.Analyzer]any{helper: 42},
		Report:   func(d analysis.Diagnostic) { got = append(got, d.Message) },
	}
	res, err := w.Run(pass)
	if err != nil || res != "done" {
		t.Fatalf("Run = %v, %v", res, err)
	}
	want := []string{"bad thing; fix it [demo-rule]", "no category"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("messages = %q, want %q", got, want)
	}
}

func TestBuildAnalyzers(t *testing.T) {
	defer config.SetOverride(nil)
	p, err := New(map[string]any{"disable": []any{"depbloat"}})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Name == "depbloat" {
			t.Errorf("depbloat is disabled but built")
		}
	}
	if err := analysis.Validate(as); err != nil {
		t.Error(err)
	}
	if len(as) == 0 || p.GetLoadMode() != "typesinfo" {
		t.Errorf("got %d analyzers, load mode %q", len(as), p.GetLoadMode())
	}
}
