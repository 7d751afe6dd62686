// Package golangci is lambdalint's golangci-lint v2 module plugin. It
// registers the linter "lambdalint"; a custom golangci-lint built with
// `golangci-lint custom` from a .custom-gcl.yml that names this module runs
// it (see docs/integrations.md):
//
//	linters:
//	  enable: [lambdalint]
//	  settings:
//	    custom:
//	      lambdalint:
//	        type: module
//	        settings:          # the keys of lambdalint.toml
//	          disable: [depbloat]
//	          handlercore:
//	            max-statements: 40
//
// The settings are the options of lambdalint.toml, checked the same way
// (unknown keys and rule ids are errors naming the nearest valid one). With
// no settings, each package's lambdalint.toml applies, as under every other
// driver.
//
// golangci-lint prints the linter and analyzer names but not a
// diagnostic's Category, so every message gets its rule id appended:
// "ctxreuse: … [ctx-client-per-invocation]". Suppress findings with
// //nolint:lambdalint or, per rule, //lambdalint:ignore RULE reason.
package golangci

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/analyzers"
	"github.com/lambdalint/lambdalint/config"
)

// Name is the linter's name in golangci-lint's configuration and output.
const Name = "lambdalint"

func init() {
	register.Plugin(Name, New)
}

// settingsPath names where the settings come from, in error messages.
const settingsPath = "linters.settings.custom.lambdalint.settings"

// Plugin is the lambdalint linter for golangci-lint.
type Plugin struct {
	cfg *config.Config // nil: each package's lambdalint.toml
}

// New decodes the settings golangci-lint read from its configuration file
// (linters.settings.custom.lambdalint.settings).
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := Decode(settings)
	if err != nil {
		return nil, err
	}
	return &Plugin{cfg: cfg}, nil
}

// Decode turns golangci-lint's settings into a lambdalint configuration by
// way of TOML, so that they are validated by config.Parse exactly like a
// lambdalint.toml. It returns nil for no settings. Exclude patterns are
// relative to the directory golangci-lint runs in.
func Decode(settings any) (*config.Config, error) {
	if settings == nil {
		return nil, nil
	}
	m, ok := settings.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: want a mapping of lambdalint.toml keys, got %T", settingsPath, settings)
	}
	if len(m) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(m); err != nil {
		return nil, fmt.Errorf("%s: %v", settingsPath, err)
	}
	cfg, err := config.Parse(settingsPath, buf.Bytes())
	if err != nil {
		// The line numbers are those of the TOML made here, which
		// mean nothing to the user; the key names say where.
		return nil, fmt.Errorf("%s", lineRe.ReplaceAllString(err.Error(), settingsPath+":"))
	}
	cfg.File = settingsPath
	if wd, err := os.Getwd(); err == nil {
		cfg.Dir = wd
	} else {
		cfg.Dir = ""
	}
	return cfg, nil
}

var lineRe = regexp.MustCompile(regexp.QuoteMeta(settingsPath) + `:\d+:`)

// BuildAnalyzers returns lambdalint's analyzers, each reporting its rule id
// in the message. It installs the settings as the configuration of every
// package.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	if p.cfg != nil {
		config.SetOverride(p.cfg)
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers.All() {
		if p.cfg != nil && contains(p.cfg.Disable, a.Name) {
			continue
		}
		out = append(out, WithRuleIDs(a))
	}
	return out, nil
}

// GetLoadMode asks for type information: the analyzers need types and
// facts of the dependencies.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// WithRuleIDs returns a copy of a whose diagnostics end with " [rule]", the
// rule id held in Category. The copy keeps a's Name (the configuration and
// //lambdalint:ignore directives are looked up by it) and a's Requires, so
// the helper analyzers and their results are shared as before.
func WithRuleIDs(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	run := a.Run
	c.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if d.Category != "" && !strings.HasSuffix(d.Message, "["+d.Category+"]") {
				d.Message += " [" + d.Category + "]"
			}
			report(d)
		}
		return run(&p)
	}
	return &c
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
