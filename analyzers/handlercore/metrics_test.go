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

const routed = `package p

import (
	"encoding/json"
	"strconv"
)

type D struct{ N int }

func g(d D) error     { return nil }
func h(n int) error   { return nil }
func with(f func() error) error { return f() }

func decodes(b []byte) error {
	switch {
	case true:
		var d D
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		return g(d)
	}
	return nil
}

func parsesChecked(s string) error {
	switch {
	case true:
		n, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		return h(n)
	}
	return nil
}

func decides(b []byte) error {
	switch {
	case true:
		var d D
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		if d.N > 10 {
			return g(d)
		}
		return g(D{})
	}
	return nil
}

func dropsError(s string) error {
	switch {
	case true:
		n, _ := strconv.Atoi(s)
		return h(n)
	}
	return nil
}

func closure() error {
	switch {
	case true:
		return with(func() error {
			_ = g(D{})
			_ = h(1)
			return nil
		})
	}
	return nil
}
`

// TestDelegates: a case that decodes its input and checks the error
// before it hands over is dispatch; one that decides, or drops the
// error, is not; a closure handed over keeps its statements.
func TestDelegates(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", routed, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	if _, err := (&types.Config{Importer: importer.ForCompiler(fset, "source", nil)}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		delegates bool
		handed    int
	}{
		"decodes":       {true, 5}, // the if's init is a statement, as measureNodes counts it
		"parsesChecked": {true, 4},
		"decides":       {false, 0},
		"dropsError":    {false, 0},
		"closure":       {true, 1},
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		w, ok := want[fd.Name.Name]
		if !ok {
			continue
		}
		clause := fd.Body.List[0].(*ast.SwitchStmt).Body.List[0].(*ast.CaseClause)
		if got := delegates(info, clause.Body); got != w.delegates {
			t.Errorf("%s: delegates = %v, want %v", fd.Name.Name, got, w.delegates)
		}
		if w.delegates {
			if got := statements(clause.Body); got != w.handed {
				t.Errorf("%s: statements = %d, want %d", fd.Name.Name, got, w.handed)
			}
		}
	}
}
