// Package output writes findings of both modes (analysis and zip) in the
// formats of SPEC.md: text, json, sarif and github. A new format is one file
// with one Formatter.
package output

import (
	"fmt"
	"io"
	"sort"

	"github.com/lambdalint/lambdalint/rules"
)

// Location is a place in a file (or, for the zip checker, an archive entry).
type Location struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Entry   string `json:"entry,omitempty"`
	Message string `json:"message,omitempty"`
}

// Finding is one reported problem. Its JSON form is fixed by SPEC.md; fields
// beyond the spec are only ever added.
type Finding struct {
	Analyzer string         `json:"analyzer"`
	Rule     string         `json:"rule"`
	Severity rules.Severity `json:"severity"`
	File     string         `json:"file"`
	Line     int            `json:"line"`
	Column   int            `json:"column"`
	Message  string         `json:"message"`
	Entry    string         `json:"entry"`
	Related  []Location     `json:"related,omitempty"`
	// Suppressed holds the reason of a //lambdalint:ignore that silenced the
	// finding; suppressed findings are written only to SARIF (as
	// suppressions, so reviewers see them) and never counted.
	Suppressed string `json:"-"`
}

// Summary counts findings by severity.
type Summary struct {
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Summarize counts the findings that are not suppressed.
func Summarize(fs []Finding) Summary {
	var s Summary
	for _, f := range fs {
		if f.Suppressed != "" {
			continue
		}
		s.Findings++
		switch f.Severity {
		case rules.Error:
			s.Errors++
		case rules.Warning:
			s.Warnings++
		default:
			s.Infos++
		}
	}
	return s
}

// Sort orders findings by file, line, column, rule, message so output is
// stable whatever order the analyses finished in.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Entry != b.Entry {
			return a.Entry < b.Entry
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// Options tune a formatter.
type Options struct {
	Color   bool   // text: colour the output
	Tool    string // sarif: driver name
	Version string // sarif: driver version
}

// Formatter writes a complete report.
type Formatter interface {
	Format(w io.Writer, fs []Finding, opt Options) error
}

var formatters = map[string]Formatter{
	"text":   textFormatter{},
	"json":   jsonFormatter{},
	"sarif":  sarifFormatter{},
	"github": githubFormatter{},
}

// Lookup returns the formatter for a -format value.
func Lookup(name string) (Formatter, error) {
	if f, ok := formatters[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q (want text, json, sarif or github)", name)
}
