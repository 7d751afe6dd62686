// Package catalog holds the product category tree.
package catalog

// Category is a node of the category tree.
type Category struct {
	Name     string      `json:"name"`
	Children []*Category `json:"children,omitempty"`
}

// Paths lists every category as a "/"-separated path. It walks the tree
// recursively: a deep (or, after a bad import, cyclic) tree exhausts the
// stack of the function and every invocation fails.
func Paths(c *Category, prefix string) []string {
	p := prefix + "/" + c.Name
	out := []string{p}
	for _, child := range c.Children {
		out = append(out, Paths(child, p)...)
	}
	return out
}

// Depth returns the depth of the tree, iteratively.
func Depth(root *Category) int {
	type item struct {
		c *Category
		d int
	}
	max := 0
	stack := []item{{root, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.d > max {
			max = it.d
		}
		for _, ch := range it.c.Children {
			stack = append(stack, item{ch, it.d + 1})
		}
	}
	return max
}
