package ctxreuse_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/ctxreuse"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestClients: SDK configs, clients, sessions, pools and http.Client built
// in the handler or in a helper it calls.
func TestClients(t *testing.T) {
	analysistest.Run(t, testdata(), ctxreuse.Analyzer, "ctxreuse/clients")
}

// TestSilent: execution-context reuse done right.
func TestSilent(t *testing.T) {
	analysistest.Run(t, testdata(), ctxreuse.Analyzer, "ctxreuse/silent")
}

// TestState: request data in package variables and on the handler's
// receiver, with counters, flags and lazy configuration as look-alikes.
func TestState(t *testing.T) {
	analysistest.Run(t, testdata(), ctxreuse.Analyzer, "ctxreuse/state")
}

// TestGoroutines: goroutines not awaited, in the handler and in a helper.
func TestGoroutines(t *testing.T) {
	analysistest.Run(t, testdata(), ctxreuse.Analyzer, "ctxreuse/goroutines")
}

// TestCrossPackage: a helper package that builds a client per call, and
// handlers (function, factory, method) declared in another package.
func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata(), ctxreuse.Analyzer, "ctxreuse/crossmain")
}

// TestRedTeam: waits on unrelated channels, configuration checks that are
// not lazy-initialisation guards, and silent look-alikes (a package
// WaitGroup, a per-key client cache on a package value's receiver).
func TestRedTeam(t *testing.T) {
	analysistest.Run(t, testdata(), ctxreuse.Analyzer, "ctxreuse/redteam")
}
