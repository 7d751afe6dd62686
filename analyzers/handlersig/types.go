package handlersig

import (
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
)

var (
	errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	// contextType is built on first use: package initialisation runs
	// in every start of the binary, and go vet starts it once a package.
	contextType = sync.OnceValue(func() *types.Interface {
		// context.Context's method set, built here so the check does not
		// depend on the package importing context.
		errT := types.Universe.Lookup("error").Type()
		timePkg := types.NewPackage("time", "time")
		timeT := types.NewNamed(types.NewTypeName(0, timePkg, "Time", nil), types.NewStruct(nil, nil), nil)
		anyT := types.Universe.Lookup("any").Type()
		chanT := types.NewChan(types.RecvOnly, types.NewStruct(nil, nil))
		tuple := func(ts ...types.Type) *types.Tuple {
			var vs []*types.Var
			for _, t := range ts {
				vs = append(vs, types.NewVar(0, nil, "", t))
			}
			return types.NewTuple(vs...)
		}
		m := func(name string, params, results *types.Tuple) *types.Func {
			return types.NewFunc(0, nil, name, types.NewSignatureType(nil, nil, nil, params, results, false))
		}
		return types.NewInterfaceType([]*types.Func{
			m("Deadline", nil, tuple(timeT, types.Typ[types.Bool])),
			m("Done", nil, tuple(chanT)),
			m("Err", nil, tuple(errT)),
			m("Value", tuple(anyT), tuple(anyT)),
		}, nil).Complete()
	})
)

// implementsError answers for the error type itself, nearly every
// handler's result, without types.Implements: its recursion grew the
// fresh stack of every pass that checks a handler.
func implementsError(t types.Type) bool {
	return types.Unalias(t) == universeError || types.Implements(t, errorType)
}

var universeError = types.Universe.Lookup("error").Type()

// isContextEquivalent reports whether interface t and context.Context
// implement each other, aws-lambda-go's test. Methods are compared by name
// and shape since the time.Time in our model is not the real one.
func isContextEquivalent(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context" {
		return true
	}
	ctx := contextType()
	if iface.NumMethods() != ctx.NumMethods() {
		return false
	}
	for i := 0; i < ctx.NumMethods(); i++ {
		want := ctx.Method(i)
		obj, _, _ := types.LookupFieldOrMethod(t, false, nil, want.Name())
		got, ok := obj.(*types.Func)
		if !ok {
			return false
		}
		gs, ws := got.Type().(*types.Signature), want.Type().(*types.Signature)
		if gs.Params().Len() != ws.Params().Len() || gs.Results().Len() != ws.Results().Len() {
			return false
		}
		for j := 0; j < gs.Results().Len(); j++ {
			if types.TypeString(gs.Results().At(j).Type(), nil) != types.TypeString(ws.Results().At(j).Type(), nil) &&
				!(want.Name() == "Deadline" && j == 0 && isTime(gs.Results().At(j).Type())) {
				return false
			}
		}
	}
	return true
}

func isTime(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time"
}

// implementsHandler reports whether t's method set has
// Invoke(context.Context, []byte) ([]byte, error).
func implementsHandler(t types.Type) bool {
	ms := types.NewMethodSet(t)
	sel := ms.Lookup(nil, "Invoke")
	if sel == nil {
		// Invoke is exported, so the package argument does not matter;
		// Lookup with nil finds exported methods.
		return false
	}
	sig, ok := sel.Obj().Type().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	b, ok := sig.Params().At(1).Type().(*types.Slice)
	if !ok || !isByte(b.Elem()) || !isContextEquivalent(sig.Params().At(0).Type()) {
		return false
	}
	rb, ok := sig.Results().At(0).Type().(*types.Slice)
	return ok && isByte(rb.Elem()) && types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// kind names t's reflect.Kind, as aws-lambda-go's messages print it.
func kind(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		return "struct"
	case *types.Pointer:
		return "ptr"
	case *types.Map:
		return "map"
	case *types.Slice:
		return "slice"
	case *types.Array:
		return "array"
	case *types.Chan:
		return "chan"
	case *types.Signature:
		return "func"
	case *types.Interface:
		return "interface"
	case *types.Basic:
		return u.Name()
	}
	return t.String()
}

// name is reflect.Type.Name(): the defined name, "" for unnamed types.
func name(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// typeString writes t as the code would: package names, not paths.
func typeString(pass *analysis.Pass, t types.Type) string {
	return types.TypeString(t, qualifier(pass))
}

// qualifier writes types of the analysed package unqualified and others
// by package name.
func qualifier(pass *analysis.Pass) types.Qualifier {
	return func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		return p.Name()
	}
}
