package report

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/lambdalint/lambdalint/rules"
)

const prefix = "//lambdalint:ignore"

type directive struct {
	pos, end token.Pos
	file     string
	line     int
	rule     string // a rule id or an analyzer name
	reason   string
	used     bool
}

// owns reports whether the directive is about one of analyzer's rules.
func (d *directive) owns(analyzer string) bool {
	if d.rule == analyzer {
		return true
	}
	r, ok := rules.Lookup(d.rule)
	return ok && r.Analyzer == analyzer
}

type directives struct{ list []*directive }

// parseDirectives collects //lambdalint:ignore RULE reason comments. A
// directive covers findings on its own line (a trailing comment) and on the
// line below (a comment on a line of its own).
func parseDirectives(pass *analysis.Pass) *directives {
	ds := &directives{}
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if !strings.HasPrefix(c.Text, prefix) {
					continue
				}
				rest := c.Text[len(prefix):]
				if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue // e.g. //lambdalint:ignored, not ours
				}
				// A nested "//" starts another comment, not the reason.
				if i := strings.Index(rest, "//"); i >= 0 {
					rest = rest[:i]
				}
				fields := strings.Fields(rest)
				d := &directive{pos: c.Pos(), end: c.End()}
				p := pass.Fset.Position(c.Pos())
				d.file, d.line = p.Filename, p.Line
				if len(fields) > 0 {
					d.rule = strings.TrimSuffix(fields[0], ",")
					d.reason = strings.TrimSpace(strings.TrimPrefix(strings.Join(fields[1:], " "), "--"))
				}
				ds.list = append(ds.list, d)
			}
		}
	}
	return ds
}

// suppress reports whether a directive with a reason covers rule at posn,
// with the reason, and marks it used. A directive without a reason suppresses nothing: the
// reason is the point.
func (ds *directives) suppress(rule, analyzer string, posn token.Position) (reason string, ok bool) {
	for _, d := range ds.list {
		if d.file != posn.Filename || (d.line != posn.Line && d.line != posn.Line-1) {
			continue
		}
		if d.rule != rule && d.rule != analyzer {
			continue
		}
		if d.reason == "" {
			continue
		}
		d.used = true
		if !ok {
			reason, ok = d.reason, true
		}
	}
	return reason, ok
}
