package handlercore

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"testing"
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

// TestMeasure pins the figures of a body with every counted construct.
func TestMeasure(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", measured, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	none := func(types.Type) (string, bool) { return "", false }
	want := map[string]Metrics{
		"a": {Statements: 12, Complexity: 8, Branching: 7},
		"b": {Statements: 0, Complexity: 1, Branching: 1},
	}
	for _, d := range f.Decls {
		fd := d.(*ast.FuncDecl)
		if got := measure(info, none, fd.Body); !reflect.DeepEqual(got, want[fd.Name.Name]) {
			t.Errorf("%s: %+v, want %+v", fd.Name.Name, got, want[fd.Name.Name])
		}
	}
}
