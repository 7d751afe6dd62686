package zipcheck

import (
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
}
