package zipcheck

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestReadPaths checks that small entries read in one piece and entries
// streamed from the file agree: the same findings, the same errors for
// damaged entries.
func TestReadPaths(t *testing.T) {
	const key = "AKIAZ3MHALRQ4WLKDTUF"
	boot := exe("bootstrap", goExe("x86_64"))
	files := []file{boot, text("config/app.json", `{"key":"`+key+`"}`), text("big.txt", strings.Repeat("route weight region ", 20000)),
		{name: "stored.py", body: []byte("AWS_SECRET_ACCESS_KEY = 'q8Vn2+Lr0c/Jx5TzW1mKp9Rb7Yd3Hs6Fg4Ea0UiO'\n"), store: true},
		// Extra fields longer than the one read of a small entry
		// guesses: its body is read a second time.
		{name: "extra/config.json", body: []byte(`{"key":"` + key + `"}`), extra: longExtra(600)}}
	good := writeFile(t, "good.zip", zipBytes(t, files...))
	badCRC := writeFile(t, "crc.zip", patchCRC(t, zipBytes(t, boot, text("config/app.json", `{"region":"eu-west-1"}`)), "config/app.json"))
	badBoot := writeFile(t, "boot.zip", patchCRC(t, zipBytes(t, boot), "bootstrap"))
	farHeader := writeFile(t, "far.zip", patchRecord(t, zipBytes(t, boot, text("config/app.json", `{"region":"eu-west-1"}`)), "config/app.json", 42, 0x7fff0000))
	short := writeFile(t, "short.zip", zipBytes(t, boot, file{name: "app.json", body: []byte("not deflate data at all"),
		raw: &zip.FileHeader{Method: zip.Deflate, CompressedSize64: 23, UncompressedSize64: 5000}}))

	run := func(whole bool) (got []string, errs []string) {
		defer func(old uint64) { smallEntry = old }(smallEntry)
		if !whole {
			smallEntry = 0
		}
		fs, err := Check(good, Options{Runtime: "provided.al2023"})
		if err != nil {
			t.Fatalf("whole=%v: %v", whole, err)
		}
		for _, f := range fs {
			got = append(got, f.Rule+"@"+f.Entry+": "+f.Message)
		}
		for _, p := range []string{badCRC, short, badBoot, farHeader} {
			_, err := Check(p, Options{Runtime: "provided.al2023"})
			if err == nil {
				t.Fatalf("whole=%v: %s: no error", whole, p)
			}
			errs = append(errs, err.Error())
		}
		return got, errs
	}
	mf, me := run(true)
	rf, re := run(false)
	if !slices.Equal(mf, rf) || !slices.Equal(me, re) {
		t.Errorf("read paths disagree:\nwhole: %q\n%q\nstreamed: %q\n%q", mf, me, rf, re)
	}
	want := []string{"secret@config/app.json", "secret@stored.py", "secret@extra/config.json"}
	for _, w := range want {
		if !slices.ContainsFunc(mf, func(s string) bool { return strings.HasPrefix(s, w+":") }) {
			t.Errorf("findings %q: want %s", mf, w)
		}
	}
	if !strings.Contains(me[0], "config/app.json: corrupt entry (checksum mismatch)") {
		t.Errorf("damaged CRC: error %q", me[0])
	}
	if !strings.Contains(me[2], "bootstrap: corrupt entry (checksum mismatch)") {
		t.Errorf("damaged bootstrap CRC: error %q", me[2])
	}
	if !strings.Contains(me[3], "config/app.json: corrupt entry (data is truncated or damaged)") {
		t.Errorf("local header past the end: error %q", me[3])
	}
	if !strings.Contains(me[1], "app.json: corrupt entry (") {
		t.Errorf("short data: error %q", me[1])
	}
}

// longExtra is an extra field of n bytes with an id no reader knows.
func longExtra(n int) []byte {
	b := make([]byte, n)
	binary.LittleEndian.PutUint16(b, 0xcafe)
	binary.LittleEndian.PutUint16(b[2:], uint16(n-4))
	return b
}

// patchCRC changes the CRC-32 of the named entry in the central
// directory, which is the one readers check.
func patchCRC(t *testing.T, b []byte, name string) []byte {
	return patchRecord(t, b, name, 16, crc32.ChecksumIEEE([]byte("other")))
}

// patchRecord sets the 32-bit field at offset off of the named entry's
// central directory record (16: CRC-32, 42: local header offset).
func patchRecord(t *testing.T, b []byte, name string, off int, v uint32) []byte {
	i := bytes.Index(b, []byte("PK\x01\x02"))
	for i >= 0 && i+46 <= len(b) {
		n := int(binary.LittleEndian.Uint16(b[i+28:]))
		if string(b[i+46:i+46+n]) == name {
			binary.LittleEndian.PutUint32(b[i+off:], v)
			return b
		}
		j := bytes.Index(b[i+4:], []byte("PK\x01\x02"))
		if j < 0 {
			break
		}
		i += 4 + j
	}
	t.Fatalf("no central directory record for %s", name)
	return nil
}

// TestScanChunkBoundaries places the markers the executable scan looks
// for across the boundaries of its chunks, and reads the executable both
// from a plain reader and from an archive.
func TestScanChunkBoundaries(t *testing.T) {
	markers := []struct {
		text  string
		found func(*exeInfo) bool
	}{
		{"GLIBC_2.39\x00", func(x *exeInfo) bool { return x.glibc == [2]int{2, 39} }},
		{"\x00AKIAZ3MHALRQ4WLKDTUF\x00", func(x *exeInfo) bool { return x.accessKey }},
	}
	for _, boundary := range []int{exeHead, exeHead + exeChunk, exeHead + 3*exeChunk} {
		for _, m := range markers {
			for _, shift := range []int{1, 5, len(m.text) - 1} {
				body := makeELF(elfSpec{interp: archX86.interp, body: 1 << 20})
				copy(body[boundary-shift:], m.text)
				name := fmt.Sprintf("%q at %d-%d", m.text, boundary, shift)

				// A plain reader.
				x, err := scanExecutable(struct{ io.Reader }{bytes.NewReader(body)}, uint64(len(body)), true)
				if err != nil || !m.found(x) {
					t.Errorf("%s, plain: not found (err %v)", name, err)
				}

				// Streamed from an archive.
				a, err := openArchive(writeFile(t, "fn.zip", zipBytes(t, file{name: "bootstrap", body: body, mode: 0o755, store: true})), false)
				if err != nil {
					t.Fatal(err)
				}
				rc, err := a.open(a.lookup("bootstrap"))
				if err != nil {
					t.Fatal(err)
				}
				x, err = scanExecutable(rc, uint64(len(body)), true)
				if err == nil {
					err = readEOF(rc)
				}
				if err != nil || !m.found(x) {
					t.Errorf("%s, archive: not found (err %v)", name, err)
				}
				rc.Close()
				a.close()
			}
		}
	}
}
