// Package report is how every lambdalint analyzer reports: by rule id, with
// the configuration (enabled rules, per-path excludes) and the
// //lambdalint:ignore directives applied inside the analyzer, so that every
// driver (standalone, go vet, golangci-lint, nogo) gives the same findings.
//
// A diagnostic's Category is its rule id; the driver maps it to a severity
// and prints it. Messages do not repeat the rule id.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/rules"
)

// Reporter reports the findings of one analyzer on one package.
type Reporter struct {
	pass     *analysis.Pass
	analyzer string
	cfg      *config.Config
	dirs     *directives
}

// New returns the reporter of analyzer for pass. A configuration that
// cannot be read is returned as an error, which the analyzer returns from
// its Run so the driver stops with it.
func New(pass *analysis.Pass) (*Reporter, error) {
	dir := ""
	for _, f := range pass.Files {
		dir = filepath.Dir(pass.Fset.File(f.Pos()).Name())
		break
	}
	cfg, err := config.ForDir(dir)
	if err != nil {
		return nil, err
	}
	return &Reporter{pass: pass, analyzer: pass.Analyzer.Name, cfg: cfg, dirs: parseDirectives(pass)}, nil
}

// Config returns the configuration that applies to the package.
func (r *Reporter) Config() *config.Config { return r.cfg }

// Enabled reports whether rule is on for this package; analyzers skip work
// for rules that are off.
func (r *Reporter) Enabled(rule string) bool { return r.cfg.Enabled(r.analyzer, rule) }

// Option adds to a diagnostic.
type Option func(*analysis.Diagnostic)

// Related points at code the finding is about, typically in another
// package (SPEC.md, "Where findings go").
func Related(pos token.Pos, format string, args ...any) Option {
	return func(d *analysis.Diagnostic) {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos, Message: fmt.Sprintf(format, args...)})
	}
}

// Fix attaches a suggested fix.
func Fix(message string, edits ...analysis.TextEdit) Option {
	return func(d *analysis.Diagnostic) {
		d.SuggestedFixes = append(d.SuggestedFixes, analysis.SuggestedFix{Message: message, TextEdits: edits})
	}
}

// Reportf reports rule at rng unless the rule is off, the file is excluded
// or a directive suppresses it.
func (r *Reporter) Reportf(rule string, rng analysis.Range, opts []Option, format string, args ...any) {
	r.report(rule, rng.Pos(), rng.End(), opts, fmt.Sprintf(format, args...))
}

// At reports rule at a position.
func (r *Reporter) At(rule string, pos token.Pos, opts []Option, format string, args ...any) {
	r.report(rule, pos, token.NoPos, opts, fmt.Sprintf(format, args...))
}

func (r *Reporter) report(rule string, pos, end token.Pos, opts []Option, msg string) {
	if _, ok := rules.Lookup(rule); !ok {
		panic("lambdalint: analyzer " + r.analyzer + " reports rule " + rule + " missing from the catalogue")
	}
	if !r.Enabled(rule) {
		return
	}
	posn := r.pass.Fset.Position(pos)
	if r.cfg.Excluded(rule, posn.Filename) {
		return
	}
	category := rule
	if reason, ok := r.dirs.suppress(rule, r.analyzer, posn); ok {
		if !KeepSuppressed {
			return
		}
		category = rule + suppressedMark + reason
	}
	d := analysis.Diagnostic{Pos: pos, End: end, Category: category, Message: msg}
	for _, o := range opts {
		o(&d)
	}
	r.pass.Report(d)
}

// Finish reports the directives naming this analyzer's rules that lack a
// reason or suppressed nothing. Every analyzer calls it once, last.
func (r *Reporter) Finish() {
	for _, d := range r.dirs.list {
		if !d.owns(r.analyzer) {
			continue
		}
		switch {
		case d.reason == "":
			r.report(MissingReason, d.pos, d.end, nil,
				fmt.Sprintf("//lambdalint:ignore %s needs a reason after the rule id (//lambdalint:ignore %s <why it does not apply>); without one it suppresses nothing", d.rule, d.rule))
		case !d.used && r.cfg.Enabled(r.analyzer, d.rule) && !r.cfg.Excluded(d.rule, r.pass.Fset.Position(d.pos).Filename):
			r.report(Unused, d.pos, d.end, nil,
				fmt.Sprintf("//lambdalint:ignore %s suppresses nothing on this line or the next; remove it", d.rule))
		}
	}
}

// ReportUnknown reports directives that name no known rule or analyzer.
// One analyzer (handlersig, which always runs) calls it, so each is
// reported once.
func (r *Reporter) ReportUnknown() {
	for _, d := range r.dirs.list {
		if d.rule == "" {
			r.report(MissingReason, d.pos, d.end, nil, "//lambdalint:ignore needs a rule id and a reason: //lambdalint:ignore RULE reason")
			continue
		}
		if !config.Known(d.rule) {
			hint := ""
			if n := rules.Nearest(d.rule, rules.IDs()); n != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", n)
			}
			r.report(Unused, d.pos, d.end, nil, fmt.Sprintf("//lambdalint:ignore names unknown rule %q%s", d.rule, hint))
		}
	}
}

// Rule ids of the directive checks.
const (
	MissingReason = "ignore-reason"
	Unused        = "ignore-unused"
)

// KeepSuppressed makes findings that a //lambdalint:ignore directive
// suppresses reported all the same, with the directive's reason in their
// category (see SplitCategory). The lambdalint command sets it for SARIF
// output, whose results record suppressions; other drivers leave it off,
// so suppressed findings never reach them.
var KeepSuppressed bool

const suppressedMark = " suppressed: "

// SplitCategory returns the rule id of a diagnostic's category and, for a
// finding kept under KeepSuppressed, the reason it is suppressed.
func SplitCategory(category string) (rule, suppressedBecause string) {
	rule, reason, _ := strings.Cut(category, suppressedMark)
	return rule, reason
}

// Node is a convenience for Reportf on an AST node.
func Node(n ast.Node) analysis.Range { return n }
