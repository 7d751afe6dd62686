package handlercore

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

const measured = `package p

func a(xs []int, ch chan int) (n int) {
	if len(xs) == 0 {
		return 0
	}
	for _, x := range xs {
		switch {
		case x > 0 && x < 10:
			n++
		case x < 0 || x > 100:
			n--
		default:
		}
	}
	f := func() {
		select {
		case v := <-ch:
			n += v
		default:
		}
	}
	f()
	return n
}

func b() {}
`

// TestMeasureIn holds the inspector walk to the recursive one: same
// figures for every body, and the body found in the inspector (a silent
// fallback would hide a wrong cursor).
func TestMeasureIn(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", measured, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	ins := inspector.New([]*ast.File{f})
	none := func(types.Type) (string, bool) { return "", false }
	for _, d := range f.Decls {
		fd := d.(*ast.FuncDecl)
		if cur, ok := ins.Root().FindByPos(fd.Body.Pos(), fd.Body.End()); !ok || cur.Node() != fd.Body {
			t.Errorf("%s: body not found in the inspector", fd.Name.Name)
		}
		want := measure(info, none, fd.Body)
		if got := measureIn(ins, info, none, fd.Body); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: measureIn = %+v, measure = %+v", fd.Name.Name, got, want)
		}
	}
	if m := measure(info, none, f.Decls[0].(*ast.FuncDecl).Body); m.Statements != 12 || m.Complexity != 8 || m.Branching != 7 {
		t.Errorf("a: %+v, want 12 statements, complexity 8, branching 7", m)
	}
}
