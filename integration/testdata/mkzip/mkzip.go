// Command mkzip writes a Lambda deployment package for the integration
// scripts, with exact file modes (the zip command is not always installed):
//
//	go run mkzip.go OUT.zip NAME=FILE:MODE...
//
// e.g. `go run mkzip.go fn.zip bootstrap=./bootstrap:0755 .env=./env:0644`.
package main

import (
	"archive/zip"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) < 3 {
		fail(fmt.Errorf("usage: mkzip OUT.zip NAME=FILE:MODE..."))
	}
	out, err := os.Create(os.Args[1])
	fail(err)
	w := zip.NewWriter(out)
	for _, arg := range os.Args[2:] {
		name, rest, ok1 := strings.Cut(arg, "=")
		file, m, ok2 := strings.Cut(rest, ":")
		if !ok1 || !ok2 {
			fail(fmt.Errorf("bad entry %q, want NAME=FILE:MODE", arg))
		}
		mode, err := strconv.ParseUint(m, 8, 32)
		fail(err)
		data, err := os.ReadFile(file)
		fail(err)
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		h.SetMode(os.FileMode(mode))
		f, err := w.CreateHeader(h)
		fail(err)
		_, err = f.Write(data)
		fail(err)
	}
	fail(w.Close())
	fail(out.Close())
}

func fail(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkzip:", err)
		os.Exit(1)
	}
}
