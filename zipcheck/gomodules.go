package zipcheck

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"strings"
)

// What a built Go bootstrap links, read from its build information (the
// modules that provide a package of the build) and, for the standard
// library, which has no module line, from the function names the binary
// keeps for tracebacks. These are the binary-side counterparts of
// depbloat's sdk-v1 and test-package rules, whose lists are in
// analyzers/depbloat/known.go: keep the two in step. zipcheck does not
// import depbloat, which would link golang.org/x/tools/go/analysis into the
// package checker.

// sdkV1Module is the monolithic AWS SDK for Go v1.
const sdkV1Module = "github.com/aws/aws-sdk-go"

// testModule is a module whose packages only tests need.
type testModule struct {
	path string // module path, without a major version suffix
	what string
}

// testModules are depbloat's testPackages outside the standard library,
// by module. A module path matches with any /vN suffix
// (github.com/onsi/ginkgo/v2, gotest.tools/v3). The dependencies these
// bring (go-spew, go-difflib, yaml, objx) are not listed: production code
// uses them too.
var testModules = []testModule{
	{"github.com/stretchr/testify", "test assertions and mocks"},
	{"github.com/golang/mock", "a mocking framework"},
	{"go.uber.org/mock", "a mocking framework"},
	{"github.com/onsi/ginkgo", "a BDD test framework"},
	{"github.com/onsi/gomega", "a test matcher library"},
	{"gopkg.in/check.v1", "a test framework"},
	{"github.com/smartystreets/goconvey", "a test framework"},
	{"github.com/DATA-DOG/go-sqlmock", "a database/sql mock"},
	{"github.com/jarcoal/httpmock", "an HTTP mock"},
	{"github.com/h2non/gock", "an HTTP mock"},
	{"gotest.tools", "a test assertion library"},
	{"github.com/frankban/quicktest", "a test assertion library"},
	{"github.com/matryer/is", "a test assertion library"},
	{"github.com/maxatome/go-testdeep", "a test assertion library"},
	{"go.uber.org/goleak", "a goroutine leak checker for tests"},
}

// stdMarker finds a standard-library package in a Go binary by the
// function names of its pclntab (NUL-separated, kept by -ldflags='-s -w'):
// a package that is linked has its init function there, and a package
// that is not has no function there at all.
type stdMarker struct {
	pkg    string
	prefix []byte // package path + ".", to be found after a NUL
	what   string
}

// stdMarkers are the test and debug packages of depbloat's list that
// only a function's own choice links. expvar is left out: it is imported
// by libraries used in production (prometheus/client_golang).
var stdMarkers = func() []stdMarker {
	m := []stdMarker{
		{pkg: "testing", what: "the test framework"},
		{pkg: "net/http/pprof", what: "debug endpoints: it registers /debug/pprof/ handlers on http.DefaultServeMux"},
	}
	for i := range m {
		m[i].prefix = []byte(m[i].pkg + ".")
	}
	return m
}()

// scanStdMarkers sets found[i] for the markers in w. It looks for the
// name and then checks the NUL before it: a pattern that starts with a
// NUL is several times slower to find in a binary full of zeros.
func scanStdMarkers(w []byte, found []bool) {
	for i, m := range stdMarkers {
		for j := 0; !found[i]; {
			k := bytes.Index(w[j:], m.prefix)
			if k < 0 {
				break
			}
			p := j + k
			found[i] = p > 0 && w[p-1] == 0
			j = p + 1
		}
	}
}

// matchModule reports whether mod is path or path/vN.
func matchModule(path, mod string) bool {
	if mod == path {
		return true
	}
	rest, ok := strings.CutPrefix(mod, path+"/v")
	if !ok || rest == "" {
		return false
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// modVersion is the version a dependency was built at, with its
// replacement when there is one.
func modVersion(m *debug.Module) string {
	if r := m.Replace; r != nil {
		if r.Version != "" {
			return fmt.Sprintf("%s (replaced by %s %s)", m.Version, r.Path, r.Version)
		}
		return fmt.Sprintf("%s (replaced by %s)", m.Version, r.Path)
	}
	return m.Version
}

// checkGoModules reports the AWS SDK v1 and test or debug packages
// linked into a Go executable.
func (c *checker) checkGoModules(a *archive, e *entry, name string, x *exeInfo) {
	var linked []string
	for i, m := range stdMarkers {
		if x.std[i] {
			linked = append(linked, fmt.Sprintf("%s (%s)", m.pkg, m.what))
		}
	}
	for _, d := range x.build.Deps {
		if d.Path == sdkV1Module {
			c.report(a, "binary-sdk-v1", e.raw,
				"%s links %s %s, the monolithic AWS SDK for Go v1, out of support since July 31, 2025: migrate to the per-service github.com/aws/aws-sdk-go-v2 modules (lambdalint on the function's packages names each import to change, rule sdk-v1)",
				name, d.Path, modVersion(d))
			continue
		}
		for _, t := range testModules {
			if matchModule(t.path, d.Path) {
				linked = append(linked, fmt.Sprintf("%s %s (%s)", d.Path, modVersion(d), t.what))
				break
			}
		}
	}
	if len(linked) == 0 {
		return
	}
	what := "a test or debug package"
	if len(linked) > 1 {
		what = "test or debug packages"
	}
	c.report(a, "binary-test-package", e.raw,
		"%s links %s a function never needs: %s; move the code that imports them into _test.go files or a package only tests import, and drop debug imports from the function build (lambdalint on the function's packages shows the import chain, rule test-package)",
		name, what, strings.Join(linked, ", "))
}
