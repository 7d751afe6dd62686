package zipcheck

import (
	"archive/zip"
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The benchmark packages are generated once per test binary, outside any
// test's temporary folder so every run of the benchmark reuses them. Set
// ZIPCHECK_BENCH_ZIP to a path to keep the package (and measure it with
// other tools, e.g. unzip -t); it is created there when missing, and the
// worst case beside it with the suffix -worst.zip.
var bench struct {
	once  sync.Once
	dir   string // removed by TestMain
	path  string
	worst string
	err   error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// largePackage returns the package of realistic configuration files, or
// with worst the one whose text files are incompressible.
func largePackage(b *testing.B, worst bool) string {
	bench.once.Do(func() {
		bench.path = os.Getenv("ZIPCHECK_BENCH_ZIP")
		if bench.path == "" {
			bench.dir, bench.err = os.MkdirTemp("", "zipcheck-bench")
			if bench.err != nil {
				return
			}
			bench.path = filepath.Join(bench.dir, "large.zip")
		}
		bench.worst = strings.TrimSuffix(bench.path, ".zip") + "-worst.zip"
		for _, p := range []struct {
			path  string
			worst bool
		}{{bench.path, false}, {bench.worst, true}} {
			if _, err := os.Stat(p.path); err == nil {
				continue
			}
			if bench.err = writeLargePackage(p.path, p.worst); bench.err != nil {
				return
			}
		}
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	if worst {
		return bench.worst
	}
	return bench.path
}

// writeLargePackage writes a package at the edge of the limits: a 20 MiB
// Go bootstrap, 18,000 stored assets of incompressible data and 2,000
// deflated 2 KiB JSON files (what the secret scan reads): 20,001 entries,
// 249 MiB unzipped, 245 MiB zipped. The JSON files are configuration records (they deflate
// about 3:1, as real ones do); with worst they are random letters, which
// deflate stores as one Huffman code a byte, the slowest input to inflate.
func writeLargePackage(p string, worst bool) error {
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
	const assets, size = 18000, 13100 // 250 MiB unzipped with the rest, just under the limit
	for i := range assets {
		off := (i * 7919 * 64) % (len(pool) - size)
		if err := add(fmt.Sprintf("assets/d%03d/f%05d.bin", i%200, i), 0o644, zip.Store, pool[off:off+size]); err != nil {
			return err
		}
	}
	for i := range 2000 {
		text := configJSON(i, 2<<10)
		if worst {
			text = words(2 << 10)
		}
		if err := add(fmt.Sprintf("config/c%04d.json", i), 0o644, zip.Deflate, text); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return w.Flush()
}

func BenchmarkCheckLarge(b *testing.B)      { benchmarkCheckLarge(b, false) }
func BenchmarkCheckLargeWorst(b *testing.B) { benchmarkCheckLarge(b, true) }

func benchmarkCheckLarge(b *testing.B, worst bool) {
	p := largePackage(b, worst)
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

// configJSON is about n bytes of a function's configuration: records of
// ids, names, flags, limits and endpoints, different in each file.
func configJSON(file, n int) []byte {
	r := rand.New(rand.NewPCG(uint64(file), 7))
	regions := []string{"us-east-1", "eu-west-1", "ap-southeast-2", "eu-central-1"}
	var b strings.Builder
	b.WriteString("{\n  \"routes\": [\n")
	for i := 0; b.Len() < n-200; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `    {"id": "r-%08x", "name": "route-%d-%d", "enabled": %t, "weight": %d, "timeoutMs": %d, "region": %q, "retry": {"max": %d, "backoffMs": %d}, "path": "/v1/items/%x"}`,
			r.Uint32(), file, i, r.IntN(2) == 0, r.IntN(100), 100*r.IntN(50), regions[r.IntN(len(regions))], r.IntN(5), 50*r.IntN(20), r.Uint32())
	}
	b.WriteString("\n  ]\n}\n")
	return []byte(b.String())
}

// BenchmarkCheckLargeDirectory is BenchmarkCheckLarge without the secret
// scan: what reading the directory and the bootstrap costs.
func BenchmarkCheckLargeDirectory(b *testing.B) {
	p := largePackage(b, false)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Check(p, Options{Runtime: "provided.al2023", Enabled: func(r string) bool { return r != "secret" }}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenLarge reads the directory of the large package, what every
// check waits for. Run it with GOGC=off too: a fresh process pays for
// every page the heap touches.
func BenchmarkOpenLarge(b *testing.B) {
	p := largePackage(b, false)
	b.ReportAllocs()
	for b.Loop() {
		a, err := openArchive(p, false)
		if err != nil {
			b.Fatal(err)
		}
		a.close()
	}
}
