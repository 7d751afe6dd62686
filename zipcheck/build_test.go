package zipcheck

// Builders for the tests: every package is made here with archive/zip, and
// every executable header by hand, so no binary lives in the repository.

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// file is one entry of a test zip.
type file struct {
	name   string
	body   []byte
	mode   fs.FileMode // 0: 0644 for files, 0755 for folders and bootstrap
	noUnix bool        // as made on Windows: no Unix modes recorded
	store  bool        // stored instead of deflated
	link   string      // a symlink to this target
	extra  []byte      // extra fields, in the local header and the central directory
	// raw writes body as the already compressed data with this header
	// (method, sizes, CRC and flags as given).
	raw *zip.FileHeader
}

// dir is a folder entry.
func dir(name string) file { return file{name: strings.TrimSuffix(name, "/") + "/"} }

// text is a file with a string body.
func text(name, body string) file { return file{name: name, body: []byte(body)} }

// exe is an executable file (mode 0755).
func exe(name string, body []byte) file { return file{name: name, body: body, mode: 0o755} }

func writeZip(w io.Writer, files []file) error {
	zw := zip.NewWriter(w)
	for _, f := range files {
		if f.raw != nil {
			h := *f.raw
			if h.Name == "" {
				h.Name = f.name
			}
			fw, err := zw.CreateRaw(&h)
			if err != nil {
				return err
			}
			if _, err := fw.Write(f.body); err != nil {
				return err
			}
			continue
		}
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Extra: f.extra}
		if f.store {
			h.Method = zip.Store
		}
		isDir := strings.HasSuffix(f.name, "/")
		mode := f.mode
		switch {
		case f.link != "":
			mode = 0o777 | fs.ModeSymlink
			f.body = []byte(f.link)
		case mode == 0 && isDir:
			mode = 0o755 | fs.ModeDir
		case mode == 0:
			mode = 0o644
		case isDir:
			mode |= fs.ModeDir
		}
		if !f.noUnix {
			h.SetMode(mode)
		} else {
			h.CreatorVersion = 0 // MS-DOS: what Windows tools write
			if isDir {
				h.ExternalAttrs = 0x10
			}
		}
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.body); err != nil {
			return err
		}
	}
	return zw.Close()
}

// zipBytes builds a zip in memory.
func zipBytes(t testing.TB, files ...file) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeZip(&buf, files); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFile writes data to name in a fresh temporary folder.
func writeFile(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// buildZip writes a zip of the files and returns its path.
func buildZip(t testing.TB, files ...file) string {
	t.Helper()
	return writeFile(t, "function.zip", zipBytes(t, files...))
}

// elfSpec describes a minimal ELF64 executable.
type elfSpec struct {
	machine uint16 // default x86_64 (62)
	class   byte   // default 64-bit (2)
	data    byte   // default little-endian (1)
	osabi   byte
	etype   uint16 // default ET_EXEC (2)
	interp  string // a PT_INTERP: dynamically linked
	strs    string // bytes in the text segment, e.g. "GLIBC_2.34\x00"
	build   string // Go build information (module text); "" for none
	goVers  string // default go1.26.0
	symtab  bool   // a symbol table section (not stripped)
	body    int    // extra bytes of padding (a bigger binary)
}

// buildSettings of a well-built Go function, to start build strings from.
const goodBuild = "path\texample.com/fn\n" +
	"mod\texample.com/fn\t(devel)\t\n" +
	"dep\tgithub.com/aws/aws-lambda-go\tv1.55.1\th1:abc=\n" +
	"build\t-buildmode=exe\n" +
	"build\t-compiler=gc\n" +
	"build\t-tags=lambda.norpc\n" +
	"build\t-trimpath=true\n" +
	"build\tCGO_ENABLED=0\n" +
	"build\tGOARCH=amd64\n" +
	"build\tGOOS=linux\n"

// makeELF lays out: ELF header, program headers, interpreter, strings,
// the data segment (at 0x1000, with the build info first, as the Go linker
// does), padding, and the section headers at the end.
func makeELF(s elfSpec) []byte {
	if s.machine == 0 {
		s.machine = 62
	}
	if s.class == 0 {
		s.class = 2
	}
	if s.data == 0 {
		s.data = 1
	}
	if s.etype == 0 {
		s.etype = 2
	}
	if s.goVers == "" {
		s.goVers = "go1.26.0"
	}
	const (
		interpOff = 0x200
		strsOff   = 0x300
		dataOff   = 0x1000
		dataVaddr = 0x500000
	)
	var bo binary.ByteOrder = binary.LittleEndian
	if s.data == 2 {
		bo = binary.BigEndian
	}
	out := make([]byte, dataOff)
	copy(out, "\x7fELF")
	out[4], out[5], out[6], out[7] = s.class, s.data, 1, s.osabi
	bo.PutUint16(out[16:], s.etype)
	bo.PutUint16(out[18:], s.machine)
	bo.PutUint32(out[20:], 1)
	if s.class != 2 {
		return append(out[:64], make([]byte, 4096)...) // a 32-bit header: identification is enough
	}

	var data []byte
	if s.build != "" {
		data = buildInfoBlob(s.goVers, s.build)
	}
	data = append(data, make([]byte, 64)...)

	type phdr struct {
		typ, flags           uint32
		off, vaddr, filesize uint64
	}
	phs := []phdr{{typ: ptLoad, flags: 5, off: 0, vaddr: 0x400000, filesize: dataOff}}
	if s.interp != "" {
		phs = append(phs, phdr{typ: ptInterp, flags: 4, off: interpOff, vaddr: 0x400000 + interpOff, filesize: uint64(len(s.interp) + 1)})
		copy(out[interpOff:], s.interp)
	}
	phs = append(phs, phdr{typ: ptLoad, flags: 6, off: dataOff, vaddr: dataVaddr, filesize: uint64(len(data))})
	copy(out[strsOff:], s.strs)
	for i, p := range phs {
		ph := out[64+i*56:]
		bo.PutUint32(ph[0:], p.typ)
		bo.PutUint32(ph[4:], p.flags)
		bo.PutUint64(ph[8:], p.off)
		bo.PutUint64(ph[16:], p.vaddr)
		bo.PutUint64(ph[32:], p.filesize)
		bo.PutUint64(ph[40:], p.filesize)
	}
	bo.PutUint64(out[32:], 64)
	bo.PutUint16(out[52:], 64)
	bo.PutUint16(out[54:], 56)
	bo.PutUint16(out[56:], uint16(len(phs)))

	out = append(out, data...)
	out = append(out, bytes.Repeat([]byte{0x90}, s.body)...)

	// Sections: null, optional .symtab (non-allocated), .shstrtab.
	symOff := uint64(len(out))
	if s.symtab {
		out = append(out, make([]byte, 0x180)...)
	}
	shstrOff := uint64(len(out))
	out = append(out, "\x00.symtab\x00.shstrtab\x00"...)
	for len(out)%8 != 0 {
		out = append(out, 0)
	}
	shoff := uint64(len(out))
	sh := func(name, typ uint32, flags, off, size uint64) {
		b := make([]byte, 64)
		bo.PutUint32(b[0:], name)
		bo.PutUint32(b[4:], typ)
		bo.PutUint64(b[8:], flags)
		bo.PutUint64(b[24:], off)
		bo.PutUint64(b[32:], size)
		out = append(out, b...)
	}
	sh(0, shtNull, 0, 0, 0)
	n := uint16(2)
	if s.symtab {
		sh(1, shtSymtab, 0, symOff, 0x180)
		n++
	}
	sh(9, 3, 0, shstrOff, 19)
	bo.PutUint64(out[40:], shoff)
	bo.PutUint16(out[58:], 64)
	bo.PutUint16(out[60:], n)
	bo.PutUint16(out[62:], n-1)
	return out
}

// buildInfoBlob encodes Go build information as the linker writes it since
// Go 1.18: magic, pointer size, flags (inline strings), padding to 32
// bytes, then the version and the framed module text as varint strings.
func buildInfoBlob(vers, mod string) []byte {
	b := append([]byte(nil), buildInfoMagic...)
	b = append(b, 8, 0x2)
	b = append(b, make([]byte, 32-len(b))...)
	b = binary.AppendUvarint(b, uint64(len(vers)))
	b = append(b, vers...)
	framed := strings.Repeat("S", 16) + mod + strings.Repeat("E", 16)
	b = binary.AppendUvarint(b, uint64(len(framed)))
	return append(b, framed...)
}

// goExe is a well-built static Go executable for a Lambda architecture.
func goExe(arch string) []byte {
	if arch == "arm64" {
		return makeELF(elfSpec{machine: 183, build: strings.Replace(goodBuild, "GOARCH=amd64", "GOARCH=arm64", 1)})
	}
	return makeELF(elfSpec{build: goodBuild})
}

// Other executable headers.
var (
	machOHeader = append([]byte{0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01}, make([]byte, 120)...)
	peHeader    = append([]byte("MZ\x90\x00"), make([]byte, 124)...)
)

// noise returns n incompressible bytes (fixed seed: tests are repeatable).
func noise(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := 0; i+8 <= n; i += 8 {
		binary.LittleEndian.PutUint64(b[i:], r.Uint64())
	}
	return b
}

// rawStored is a header for CreateRaw of stored data with true sizes.
func rawStored(body []byte) *zip.FileHeader {
	return &zip.FileHeader{
		Method:             zip.Store,
		CRC32:              crc32.ChecksumIEEE(body),
		CompressedSize64:   uint64(len(body)),
		UncompressedSize64: uint64(len(body)),
	}
}

// jarOf builds a jar (a zip) holding the named class files.
func jarOf(t testing.TB, classes ...string) []byte {
	files := []file{text("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")}
	for _, c := range classes {
		files = append(files, file{name: c, body: append([]byte{0xca, 0xfe, 0xba, 0xbe}, make([]byte, 200)...)})
	}
	return zipBytes(t, files...)
}

// words returns n bytes of lower-case pseudo-words: text that compresses
// like prose (about 2:1), not like a run of zeros.
func words(n int) []byte {
	src := noise(n, 7)
	b := make([]byte, n)
	for i, c := range src {
		if c%6 == 0 {
			b[i] = ' '
		} else {
			b[i] = 'a' + c%26
		}
	}
	return b
}
