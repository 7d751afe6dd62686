package recursion

import (
	"go/types"
	"strings"

	"github.com/lambdalint/lambdalint/analyzers/handlers"
	"github.com/lambdalint/lambdalint/analyzers/summary"
)

// sccs returns the strongly connected components of the package's call
// graph (Tarjan), over calls between the package's own functions.
func sccs(g *summary.CallGraph) [][]*types.Func {
	index := map[*types.Func]int{}
	low := map[*types.Func]int{}
	on := map[*types.Func]bool{}
	var stack []*types.Func
	var out [][]*types.Func
	next := 0
	var visit func(fn *types.Func)
	visit = func(fn *types.Func) {
		index[fn], low[fn] = next, next
		next++
		stack = append(stack, fn)
		on[fn] = true
		for _, call := range g.Calls[fn] {
			w := call.Callee
			if g.Decls[w] == nil {
				continue
			}
			if _, seen := index[w]; !seen {
				visit(w)
				low[fn] = min(low[fn], low[w])
			} else if on[w] {
				low[fn] = min(low[fn], index[w])
			}
		}
		if low[fn] == index[fn] {
			var scc []*types.Func
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				scc = append(scc, w)
				if w == fn {
					break
				}
			}
			out = append(out, scc)
		}
	}
	for _, fn := range g.Order {
		if _, seen := index[fn]; !seen {
			visit(fn)
		}
	}
	return out
}

func callsItself(g *summary.CallGraph, fn *types.Func) bool {
	for _, call := range g.Calls[fn] {
		if call.Callee == fn {
			return true
		}
	}
	return false
}

// cycle returns the shortest call cycle through fn inside its component,
// "a → b → a".
func cycle(g *summary.CallGraph, fn *types.Func, in map[*types.Func]bool) string {
	prev := map[*types.Func]*types.Func{}
	queue := []*types.Func{fn}
	seen := map[*types.Func]bool{}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, call := range g.Calls[cur] {
			w := call.Callee
			if !in[w] {
				continue
			}
			if w == fn {
				path := []string{short(fn)}
				for x := cur; x != fn; x = prev[x] {
					path = append([]string{short(x)}, path...)
				}
				return short(fn) + " → " + strings.Join(path, " → ")
			}
			if !seen[w] {
				seen[w] = true
				prev[w] = cur
				queue = append(queue, w)
			}
		}
	}
	return short(fn)
}

func short(fn *types.Func) string {
	n := handlers.FuncName(fn)
	if fn.Pkg() != nil {
		n = strings.TrimPrefix(n, fn.Pkg().Name()+".")
	}
	return n
}
