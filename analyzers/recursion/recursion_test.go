package recursion_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/recursion"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestCalls: recursion, mutual recursion, closures; interface calls,
// wrappers and start-up code stay silent.
func TestCalls(t *testing.T) {
	analysistest.Run(t, testdata(), recursion.Analyzer, "recursion/calls")
}

// TestCrossPackage: recursive helpers and a handler of another package.
func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata(), recursion.Analyzer, "recursion/crossmain", "recursion/crosslib")
}

// TestSelfInvoke: Lambda invoking itself, directly and through helpers.
func TestSelfInvoke(t *testing.T) {
	analysistest.Run(t, testdata(), recursion.Analyzer, "recursion/selfinvoke")
}

// TestTriggers: writes back to the triggering resource.
func TestTriggers(t *testing.T) {
	analysistest.Run(t, testdata(), recursion.Analyzer, "recursion/triggers")
}

// TestStreams: DynamoDB Streams consumers that handle only some event
// names and write to their own table.
func TestStreams(t *testing.T) {
	analysistest.Run(t, testdata(), recursion.Analyzer, "recursion/streams", "recursion/streamlib")
}
