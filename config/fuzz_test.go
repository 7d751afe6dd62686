package config

import (
	"strings"
	"testing"
)

// FuzzParse: any lambdalint.toml either parses or gives one line that
// names the file; it never panics. Run with
// go test -fuzz=FuzzParse ./config.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"fail-on = \"error\"\nexclude = [\"cdk/**\"]\n",
		"[handlercore]\nmax-statements = 40\n",
		"[rules.handler-signature]\nseverity = \"info\"\nexclude = [\"x/**\"]\n",
		"enable = [\"env-dev-default\"]\ndisable = [\"depbloat\"]\n",
		"[envconfig]\nresource-fields = [\"Workgroup\"]\n",
		"exclude = [\"a\"\nfail-on = 3\n",
		"[rules.x]\n[rules.x]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("/p/lambdalint.toml", data)
		if err != nil {
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Fatalf("error is not one line: %q", msg)
			}
			if !strings.Contains(msg, "lambdalint.toml") {
				t.Fatalf("error does not name the file: %q", msg)
			}
			return
		}
		// A parsed configuration answers every question without panicking.
		_ = cfg.Enabled("handlersig", "handler-signature")
		_ = cfg.Severity("handler-signature")
		_ = cfg.FailSeverity()
		_ = cfg.Excluded("handler-signature", "cmd/x/main.go")
	})
}
