package zipcheck

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealGoBinary checks binaries from the real Go linker, so the build
// information parser is held to what cmd/link writes, not only to the
// headers crafted in build_test.go.
func TestRealGoBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module example.com/fn\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(src, "main.go"), []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n"), 0o644)
	build := func(goarch string, flags ...string) []byte {
		out := filepath.Join(t.TempDir(), "bootstrap")
		cmd := exec.Command(gobin, append(append([]string{"build"}, flags...), "-o", out, ".")...)
		cmd.Dir = src
		cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+goarch, "CGO_ENABLED=0", "GOTOOLCHAIN=local", "GOFLAGS=")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	good := build("arm64", "-tags", "lambda.norpc", "-trimpath", "-ldflags=-s -w")
	plain := build("amd64")

	checkCases(t, []tcase{
		{name: "arm64, good flags", opt: Options{Arch: "arm64"}, files: []file{exe("bootstrap", good)}},
		{name: "arm64 binary for x86_64", files: []file{exe("bootstrap", good)}, want: []string{"bootstrap-arch"}},
		{name: "plain go build", files: []file{exe("bootstrap", plain)}, want: []string{"go-build@bootstrap"}, says: []string{"not stripped", "no -trimpath"}},
	})

	// The parsed build information matches debug/buildinfo's.
	x, err := scanExecutable(strings.NewReader(string(plain)), uint64(len(plain)), true)
	if err != nil || x.build == nil {
		t.Fatalf("no build info: %v", err)
	}
	if !strings.HasPrefix(x.build.GoVersion, "go1.") || x.build.Main.Path != "example.com/fn" || buildSettings(x.build)["GOARCH"] != "amd64" {
		t.Errorf("build info = %+v", x.build)
	}
	if !x.symtab || x.debugBytes == 0 || x.dynamic {
		t.Errorf("plain build: symtab %v, debug bytes %d, dynamic %v", x.symtab, x.debugBytes, x.dynamic)
	}

	// A position-independent executable, whose data segment need not
	// start with the build information.
	pie := build("amd64", "-buildmode=pie")
	x, err = scanExecutable(strings.NewReader(string(pie)), uint64(len(pie)), true)
	if err != nil || x.build == nil || buildSettings(x.build)["-buildmode"] != "pie" {
		t.Errorf("PIE build: build info %+v, error %v", x, err)
	}
}

// manyDeps is the build information lines of n modules of no concern.
func manyDeps(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "dep\tgithub.com/acme/module%04d\tv1.0.%d\th1:abcdefghijklmnop=\n", i, i)
	}
	return b.String()
}

// TestGoModules checks the SDK v1 and test package findings on build
// information and function names crafted as the Go linker writes them.
func TestGoModules(t *testing.T) {
	withDeps := func(deps string) []byte {
		return makeELF(elfSpec{build: strings.Replace(goodBuild, "build\t-buildmode", deps+"build\t-buildmode", 1)})
	}
	withFuncs := func(names ...string) []byte {
		return makeELF(elfSpec{build: goodBuild, strs: "\x00" + strings.Join(names, "\x00") + "\x00"})
	}
	sdkV1 := "dep\tgithub.com/aws/aws-sdk-go\tv1.55.5\th1:abc=\n"
	testify := "dep\tgithub.com/stretchr/testify\tv1.9.0\th1:abc=\n"
	oldGo := goExe("x86_64")
	oldGo[0x1000+15] = 0 // the build information without inline strings: Go 1.17 and older

	checkCases(t, []tcase{
		{name: "aws-sdk-go v1", files: []file{exe("bootstrap", withDeps(sdkV1))}, want: []string{"binary-sdk-v1@bootstrap"}, says: []string{"github.com/aws/aws-sdk-go v1.55.5", "aws-sdk-go-v2"}},
		{
			name:  "aws-sdk-go v1 replaced",
			files: []file{exe("bootstrap", withDeps(sdkV1+"=>\tgithub.com/acme/aws-sdk-go\tv1.55.6\th1:def=\n"))},
			want:  []string{"binary-sdk-v1"},
			says:  []string{"v1.55.5 (replaced by github.com/acme/aws-sdk-go v1.55.6)"},
		},
		{name: "aws-sdk-go v1 on go1.x", opt: Options{Runtime: "go1.x", Handler: "main"}, files: []file{exe("main", withDeps(sdkV1))}, want: []string{"binary-sdk-v1@main", "runtime-deprecated"}},
		{
			name:  "aws-sdk-go-v2 is fine",
			files: []file{exe("bootstrap", withDeps("dep\tgithub.com/aws/aws-sdk-go-v2\tv1.36.3\th1:a=\ndep\tgithub.com/aws/aws-sdk-go-v2/service/s3\tv1.79.2\th1:b=\ndep\tgithub.com/aws/smithy-go\tv1.22.3\th1:c=\n"))},
		},
		{name: "testify", files: []file{exe("bootstrap", withDeps(testify))}, want: []string{"binary-test-package@bootstrap"}, says: []string{"github.com/stretchr/testify v1.9.0 (test assertions and mocks)", "_test.go"}},
		// The build information runs past the first bytes of the data
		// segment that are kept at first (dataHead).
		{name: "testify after many modules", files: []file{exe("bootstrap", withDeps(manyDeps(2000)+testify))}, want: []string{"binary-test-package@bootstrap"}, says: []string{"github.com/stretchr/testify v1.9.0"}},
		{name: "ginkgo v2 and gomega", files: []file{exe("bootstrap", withDeps("dep\tgithub.com/onsi/ginkgo/v2\tv2.23.0\th1:a=\ndep\tgithub.com/onsi/gomega\tv1.36.2\th1:b=\n"))}, want: []string{"binary-test-package"}, says: []string{"ginkgo/v2 v2.23.0", "gomega v1.36.2"}},
		{name: "gomock", files: []file{exe("bootstrap", withDeps("dep\tgo.uber.org/mock\tv0.5.0\th1:a=\n"))}, want: []string{"binary-test-package"}, says: []string{"go.uber.org/mock"}},
		{
			name:  "look-alike modules",
			files: []file{exe("bootstrap", withDeps("dep\tgithub.com/davecgh/go-spew\tv1.1.1\th1:a=\ndep\tgithub.com/stretchr/objx\tv0.5.2\th1:b=\ndep\tgithub.com/golang/mockery\tv1.0.0\th1:c=\ndep\tgotest.tools/gotestsum\tv1.12.0\th1:d=\ndep\tgithub.com/onsi/ginkgo/vfake\tv1.0.0\th1:e=\n"))},
		},
		{name: "testing linked", files: []file{exe("bootstrap", withFuncs("main.main", "testing.init", "testing.(*T).Run"))}, want: []string{"binary-test-package"}, says: []string{"testing (the test framework)"}},
		{name: "pprof linked", files: []file{exe("bootstrap", withFuncs("net/http/pprof.init.0", "net/http/pprof.Index"))}, want: []string{"binary-test-package"}, says: []string{"net/http/pprof", "/debug/pprof/"}},
		{
			name:  "look-alike function names",
			files: []file{exe("bootstrap", withFuncs("testing/fstest.MapFS.Open", "github.com/acme/testing.Do", "expvar.init", "net/http.init", "main.testing"))},
		},
		{name: "not a Go binary", files: []file{exe("bootstrap", makeELF(elfSpec{strs: "\x00testing.init\x00"}))}},
		{
			name:  "all at once",
			files: []file{exe("bootstrap", makeELF(elfSpec{build: strings.Replace(goodBuild, "build\t-buildmode", sdkV1+testify+"build\t-buildmode", 1), strs: "\x00testing.init\x00"}))},
			want:  []string{"binary-sdk-v1", "binary-test-package"},
			says:  []string{"links test or debug packages a function never needs: testing (the test framework), github.com/stretchr/testify v1.9.0"},
		},
		{name: "only binary-sdk-v1 enabled", opt: Options{Enabled: func(r string) bool { return r == "binary-sdk-v1" }}, files: []file{exe("bootstrap", withDeps(sdkV1+testify))}, want: []string{"binary-sdk-v1"}},
		{name: "binary rules disabled", opt: Options{Enabled: func(r string) bool { return !strings.HasPrefix(r, "binary-") }}, files: []file{exe("bootstrap", withDeps(sdkV1+testify))}},
		{name: "go older than 1.18", files: []file{exe("bootstrap", oldGo)}, want: []string{"go-build@bootstrap"}, says: []string{"older than 1.18"}},
	})

	// One finding for all the test packages of a binary.
	fs := run(t, tcase{files: []file{exe("bootstrap", withDeps(testify+"dep\tgithub.com/golang/mock\tv1.6.0\th1:a=\n"))}})
	if len(fs) != 1 {
		t.Errorf("want one combined finding, got\n%s", dump(fs))
	}
}

// TestRealGoModules builds a function that links aws-sdk-go v1, testify,
// testing and net/http/pprof from the module cache (offline: skipped
// when the modules are not there), stripped and trimmed as advised, and
// checks that the findings survive -ldflags='-s -w'.
func TestRealGoModules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module example.com/fn\n\ngo 1.22\n\nrequire (\n\tgithub.com/aws/aws-sdk-go v1.55.8\n\tgithub.com/stretchr/testify v1.12.1\n)\n"), 0o644)
	os.WriteFile(filepath.Join(src, "main.go"), []byte(`package main

import (
	"fmt"
	_ "net/http/pprof"
	"testing"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/stretchr/testify/assert"
)

func check(t *testing.T) { assert.Equal(t, 1, 1) }

func main() { fmt.Println(aws.StringValue(nil), testing.Short(), check != nil) }
`), 0o644)
	out := filepath.Join(t.TempDir(), "bootstrap")
	cmd := exec.Command(gobin, "build", "-trimpath", "-ldflags=-s -w", "-o", out, ".")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=0", "GOTOOLCHAIN=local",
		"GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot build with aws-sdk-go v1.55.8 and testify v1.12.1 from the module cache: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, []tcase{{
		name:  "real binary",
		files: []file{exe("bootstrap", b)},
		want:  []string{"binary-sdk-v1@bootstrap", "binary-test-package@bootstrap"},
		says:  []string{"github.com/aws/aws-sdk-go v1.55.8", "testing (the test framework)", "net/http/pprof", "github.com/stretchr/testify v1.12.1"},
	}})
}
