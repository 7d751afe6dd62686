// want package:`; expvar via expvar; net/http/pprof via net/http/pprof; testing via testing\)`

// A function that imports debug and test packages itself.
package main

import (
	"context"
	"expvar"           // want `expvar is a debug endpoint: .*; a non-test file links it into the function binary: remove the import`
	_ "net/http/pprof" // want `net/http/pprof is a debug endpoint: it registers /debug/pprof/ handlers .*remove the import`
	"testing"          // want `testing is the test framework: .*move the code that uses it into a _test.go file`

	"github.com/aws/aws-lambda-go/lambdaurl"
	"net/http"
)

var requests = expvar.NewInt("requests")

func handle(w http.ResponseWriter, r *http.Request) {
	requests.Add(1)
	if testing.Testing() {
		return
	}
	_ = r.Context()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	_ = context.Background()
	lambdaurl.Start(http.HandlerFunc(handle))
}
