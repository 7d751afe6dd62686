package zipcheck

import (
	"archive/zip"
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// The benchmark package is generated once per test binary, outside any
// test's temporary folder so every run of the benchmark reuses it. Set
// ZIPCHECK_BENCH_ZIP to a path to keep it (and measure it with other
// tools, e.g. unzip -t); it is created there when missing.
var bench struct {
	once sync.Once
	dir  string // removed by TestMain
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

func largePackage(b *testing.B) string {
	bench.once.Do(func() {
		bench.path = os.Getenv("ZIPCHECK_BENCH_ZIP")
		if bench.path == "" {
			bench.dir, bench.err = os.MkdirTemp("", "zipcheck-bench")
			if bench.err != nil {
				return
			}
			bench.path = filepath.Join(bench.dir, "large.zip")
		}
		if _, err := os.Stat(bench.path); err == nil {
			return
		}
		bench.err = writeLargePackage(bench.path)
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.path
}

// writeLargePackage writes a package at the edge of the limits: a 20 MiB
// Go bootstrap, 18,000 stored assets of incompressible data and 2,000
// deflated JSON files (what the secret scan reads): 20,001 entries,
// about 245 MiB.
func writeLargePackage(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	zw := zip.NewWriter(w)
	add := func(name string, mode os.FileMode, method uint16, body []byte) error {
		h := &zip.FileHeader{Name: name, Method: method}
		h.SetMode(mode)
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		_, err = fw.Write(body)
		return err
	}
	if err := add("bootstrap", 0o755, zip.Store, makeELF(elfSpec{build: goodBuild, body: 20 << 20})); err != nil {
		return err
	}
	pool := noise(64<<20, 42)
	const assets, size = 18000, 12 << 10
	for i := range assets {
		off := (i * 7919 * 64) % (len(pool) - size)
		if err := add(fmt.Sprintf("assets/d%03d/f%05d.bin", i%200, i), 0o644, zip.Store, pool[off:off+size]); err != nil {
			return err
		}
	}
	text := words(2 << 10)
	for i := range 2000 {
		if err := add(fmt.Sprintf("config/c%04d.json", i), 0o644, zip.Deflate, text); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return w.Flush()
}

func BenchmarkCheckLarge(b *testing.B) {
	p := largePackage(b)
	st, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		fs, err := Check(p, Options{Runtime: "provided.al2023"})
		if err != nil {
			b.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Rule != "size-zipped" {
			b.Fatalf("unexpected findings:\n%s", dump(fs))
		}
	}
}
