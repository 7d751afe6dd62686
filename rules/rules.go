// Package rules is lambdalint's rule catalogue: one record per rule, the single
// source for `lambdalint rules`, `lambdalint explain`, SARIF's tool.driver.rules
// and RULES.md. Each analyzer (and the zip checker) registers its rules from a
// file of its own in this package, next to the others, so the catalogue can be
// read in one place.
package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Severity is how much a finding matters. The zero value is not a severity.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// ParseSeverity accepts the three severities (case-insensitive).
func ParseSeverity(s string) (Severity, error) {
	switch v := Severity(strings.ToLower(s)); v {
	case Error, Warning, Info:
		return v, nil
	}
	return "", fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Rank orders severities: info < warning < error.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Rule describes one check.
type Rule struct {
	ID       string   // stable id, used in output, config and //lambdalint:ignore
	Analyzer string   // the analyzer's Name, or "zipcheck"
	Severity Severity // default severity
	// Off means the rule is disabled unless the configuration enables it.
	Off bool
	// Title is one line, lower case, no period.
	Title string
	// Rationale ties the rule to the AWS Lambda best practice it enforces.
	Rationale string
	// Bad and Good are short Go (or shell) examples.
	Bad, Good string
	// Fix says what to do.
	Fix string
}

var catalogue = map[string]Rule{}

// register adds rules; it is called from each file's init and panics on a
// duplicate id because two rules with one id would make suppression ambiguous.
func register(rs ...Rule) {
	for _, r := range rs {
		if _, dup := catalogue[r.ID]; dup {
			panic("rules: duplicate rule id " + r.ID)
		}
		if r.Severity.Rank() == 0 {
			panic("rules: rule " + r.ID + " has no severity")
		}
		catalogue[r.ID] = r
	}
}

// All returns every rule, ordered by analyzer then id.
func All() []Rule {
	out := make([]Rule, 0, len(catalogue))
	for _, r := range catalogue {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Analyzer != out[j].Analyzer {
			return out[i].Analyzer < out[j].Analyzer
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Lookup finds a rule by id.
func Lookup(id string) (Rule, bool) {
	r, ok := catalogue[id]
	return r, ok
}

// ForAnalyzer returns the rules of one analyzer.
func ForAnalyzer(name string) []Rule {
	var out []Rule
	for _, r := range All() {
		if r.Analyzer == name {
			out = append(out, r)
		}
	}
	return out
}

// Analyzers returns the analyzer names that own at least one rule.
func Analyzers() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range All() {
		if !seen[r.Analyzer] {
			seen[r.Analyzer] = true
			out = append(out, r.Analyzer)
		}
	}
	return out
}

// Nearest returns the known name closest to s by edit distance among names,
// for "did you mean" messages; "" when nothing is reasonably close.
func Nearest(s string, names []string) string {
	best, bestD := "", len(s)/2+3
	for _, n := range names {
		if d := distance(s, n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// IDs returns every rule id plus every analyzer name, the names that
// -enable, -disable and the config accept.
func IDs() []string {
	var out []string
	for _, r := range All() {
		out = append(out, r.ID)
	}
	return append(out, Analyzers()...)
}

func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
