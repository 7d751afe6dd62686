package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/lambdalint/lambdalint/rules"
)

type githubFormatter struct{}

// Format writes GitHub Actions workflow commands, one annotation a finding.
func (githubFormatter) Format(w io.Writer, fs []Finding, _ Options) error {
	for _, f := range fs {
		if f.Suppressed != "" {
			continue
		}
		level := "notice"
		switch f.Severity {
		case rules.Error:
			level = "error"
		case rules.Warning:
			level = "warning"
		}
		props := "file=" + escapeProp(f.File)
		if f.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d", f.Line, f.Column)
		}
		props += ",title=" + escapeProp("lambdalint "+f.Rule)
		msg := f.Message
		if f.Entry != "" {
			msg = f.Entry + ": " + msg
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, props, escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// The escapes are those of the actions/toolkit command.ts.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
