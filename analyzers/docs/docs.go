// Package docs turns an analyzer's embedded doc.go into its Analyzer.Doc,
// so the package documentation, `lambdalint explain` and -help say the same.
package docs

import "strings"

// FromSource returns the text of the "# Analyzer NAME" section of a doc.go
// source: the first line is "name: title", the rest says what is reported
// and why. Without that heading it returns the whole package comment.
//
// It runs in every analyzer's package initialisation, so in every start
// of the binary (go vet starts it once a package): it reads the // lines
// before the package clause as go/ast's CommentGroup.Text would, instead
// of running the Go parser (TestFromSourceMatchesParser). It reads what
// gofmt writes: // comments at the start of their lines and a "package"
// clause at the start of its own; /* */ package comments are not read.
func FromSource(src string) string {
	text, ok := packageComment(src)
	if !ok {
		return "lambdalint analyzer"
	}
	if _, after, ok := strings.Cut(text, "# Analyzer "); ok {
		if _, body, ok := strings.Cut(after, "\n"); ok {
			return strings.TrimSpace(body)
		}
	}
	return strings.TrimSpace(text)
}

// packageComment returns the text of the // comment group that ends on the
// line before the package clause: comment markers and the space after
// them removed, directives (//go:build) dropped, runs of blank lines made
// one. ok is false when there is none.
func packageComment(src string) (text string, ok bool) {
	var group []string
	inGroup := false // a group of // lines, directives included, goes on
	for line := range strings.Lines(src) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case strings.HasPrefix(line, "package ") || strings.HasPrefix(line, "package\t"):
			if !inGroup {
				return "", false
			}
			return joinLines(group), true
		case strings.HasPrefix(line, "//"):
			inGroup = true
			c := line[2:]
			if strings.HasPrefix(c, " ") {
				c = c[1:]
			} else if isDirective(c) {
				continue
			}
			group = append(group, strings.TrimRight(c, " \t"))
		default:
			// A blank line (or code) ends a group: the package comment
			// is the group right above the clause.
			group, inGroup = group[:0], false
		}
	}
	return "", false
}

// joinLines drops leading blank lines and makes runs of blank lines one.
func joinLines(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// isDirective reports a //line, //extern, //export or //xxx:yyy
// comment, as go/ast does.
func isDirective(c string) bool {
	if strings.HasPrefix(c, "line ") || strings.HasPrefix(c, "extern ") || strings.HasPrefix(c, "export ") {
		return true
	}
	colon := strings.Index(c, ":")
	if colon <= 0 || colon+1 >= len(c) {
		return false
	}
	for i := 0; i <= colon+1; i++ {
		if i == colon {
			continue
		}
		b := c[i]
		if !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}
