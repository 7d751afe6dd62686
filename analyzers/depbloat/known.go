package depbloat

import (
	"strings"
)

// kind is why a package is flagged when a function binary links it.
type kind uint8

const (
	kindNone      kind = iota
	kindTest           // test and debug packages: test-package
	kindSDKv1          // github.com/aws/aws-sdk-go: sdk-v1
	kindFramework      // whole web frameworks: framework
)

// testPackage describes a test or debug package.
type testPackage struct {
	prefix string // import path; a trailing "/" matches the path and below
	why    string // what it does to a production binary
	debug  bool   // a debug package rather than a test one
}

// testPackages are never needed by a function at run time. A trailing "/"
// matches the path itself and every package below it.
var testPackages = []testPackage{
	{"testing/fstest", "a test helper for fs.FS implementations", false},
	{"testing/iotest", "test helpers for readers and writers", false},
	{"testing/quick", "a property-based test helper: it registers the -quickchecks flag", false},
	{"testing/", "the test framework: it registers the -test.* flags and links the test runner", false},
	{"net/http/httptest", "an in-memory HTTP test server and recorder", false},
	{"github.com/stretchr/testify/", "test assertions and mocks (it also links go-spew, go-difflib and yaml)", false},
	{"github.com/golang/mock/", "a mocking framework", false},
	{"go.uber.org/mock/", "a mocking framework", false},
	{"github.com/onsi/ginkgo/", "a BDD test framework", false},
	{"github.com/onsi/gomega/", "a test matcher library", false},
	{"gopkg.in/check.v1", "a test framework", false},
	{"github.com/smartystreets/goconvey/", "a test framework", false},
	{"github.com/DATA-DOG/go-sqlmock", "a database/sql mock", false},
	{"github.com/jarcoal/httpmock", "an HTTP mock", false},
	{"github.com/h2non/gock", "an HTTP mock", false},
	{"gotest.tools/", "a test assertion library", false},
	{"github.com/frankban/quicktest", "a test assertion library", false},
	{"github.com/matryer/is", "a test assertion library", false},
	{"github.com/maxatome/go-testdeep/", "a test assertion library", false},
	{"go.uber.org/goleak", "a goroutine leak checker for tests", false},
	{"net/http/pprof", "a debug endpoint: it registers /debug/pprof/ handlers on http.DefaultServeMux and links the profiler", true},
	{"expvar", "a debug endpoint: it registers /debug/vars on http.DefaultServeMux and publishes the command line and memory statistics", true},
	{"github.com/google/gops/agent", "a debug agent that listens on a local port", true},
	{"github.com/pkg/profile", "a profiling helper for local runs", true},
	{"github.com/felixge/fgprof", "a debug profiling endpoint", true},
}

func matchPrefix(prefix, path string) bool {
	if strings.HasSuffix(prefix, "/") {
		return path == prefix[:len(prefix)-1] || strings.HasPrefix(path, prefix)
	}
	return path == prefix
}

// testPackageOf returns the description of a test or debug package.
func testPackageOf(path string) (testPackage, bool) {
	for _, t := range testPackages {
		if matchPrefix(t.prefix, path) {
			return t, true
		}
	}
	return testPackage{}, false
}

// allowed reports whether path matches a [depbloat] allow entry (a
// trailing /... matches the path and below).
func allowed(list []string, path string) bool {
	for _, a := range list {
		if p, ok := strings.CutSuffix(a, "/..."); ok {
			if path == p || strings.HasPrefix(path, p+"/") {
				return true
			}
		} else if path == a {
			return true
		}
	}
	return false
}

const sdkV1 = "github.com/aws/aws-sdk-go"

func isSDKv1(path string) bool {
	return path == sdkV1 || strings.HasPrefix(path, sdkV1+"/")
}

// v2Renames maps aws-sdk-go v1 packages (below github.com/aws/aws-sdk-go/)
// to their aws-sdk-go-v2 counterparts where the path changed.
var v2Renames = map[string]string{
	"aws":                                "github.com/aws/aws-sdk-go-v2/aws",
	"aws/session":                        "github.com/aws/aws-sdk-go-v2/config",
	"aws/credentials":                    "github.com/aws/aws-sdk-go-v2/credentials",
	"aws/credentials/stscreds":           "github.com/aws/aws-sdk-go-v2/credentials/stscreds",
	"aws/arn":                            "github.com/aws/aws-sdk-go-v2/aws/arn",
	"aws/ec2metadata":                    "github.com/aws/aws-sdk-go-v2/feature/ec2/imds",
	"aws/signer/v4":                      "github.com/aws/aws-sdk-go-v2/aws/signer/v4",
	"aws/awserr":                         "github.com/aws/smithy-go (errors.As with the service's types package)",
	"aws/request":                        "github.com/aws/aws-sdk-go-v2/aws (per-call options are func(*Options) arguments)",
	"service/s3/s3manager":               "github.com/aws/aws-sdk-go-v2/feature/s3/manager",
	"service/dynamodb/dynamodbattribute": "github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue",
	"service/dynamodb/expression":        "github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression",
	"service/rds/rdsutils":               "github.com/aws/aws-sdk-go-v2/feature/rds/auth",
	"service/cloudfront/sign":            "github.com/aws/aws-sdk-go-v2/feature/cloudfront/sign",
}

// isIfacePkg reports a v1 service's interface package, service/X/Xiface
// (any name ending in iface).
func isIfacePkg(rest string) bool {
	svc, pkg, ok := strings.Cut(strings.TrimPrefix(rest, "service/"), "/")
	return ok && strings.HasPrefix(rest, "service/") && svc != "" &&
		len(pkg) > len("iface") && strings.HasSuffix(pkg, "iface") && !strings.Contains(pkg, "/")
}

// v2Equivalent says what to import from aws-sdk-go-v2 instead of the v1
// package path.
func v2Equivalent(path string) string {
	rest := strings.TrimPrefix(strings.TrimPrefix(path, sdkV1), "/")
	if v, ok := v2Renames[rest]; ok {
		return v
	}
	if isIfacePkg(rest) {
		return "an interface of your own with the methods you call (aws-sdk-go-v2 has no *iface packages)"
	}
	if s, ok := strings.CutPrefix(rest, "service/"); ok {
		svc, _, _ := strings.Cut(s, "/")
		return "github.com/aws/aws-sdk-go-v2/service/" + svc
	}
	return "the matching github.com/aws/aws-sdk-go-v2 package"
}

// frameworks are whole web frameworks, by module path prefix. Small
// routers (gorilla/mux, chi, httprouter) are not listed: they add little
// beyond net/http.
var frameworks = []struct{ prefix, name string }{
	{"github.com/gin-gonic/gin", "gin"},
	{"github.com/labstack/echo", "echo"},
	{"github.com/gofiber/fiber", "fiber"},
	{"github.com/beego/beego", "beego"},
	{"github.com/astaxie/beego", "beego"},
	{"github.com/kataras/iris", "iris"},
	{"github.com/gobuffalo/buffalo", "buffalo"},
	{"github.com/revel/revel", "revel"},
	{"github.com/go-martini/martini", "martini"},
	{"github.com/cloudwego/hertz", "hertz"},
}

// frameworkOf returns the framework's name and root package path.
func frameworkOf(path string) (name, root string) {
	for _, f := range frameworks {
		if path == f.prefix || strings.HasPrefix(path, f.prefix+"/") {
			root := f.prefix
			// Keep a major version suffix: github.com/labstack/echo/v4.
			if rest, ok := strings.CutPrefix(path, f.prefix+"/"); ok {
				first, _, _ := strings.Cut(rest, "/")
				if majorVersion(first) {
					root += "/" + first
				}
			}
			return f.name, root
		}
	}
	return "", ""
}

// classify says why path is flagged, if it is.
func classify(path string) kind {
	switch {
	case isSDKv1(path):
		return kindSDKv1
	case func() bool { _, ok := testPackageOf(path); return ok }():
		return kindTest
	case func() bool { n, _ := frameworkOf(path); return n != "" }():
		return kindFramework
	}
	return kindNone
}

func majorVersion(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// stdModule names the standard library in module figures.
const stdModule = "std"

// moduleOf estimates the module of a package from its import path, for
// drivers that give no module information (the analysed package's own
// module comes from analysis.Pass.Module when the driver sets it): the
// standard library has no dot in its first element; hosting sites use
// host/owner/repo; gopkg.in paths end at the element with ".v"; other
// domains use domain/name; a following major version element (/v2) is
// kept. aws-sdk-go-v2 is split into its per-service and feature modules,
// so that the figures name the service clients.
func moduleOf(path string) string {
	parts := strings.Split(path, "/")
	if !strings.Contains(parts[0], ".") {
		return stdModule
	}
	n := 2
	switch parts[0] {
	case "github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "golang.org", "cloud.google.com":
		n = 3
	case "gopkg.in":
		n = 2
		if len(parts) > 2 && !strings.Contains(parts[1], ".v") {
			n = 3
		}
	}
	if n > len(parts) {
		return path
	}
	mod := strings.Join(parts[:n], "/")
	rest := parts[n:]
	if mod == "github.com/aws/aws-sdk-go-v2" && len(rest) > 0 {
		switch {
		case rest[0] == "service" && len(rest) > 2 && rest[1] == "internal":
			return mod + "/" + strings.Join(rest[:3], "/")
		case rest[0] == "service" && len(rest) > 1:
			return mod + "/" + strings.Join(rest[:2], "/")
		case rest[0] == "feature" && len(rest) > 2:
			return mod + "/" + strings.Join(rest[:3], "/")
		case len(rest) > 2 && rest[0] == "aws" && rest[1] == "protocol" && rest[2] == "eventstream":
			return mod + "/aws/protocol/eventstream"
		case rest[0] == "config", rest[0] == "credentials":
			return mod + "/" + rest[0]
		case rest[0] == "internal" && len(rest) > 1 && (rest[1] == "configsources" || rest[1] == "ini" || rest[1] == "v4a"):
			return mod + "/internal/" + rest[1]
		case rest[0] == "internal" && len(rest) > 2 && rest[1] == "endpoints" && rest[2] == "v2":
			return mod + "/internal/endpoints/v2"
		}
	}
	if len(rest) > 0 && majorVersion(rest[0]) {
		mod += "/" + rest[0]
	}
	return mod
}
