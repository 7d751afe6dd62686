package output

import (
	"fmt"
	"io"

	"github.com/fatih/color"

	"github.com/lambdalint/lambdalint/rules"
)

type textFormatter struct{}

// Format writes `file:line:col: message [rule]`, the related locations
// indented below, then one summary line.
func (textFormatter) Format(w io.Writer, fs []Finding, opt Options) error {
	paint := func(c *color.Color, s string) string {
		if !opt.Color {
			return s
		}
		c.EnableColor()
		return c.Sprint(s)
	}
	bold := color.New(color.Bold)
	sev := map[rules.Severity]*color.Color{
		rules.Error:   color.New(color.FgRed),
		rules.Warning: color.New(color.FgYellow),
		rules.Info:    color.New(color.FgCyan),
	}
	for _, f := range fs {
		if f.Suppressed != "" {
			continue
		}
		pos := f.File
		if f.Line > 0 {
			pos = fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
		}
		if f.Entry != "" {
			pos += ": " + f.Entry
		}
		c := sev[f.Severity]
		if c == nil {
			c = sev[rules.Info]
		}
		if _, err := fmt.Fprintf(w, "%s: %s %s\n", paint(bold, pos), f.Message, paint(c, "["+f.Rule+"]")); err != nil {
			return err
		}
		for _, r := range f.Related {
			rp := r.File
			switch {
			case r.Line > 0 && r.Column > 0:
				rp = fmt.Sprintf("%s:%d:%d", r.File, r.Line, r.Column)
			case r.Line > 0:
				// Positions from export data (a declaration in another
				// package, under go vet) carry no column.
				rp = fmt.Sprintf("%s:%d", r.File, r.Line)
			}
			if r.Entry != "" {
				rp += ": " + r.Entry
			}
			if _, err := fmt.Fprintf(w, "\t%s: %s\n", rp, r.Message); err != nil {
				return err
			}
		}
	}
	s := Summarize(fs)
	if s.Findings == 0 {
		_, err := fmt.Fprintln(w, "no findings")
		return err
	}
	_, err := fmt.Fprintf(w, "%s: %s, %s, %s\n", plural(s.Findings, "finding"), plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
	return err
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
