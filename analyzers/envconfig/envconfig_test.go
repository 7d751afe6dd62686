package envconfig_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/envconfig"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestResources: resource identifiers and regions in SDK inputs, options
// and configs, through aws.String, constants and variables.
func TestResources(t *testing.T) {
	analysistest.Run(t, testdata(), envconfig.Analyzer, "envconfig/resources")
}

// TestSilent: values from the environment, development defaults (their
// rule is off by default), content types, prefixes, expressions, index
// names, log and error text, example packages.
func TestSilent(t *testing.T) {
	analysistest.Run(t, testdata(), envconfig.Analyzer, "envconfig/silent", "envconfig/examples/demo", "envconfig/sharedconfig")
}

// TestSupport: in test support and infrastructure-as-code packages names,
// ARNs and regions are silent and a credential is still reported; function
// code with tests beside it is checked as any.
func TestSupport(t *testing.T) {
	analysistest.Run(t, testdata(), envconfig.Analyzer, "envconfig/support/...")
}

// TestDevDefaults: with env-dev-default enabled (lambdalint.toml), the
// fallback literals and the literals of a local-run branch are reported
// as development defaults; a branch on another variable is not local.
func TestDevDefaults(t *testing.T) {
	analysistest.Run(t, testdata(), envconfig.Analyzer, "envconfig/devdefaults")
}

// TestCredentials: static keys, key-shaped literals and DSN passwords.
func TestCredentials(t *testing.T) {
	analysistest.Run(t, testdata(), envconfig.Analyzer, "envconfig/creds")
}

// TestFix: the literal becomes os.Getenv, with the os import added.
func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(), envconfig.Analyzer, "envconfig/fix")
}

// TestRedTeam: a queue URL formatted from literal parts, and the
// documented example key handed to static credential providers.
func TestRedTeam(t *testing.T) {
	analysistest.Run(t, testdata(), envconfig.Analyzer, "envconfig/redteam")
}
