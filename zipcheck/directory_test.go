package zipcheck

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"testing"
	"unsafe"
)

// FuzzDirectory holds readDirectory to archive/zip's NewReader: the same
// archives accepted, with the same entries (name, method, flags, sizes,
// CRC-32, modes, data offset), and the same errors for the rest.
func FuzzDirectory(f *testing.F) {
	fuzzSeeds(f)
	// A prefixed (self-extracting) archive, and one whose end record
	// gives a wrong base.
	z := zipBytes(f, text("a.txt", "a"), exe("bootstrap", goExe("x86_64")))
	f.Add(append([]byte("#!/bin/sh\nexit 0\n"), z...), uint8(0))
	f.Add(zip64Sizes(f), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, _ uint8) {
		if msg := compareDirectory(data); msg != "" {
			t.Fatal(msg)
		}
	})
}

// TestDirectoryMutations compares readDirectory with archive/zip on every
// change of one byte of the central directory and end records of a few
// archives: the coverage-guided fuzzer seldom gets past the signatures.
func TestDirectoryMutations(t *testing.T) {
	plain := zipBytes(t, dir("lib"), text("lib/a.txt", "a"), exe("bootstrap", goExe("x86_64")), file{name: "s.bin", body: []byte("stored"), store: true})
	prefixed := append([]byte("#!/bin/sh\nexit 0\n"), plain...)
	for name, data := range map[string][]byte{"plain": plain, "prefixed": prefixed, "zip64": zip64Sizes(t)} {
		dirStart := bytes.Index(data, []byte("PK\x01\x02"))
		for i := dirStart; i < len(data); i++ {
			for _, v := range []byte{0, 0xff, data[i] ^ 1, data[i] + 1} {
				m := bytes.Clone(data)
				m[i] = v
				if msg := compareDirectory(m); msg != "" {
					t.Fatalf("%s, byte %d set to %#x: %s", name, i, v, msg)
				}
			}
		}
	}
}

// zip64Sizes is an archive whose entry declares sizes over 4 GiB, so its
// directory record carries a zip64 extra field.
func zip64Sizes(t testing.TB) []byte {
	return zipBytes(t, file{name: "big.bin", body: []byte("x"), raw: &zip.FileHeader{Method: zip.Store, CompressedSize64: 5 << 30, UncompressedSize64: 5 << 30}})
}

// compareDirectory returns how readDirectory disagrees with archive/zip
// on data, or "".
func compareDirectory(data []byte) string {
	zr, zerr := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if errors.Is(zerr, zip.ErrInsecurePath) {
		zerr = nil
	}
	es, err := readDirectory(bytes.NewReader(data), int64(len(data)))
	if fmt.Sprint(err) != fmt.Sprint(zerr) {
		return fmt.Sprintf("error %v, archive/zip %v", err, zerr)
	}
	if err != nil {
		return ""
	}
	if len(es) != len(zr.File) {
		return fmt.Sprintf("%d entries, archive/zip %d", len(es), len(zr.File))
	}
	a := &archive{file: bytes.NewReader(data), size: int64(len(data))}
	for i, zf := range zr.File {
		e := &es[i]
		got := header{raw: e.raw, flags: e.flags, method: e.method, crc32: e.crc32, csize: e.csize, size: e.size, offset: e.offset}
		want := header{raw: zf.Name, flags: zf.Flags, method: zf.Method, crc32: zf.CRC32, csize: zf.CompressedSize64, size: zf.UncompressedSize64, offset: e.offset}
		if got != want {
			return fmt.Sprintf("entry %d: %+v, archive/zip %+v", i, got, want)
		}
		if unix := (zf.CreatorVersion>>8 == creatorUnix || zf.CreatorVersion>>8 == creatorMacOS) && zf.ExternalAttrs>>16 != 0; e.unix != unix {
			return fmt.Sprintf("entry %d: unix %v, archive/zip creator %#x attributes %#x", i, e.unix, zf.CreatorVersion, zf.ExternalAttrs)
		}
		if e.unix && e.mode != zf.Mode() {
			return fmt.Sprintf("entry %d: mode %v, archive/zip %v", i, e.mode, zf.Mode())
		}
		off, err := a.dataOffset(e)
		zoff, zerr := zf.DataOffset()
		if off != zoff && err == nil || fmt.Sprint(err) != fmt.Sprint(zerr) {
			return fmt.Sprintf("entry %d: data offset %d, %v; archive/zip %d, %v", i, off, err, zoff, zerr)
		}
	}
	return ""
}

// TestEntrySize keeps the entry at 64 bytes: a 20,000-entry package is
// then 1.25 MiB of entries, each page of which a fresh process faults in.
func TestEntrySize(t *testing.T) {
	if n := unsafe.Sizeof(entry{}); n > 64 {
		t.Errorf("entry is %d bytes, want at most 64", n)
	}
}
