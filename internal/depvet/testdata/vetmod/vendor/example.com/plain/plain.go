// Package plain has what export data records of a package and bodies
// that do not change it: composite literals at package level, [...]T
// arrays, methods, generics and a function literal.
package plain

import (
	"fmt"
	"strings"
)

// Config is a dependency's configuration.
type Config struct {
	Table string `json:"table"`
	Tags  map[string]struct{ On bool }
}

var sizes = [...]int{1, 2, 3}

var defaults = map[string]Config{
	"a": {Table: "a"},
}

// Limit depends on the length of an elided array.
const Limit = len(sizes)

// Hook is set by a function literal.
var Hook = func(s string) string {
	return strings.ToUpper(s)
}

// Default returns the default table.
func Default() string {
	if c, ok := defaults["a"]; ok {
		return c.Table
	}
	return fmt.Sprint(Limit)
}

// Pair is generic.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// String formats the pair.
func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }
