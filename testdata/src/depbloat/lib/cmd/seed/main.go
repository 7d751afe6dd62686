// want package:`; testing via testing\)`

// A command (not a function) that links testing through dbtest: silent.
package main

import (
	"testing"

	"depbloat/lib/dbtest"
)

func main() {
	testing.Init()
	_ = dbtest.Open
}
