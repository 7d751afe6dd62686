package main

import (
	"strings"
	"testing"

	"github.com/lambdalint/lambdalint/rules"
)

func runCapture(args ...string) (stdout, stderr string, code int) {
	var out, errb strings.Builder
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestRulesCommand(t *testing.T) {
	out, _, code := runCapture("rules")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(lines) != len(rules.All()) {
		t.Fatalf("exit %d, %d lines for %d rules", code, len(lines), len(rules.All()))
	}
	if !strings.Contains(out, "handler-signature") {
		t.Errorf("handler-signature missing:\n%s", out)
	}
}

func TestExplainCommand(t *testing.T) {
	out, _, code := runCapture("explain", "handler-signature")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"handler-signature (handlersig, error)", "Bad:", "Good:", "Fix:"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
}

func TestVersionAndHelp(t *testing.T) {
	if out, _, code := runCapture("version"); code != 0 || !strings.HasPrefix(out, "lambdalint ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
	for _, arg := range []string{"help", "-h"} {
		out, errs, code := runCapture(arg)
		if code != 0 || errs != "" || !strings.Contains(out, "-format") || !strings.Contains(out, "Exit status") {
			t.Errorf("%s: exit %d, stdout:\n%s\nstderr:\n%s", arg, code, out, errs)
		}
	}
}

// TestBadFlag: one line on stderr, not the whole usage.
func TestBadFlag(t *testing.T) {
	out, errs, code := runCapture("-format=text", "-nope")
	if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "-nope") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
