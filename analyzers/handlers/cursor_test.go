package handlers

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

const preorderSrc = `package p

func a() { f := func() { _ = 1 }; f() }

type T struct{}

func (T) m() {
	if true {
		return
	}
}
`

// TestPreorder: for every body of the package, Preorder yields what
// ast.Preorder does, and from the inspector (a silent fallback would
// hide a wrong cursor); for other syntax or without an inspector it
// falls back to ast.Preorder.
func TestPreorder(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", preorderSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{ins: inspector.New([]*ast.File{f})}
	var bodies []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			bodies = append(bodies, n.Body)
		case *ast.FuncLit:
			bodies = append(bodies, n.Body)
		case *ast.IfStmt:
			bodies = append(bodies, n.Body, n)
		}
		return true
	})
	if len(bodies) != 5 {
		t.Fatalf("%d bodies, want 5", len(bodies))
	}
	for _, b := range bodies {
		if _, ok := res.cursor(b); !ok {
			t.Errorf("no cursor for the %T at %s", b, fset.Position(b.Pos()))
		}
		got, want := slices.Collect(res.Preorder(b)), slices.Collect(ast.Preorder(b))
		if !slices.Equal(got, want) {
			t.Errorf("Preorder of the %T at %s: %d nodes, ast.Preorder %d", b, fset.Position(b.Pos()), len(got), len(want))
		}
	}
	other, err := parser.ParseFile(token.NewFileSet(), "q.go", preorderSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	ob := other.Decls[0].(*ast.FuncDecl).Body
	if _, ok := res.cursor(ob); ok {
		t.Error("a cursor for a node of other syntax")
	}
	if got := slices.Collect(res.Preorder(ob)); len(got) == 0 || got[0] != ob {
		t.Error("no fallback to ast.Preorder for a node of other syntax")
	}
	if _, ok := (&Result{}).cursor(bodies[0]); ok {
		t.Error("a cursor without an inspector")
	}
}
