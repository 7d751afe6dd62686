package zipcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// fuzzOptions are the runtimes a fuzzed archive is checked as, so every
// runtime's code path sees hostile input.
var fuzzOptions = []Options{
	{},
	{Runtime: "provided.al2023", Arch: "arm64"},
	{Runtime: "provided.al2"},
	{Runtime: "go1.x", Handler: "main"},
	{Runtime: "python3.12", Handler: "app.handler"},
	{Runtime: "nodejs22.x", Handler: "src/index.handler"},
	{Runtime: "java21", Handler: "com.example.Handler::handleRequest"},
	{Runtime: "dotnet8", Handler: "Fn::Fn.Function::Handler"},
	{Runtime: "ruby3.3", Handler: "app.handler"},
}

func fuzzSeeds(f *testing.F) {
	for _, files := range [][]file{
		{exe("bootstrap", goExe("x86_64"))},
		{exe("bootstrap", makeELF(elfSpec{interp: archX86.interp, strs: "GLIBC_2.38", symtab: true, build: goodBuild}))},
		{dir("build"), exe("build/bootstrap", machOHeader), {name: "lnk", link: "../x"}},
		{{name: "bootstrap", link: "main"}, exe("main", goExe("arm64"))},
		{text("app.py", ""), text("requests-1.0.dist-info/top_level.txt", "requests"), {name: "x.cpython-312-darwin.so", body: machOHeader}},
		{text("src/index.js", ""), text("node_modules/a/package.json", "{}"), text(".env", "API_KEY=abcdefgh")},
		{{name: "lib/fn.jar", body: jarOf(f, "com/example/Handler.class")}, {name: "lib/stored.jar", body: jarOf(f), store: true}},
		{{name: "Fn.dll", body: peHeader}, text("vendor/bundle/ruby/3.2.0/x.rb", "")},
		{{name: "pad.bin", body: make([]byte, 2<<20)}, text("../x", ""), text(`a\b`, "")},
	} {
		f.Add(zipBytes(f, files...), uint8(len(files)))
	}
	f.Add([]byte{}, uint8(0))
	f.Add([]byte("PK\x05\x06"+string(make([]byte, 18))), uint8(1))
	z := zipBytes(f, exe("bootstrap", goExe("x86_64")))
	f.Add(z[:len(z)/2], uint8(2))
}

// FuzzCheck runs the checker on arbitrary bytes as the package and as a
// layer: it may return an error, never panic.
func FuzzCheck(f *testing.F) {
	fuzzSeeds(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		p := filepath.Join(dir, "fuzz.zip")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opt := fuzzOptions[int(which)%len(fuzzOptions)]
		if which&0x80 != 0 {
			opt.Layers = []string{p}
		}
		fs, err := Check(p, opt)
		if err != nil {
			if bytes.ContainsRune([]byte(err.Error()), '\n') {
				t.Errorf("error has several lines: %q", err)
			}
			return
		}
		for _, f := range fs {
			if f.Rule == "" || f.Message == "" {
				t.Errorf("empty finding %+v", f)
			}
		}
	})
}

// FuzzScanExecutable feeds arbitrary bytes to the executable parser, which
// reads ELF, build information and strings by hand.
func FuzzScanExecutable(f *testing.F) {
	f.Add(goExe("x86_64"))
	f.Add(makeELF(elfSpec{interp: "/lib/ld-musl-x86_64.so.1", strs: "GLIBC_2.9999 AKIAZ3MHALRQ4WLKDTUF", symtab: true, build: goodBuild}))
	f.Add(makeELF(elfSpec{class: 1}))
	f.Add(machOHeader)
	f.Add([]byte("#!/bin/sh\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := scanExecutable(bytes.NewReader(data), uint64(len(data)), true)
		if err != nil || x == nil {
			t.Fatalf("reading %d bytes from memory: %v", len(data), err)
		}
		parseBuildInfo(data, 0)
	})
}
