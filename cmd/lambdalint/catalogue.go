package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/lambdalint/lambdalint/rules"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "lambdalint rules: unexpected argument %q\n", args[0])
		return 2
	}
	for _, r := range rules.All() {
		off := ""
		if r.Off {
			off = " (off by default)"
		}
		fmt.Fprintf(stdout, "%-26s %-12s %-8s %s%s\n", r.ID, r.Analyzer, r.Severity, r.Title, off)
	}
	return 0
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "lambdalint explain: want exactly one rule id (see lambdalint rules)")
		return 2
	}
	r, ok := rules.Lookup(args[0])
	if !ok {
		hint := ""
		if n := rules.Nearest(args[0], rules.IDs()); n != "" {
			hint = fmt.Sprintf("; did you mean %q?", n)
		}
		fmt.Fprintf(stderr, "lambdalint explain: unknown rule %q%s\n", args[0], hint)
		return 2
	}
	fmt.Fprintf(stdout, "%s (%s, %s): %s\n\n", r.ID, r.Analyzer, r.Severity, r.Title)
	fmt.Fprintf(stdout, "%s\n", r.Rationale)
	if r.Bad != "" {
		fmt.Fprintf(stdout, "\nBad:\n%s\n", indent(r.Bad))
	}
	if r.Good != "" {
		fmt.Fprintf(stdout, "\nGood:\n%s\n", indent(r.Good))
	}
	fmt.Fprintf(stdout, "\nFix: %s\n", r.Fix)
	return 0
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
