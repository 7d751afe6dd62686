// Package crosslib is a helper package with recursive code, and a handler
// declared here but registered from crossmain.
package crosslib

import "context"

type Category struct {
	Name string
	Subs []Category
}

// Flatten is not recursive itself but calls walk, which is.
func Flatten(c Category) []string {
	var out []string
	walk(c, &out)
	return out
}

func walk(c Category, out *[]string) {
	*out = append(*out, c.Name)
	for _, s := range c.Subs {
		walk(s, out)
	}
}

// Fib is recursive itself.
func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

// Plain is not recursive.
func Plain(n int) int { return n * 2 }

// Handle is a handler that main registers.
func Handle(ctx context.Context, c Category) ([]string, error) {
	return Flatten(c), nil
}
