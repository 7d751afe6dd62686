package rules

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite RULES.md from the catalogue")

// TestRulesMD fails when RULES.md at the repository root is not what the
// catalogue generates; `go test ./rules -update` rewrites it.
func TestRulesMD(t *testing.T) {
	file := filepath.Join("..", "RULES.md")
	want := Markdown()
	if *update {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v; run go test ./rules -update", err)
	}
	if string(got) != want {
		t.Errorf("RULES.md is stale: run go test ./rules -update (first difference at line %d)", firstDiff(string(got), want))
	}
}

func firstDiff(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return i + 1
		}
	}
	return min(len(al), len(bl)) + 1
}

// TestMarkdownLinks: every rule and analyzer in the table has its section.
func TestMarkdownLinks(t *testing.T) {
	md := Markdown()
	for _, r := range All() {
		if !strings.Contains(md, "\n### "+r.ID+"\n") {
			t.Errorf("no section for rule %s", r.ID)
		}
		if !strings.Contains(md, "\n## "+r.Analyzer+"\n") {
			t.Errorf("no section for analyzer %s", r.Analyzer)
		}
		if !strings.Contains(md, "[`"+r.ID+"`](#"+r.ID+")") {
			t.Errorf("table does not link rule %s", r.ID)
		}
	}
}

// TestCatalogue checks the records themselves: what STYLE.md and the
// output formats rely on.
func TestCatalogue(t *testing.T) {
	analyzers := map[string]bool{}
	for _, a := range Analyzers() {
		analyzers[a] = true
	}
	for _, r := range All() {
		if analyzers[r.ID] {
			t.Errorf("rule id %s is also an analyzer name: -enable, the config and RULES.md anchors would be ambiguous", r.ID)
		}
		if r.ID != strings.ToLower(r.ID) || strings.ContainsAny(r.ID, " _.") {
			t.Errorf("rule id %q is not kebab-case", r.ID)
		}
		if r.Title == "" || strings.HasSuffix(r.Title, ".") || capitalised(strings.Fields(r.Title)[0]) {
			t.Errorf("%s: title %q: want one lower-case line without a period", r.ID, r.Title)
		}
		if strings.Contains(r.Title, "\n") {
			t.Errorf("%s: title is more than one line", r.ID)
		}
		if r.Analyzer == "" || r.Rationale == "" || r.Fix == "" {
			t.Errorf("%s: analyzer, rationale and fix are required", r.ID)
		}
	}
}

func TestNearest(t *testing.T) {
	for in, want := range map[string]string{
		"handler-signatur":  "handler-signature",
		"handlersg":         "handlersig",
		"completely-absent": "",
	} {
		if got := Nearest(in, IDs()); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", in, got, want)
		}
	}
}

// capitalised reports whether w is a capitalised word ("Handler"), not
// an acronym ("AWS", "ARN") or an identifier ("lambda.Start").
func capitalised(w string) bool {
	rs := []rune(w)
	if !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if unicode.IsLower(r) {
			return !strings.ContainsAny(w, "._")
		}
	}
	return false
}
