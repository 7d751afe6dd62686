package main

import (
	"fmt"
	"go/format"
	"go/token"
	"os"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// fix is one text edit resolved to a file and byte offsets.
type fix struct {
	file       string
	start, end int
	text       []byte
}

// fixesOf resolves the first suggested fix of a diagnostic (the preferred
// one, as gopls and go fix take it).
func fixesOf(fset *token.FileSet, d analysis.Diagnostic) []fix {
	if len(d.SuggestedFixes) == 0 {
		return nil
	}
	var out []fix
	for _, e := range d.SuggestedFixes[0].TextEdits {
		tf := fset.File(e.Pos)
		if tf == nil {
			continue
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		out = append(out, fix{file: tf.Name(), start: tf.Offset(e.Pos), end: tf.Offset(end), text: e.NewText})
	}
	return out
}

// applyFixes writes the edits, file by file, skipping exact duplicates
// (a package and its test variant) and refusing overlapping edits.
func applyFixes(fixes []fix) error {
	byFile := map[string][]fix{}
	for _, f := range fixes {
		byFile[f.file] = append(byFile[f.file], f)
	}
	for file, fs := range byFile {
		sort.Slice(fs, func(i, j int) bool { return fs[i].start < fs[j].start })
		src, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var out []byte
		last := 0
		var prev *fix
		for i := range fs {
			f := &fs[i]
			if prev != nil && prev.start == f.start && prev.end == f.end && string(prev.text) == string(f.text) {
				continue
			}
			if f.start < last || f.end > len(src) {
				return fmt.Errorf("%s: conflicting edits; run -fix again", file)
			}
			out = append(out, src[last:f.start]...)
			out = append(out, f.text...)
			last = f.end
			prev = f
		}
		out = append(out, src[last:]...)
		if formatted, err := format.Source(out); err == nil {
			out = formatted
		}
		st, err := os.Stat(file)
		if err != nil {
			return err
		}
		if err := os.WriteFile(file, out, st.Mode()); err != nil {
			return err
		}
	}
	return nil
}
