// Package docs turns an analyzer's embedded doc.go into its Analyzer.Doc,
// so the package documentation, `lambdalint explain` and -help say the same.
package docs

import (
	"go/parser"
	"go/token"
	"strings"
)

// FromSource returns the text of the "# Analyzer NAME" section of a doc.go
// source: the first line is "name: title", the rest says what is reported
// and why. Without that heading it returns the whole package comment.
func FromSource(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		return "lambdalint analyzer"
	}
	text := f.Doc.Text()
	if _, after, ok := strings.Cut(text, "# Analyzer "); ok {
		if _, body, ok := strings.Cut(after, "\n"); ok {
			return strings.TrimSpace(body)
		}
	}
	return strings.TrimSpace(text)
}
