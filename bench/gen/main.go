// Command gen writes a synthetic monorepo of Lambda functions for the
// lambdalint benchmarks (bench/run): a Go module with one main package per
// function (cmd/fnNNN), shared internal packages, real aws-lambda-go and
// aws-sdk-go-v2 clients, and clean code mixed with every kind of violation
// the analyzers report.
//
//	go run ./bench/gen -n 200 -dir /tmp/bench200
//
// The module requires the SDK versions below; gen runs `go mod tidy` in the
// new module (through the module proxy, or the module cache when offline).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/template"
)

// Module path of the generated repository and the versions it requires.
const modulePath = "example.com/lambdafleet"

var requires = []string{
	"github.com/aws/aws-lambda-go v1.55.1",
	"github.com/aws/aws-sdk-go-v2 v1.48.0",
	"github.com/aws/aws-sdk-go-v2/config v1.33.18",
	"github.com/aws/aws-sdk-go-v2/service/dynamodb v1.74.0",
	"github.com/aws/aws-sdk-go-v2/service/s3 v1.114.10",
	"github.com/aws/aws-sdk-go-v2/service/sqs v1.53.0",
}

// Kinds of function, in the order they cycle through cmd/fnNNN. Clean
// variants are half of the fleet, as in a real repository.
var kinds = []string{
	"clean", "badsig", "clean", "perinvocation", "clean", "requeststate",
	"clean", "goroutine", "clean", "hardcoded", "clean", "recursion",
	"clean", "triggerloop", "clean", "fathandler", "clean", "coupled",
	"clean", "crosspkg", "clean", "factory", "clean", "lazyclean",
}

func main() {
	n := flag.Int("n", 200, "number of Lambda functions")
	dir := flag.String("dir", "", "output `directory` (created; must not hold a go.mod)")
	tidy := flag.Bool("tidy", true, "run go mod tidy in the generated module")
	flag.Parse()
	if *dir == "" || *n < 1 {
		log.Fatal("usage: gen -n N -dir DIR")
	}
	if err := generate(*dir, *n); err != nil {
		log.Fatal(err)
	}
	if *tidy {
		cmd := exec.Command("go", "mod", "tidy")
		cmd.Dir = *dir
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
		if err := cmd.Run(); err != nil {
			log.Fatalf("go mod tidy: %v", err)
		}
	}
}

// groupSize is how many functions share one domain package.
const groupSize = 10

func generate(dir string, n int) error {
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return fmt.Errorf("%s already holds a module", dir)
	}
	var gomod strings.Builder
	fmt.Fprintf(&gomod, "module %s\n\ngo 1.26\n\nrequire (\n", modulePath)
	for _, r := range requires {
		fmt.Fprintf(&gomod, "\t%s\n", r)
	}
	gomod.WriteString(")\n")
	if err := write(dir, "go.mod", gomod.String(), false); err != nil {
		return err
	}
	for name, src := range shared {
		if err := write(dir, name, src, true); err != nil {
			return err
		}
	}
	groups := (n + groupSize - 1) / groupSize
	for g := 0; g < groups; g++ {
		src, err := render(domainTmpl, map[string]any{"G": g, "Module": modulePath})
		if err != nil {
			return err
		}
		if err := write(dir, fmt.Sprintf("internal/domain/d%03d/domain.go", g), src, true); err != nil {
			return err
		}
	}
	for i := 0; i < n; i++ {
		kind := kinds[i%len(kinds)]
		data := map[string]any{
			"I":      i,
			"G":      i / groupSize,
			"Module": modulePath,
			"Name":   fmt.Sprintf("fn%03d", i),
		}
		src, err := render(fnTmpl[kind], data)
		if err != nil {
			return fmt.Errorf("%s: %v", kind, err)
		}
		if err := write(dir, fmt.Sprintf("cmd/fn%03d/main.go", i), src, true); err != nil {
			return err
		}
	}
	return nil
}

func render(t *template.Template, data map[string]any) (string, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

func write(root, name, src string, gofmt bool) error {
	data := []byte(src)
	if gofmt {
		var err error
		if data, err = format.Source(data); err != nil {
			return fmt.Errorf("%s: %v\n%s", name, err, src)
		}
	}
	path := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
