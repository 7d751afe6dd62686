package depvet

import (
	"bytes"
	"go/scanner"
	"go/token"
)

// blankBodies returns src with the contents of every outermost {...}
// region overwritten by spaces, newlines kept, except struct and
// interface type bodies and the bodies of [...]T literals, whose length
// is part of their type. Function bodies, function literals and the
// composite literals of package-level initializers go, so that the parser
// builds the declarations alone; no declaration's type depends on them.
//
// Unlike gopls's PurgeFuncBodies (golang.org/x/tools/internal/astutil),
// from which the scan is adapted, every byte keeps its offset: positions
// in the export data and the file sizes some facts record stay those of
// the source. It returns src itself when a line directive could move the
// positions that follow it.
func blankBodies(src []byte) []byte {
	if bytes.Contains(src, []byte("//line ")) || bytes.Contains(src, []byte("/*line ")) {
		return src
	}
	out := bytes.Clone(src)
	file := token.NewFileSet().AddFile("", -1, len(src))
	var sc scanner.Scanner
	sc.Init(file, src, nil, 0)
	var prev token.Token
	var braces []token.Pos // unclosed braces; -1 for a region kept
	ellipsis := false      // saw "[...]" not yet consumed by a literal's "{"
	for {
		pos, tok, _ := sc.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.SEMICOLON:
			ellipsis = false
		case token.RBRACK:
			// "...]" occurs only in the array type of a composite
			// literal; a variadic "..." is followed by a type or ")".
			if prev == token.ELLIPSIS {
				ellipsis = true
			}
		case token.LBRACE:
			if prev == token.STRUCT || prev == token.INTERFACE {
				pos = -1
			} else if ellipsis {
				pos = -1
				ellipsis = false
			}
			braces = append(braces, pos)
		case token.RBRACE:
			if last := len(braces) - 1; last >= 0 {
				top := braces[last]
				braces = braces[:last]
				if top >= 0 && len(braces) == 0 {
					for i := file.Offset(top) + 1; i < file.Offset(pos); i++ {
						if out[i] != '\n' {
							out[i] = ' '
						}
					}
				}
			}
		}
		prev = tok
	}
	return out
}
