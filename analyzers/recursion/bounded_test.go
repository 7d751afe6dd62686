package recursion

import (
	"go/types"
	"testing"
)

// TestIsIntegerUntyped: an expression that did not type-check has no type
// (the analyzer runs despite errors); a limit test on it is no limit and
// no panic.
func TestIsIntegerUntyped(t *testing.T) {
	if isInteger(nil) {
		t.Error("isInteger(nil) = true")
	}
	if !isInteger(types.Typ[types.Int]) || isInteger(types.Typ[types.String]) {
		t.Error("isInteger is wrong on int or string")
	}
}
