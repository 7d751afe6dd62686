package depbloat_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/lambdalint/lambdalint/analyzers/depbloat"
)

// testdata is the repository's shared GOPATH of stubs and cases.
func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestDepbloat runs every case in one load (the standard library's facts
// are computed once):
//   - depbloat/v1fn, depbloat/v1lib: aws-sdk-go v1 in a function main,
//     directly and through the module's own package (with the chain and an
//     ignore directive); a command of the same module stays silent.
//   - depbloat/testify, depbloat/debug: test and debug packages linked from
//     non-test code, directly and through the module's packages;
//     depbloat/lib (a library and a command no function links),
//     depbloat/thirdparty (testify imported by a third-party module),
//     depbloat/allowed ([depbloat] allow) and every _test.go file stay
//     silent.
//   - depbloat/clean: an aws-sdk-go-v2 function with tests stays silent.
//   - depbloat/size: closure-size with the thresholds of the lambdalint.toml
//     next to the case.
//   - depbloat/ginfn: gin through the API Gateway adapter.
func TestDepbloat(t *testing.T) {
	analysistest.Run(t, testdata(), depbloat.WithFacts,
		"depbloat/v1fn", "depbloat/v1lib", "depbloat/v1lib/cmd/migrate", "depbloat/v1lib/internal/store",
		"depbloat/testify", "depbloat/testify/internal/handler", "depbloat/testify/internal/testutil",
		"depbloat/debug", "depbloat/lib/dbtest", "depbloat/lib/cmd/seed", "depbloat/thirdparty", "depbloat/allowed",
		"depbloat/clean", "depbloat/clean/internal/orders",
		"depbloat/size",
		"depbloat/ginfn",
		"depbloat/httpadapter", "depbloat/httpadapter/internal/adapter", "depbloat/httpadapter/internal/server", "depbloat/httpadapter/internal/dotserver")
}
