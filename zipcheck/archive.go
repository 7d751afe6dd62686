package zipcheck

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
)

// archive is one opened zip: the function package or a layer.
type archive struct {
	path    string // as the user gave it; the File of its findings
	layer   bool   // given with -layer
	file    io.ReaderAt
	size    int64
	entries []*entry
	// byName finds a cleaned name's first entry; later duplicates are
	// reported by zip-duplicate and otherwise ignored. It is built on
	// first use (see index): the secret scan, which starts first, needs
	// none.
	byName    *nameIndex
	indexOnce sync.Once
	pyOnce    sync.Once // computes pyDeps and pyErr; see pythonDependencies
	pyDeps    map[string]bool
	pyErr     error
}

// entry is one member of an archive with the facts the checks share. It
// is 64 bytes: a large package has tens of thousands, and on a fresh
// process every page of them is a page fault.
type entry struct {
	raw         string // the name as recorded
	csize, size uint64 // compressed and uncompressed (declared) size
	offset      int64  // of the local header
	crc32       uint32
	mode        fs.FileMode // meaningful only when unix
	flags       uint16
	method      uint16
	// The cleaned name, raw[nameFrom:nameTo]: no leading "./", no
	// trailing "/" (see name).
	nameFrom, nameTo uint16
	dir              bool
	// unix is set when the zip records Unix permission bits for the entry
	// (made on Linux or macOS). Zips made on Windows record none, and Lambda
	// then extracts files without execute bits.
	unix bool
	// unreadable is set for entries the checker must not decompress:
	// encrypted ones and those with a method other than store and deflate.
	unreadable bool
}

// Creator host systems (APPNOTE 4.4.2) that record Unix modes.
const (
	creatorUnix  = 3
	creatorMacOS = 19
)

// openArchive opens a zip and reads its central directory. Its errors are
// the "bad input" of the package doc: one line naming the file.
func openArchive(name string, layer bool) (*archive, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, describeOSError(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a zip file; zip its contents first: `cd %s && zip -r ../function.zip .`", name, name)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	if st.Size() == 0 {
		return nil, fmt.Errorf("%s: empty file, not a zip file", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, describeOSError(err))
	}
	a := &archive{path: name, layer: layer, file: f, size: st.Size()}
	es, err := readDirectory(a.file, a.size)
	if err != nil {
		msg := describeZipError(a.file, a.size, err, layer)
		a.close()
		return nil, fmt.Errorf("%s: %s", name, msg)
	}
	a.entries = make([]*entry, len(es))
	for i := range es {
		a.entries[i] = &es[i]
	}
	return a, nil
}

func (a *archive) close() {
	if a != nil && a.file != nil {
		a.file.(io.Closer).Close()
	}
}

func (e *entry) init(h header) {
	*e = entry{raw: h.raw, csize: h.csize, size: h.size, offset: h.offset, crc32: h.crc32, flags: h.flags, method: h.method}
	from, to := cleanBounds(h.raw)
	e.nameFrom, e.nameTo = uint16(from), uint16(to)
	e.dir = strings.HasSuffix(h.raw, "/") || strings.HasSuffix(h.raw, `\`)
	switch h.creator >> 8 {
	case creatorUnix, creatorMacOS:
		// A zero mode means the tool recorded nothing (some libraries
		// write the Unix creator with empty attributes); extractors then
		// fall back to their defaults, as for a Windows zip.
		if h.external>>16 != 0 {
			e.unix = true
			fh := zip.FileHeader{Name: h.raw, CreatorVersion: h.creator, ExternalAttrs: h.external}
			e.mode = fh.Mode()
			if e.mode.IsDir() {
				e.dir = true
			}
		}
	}
	e.unreadable = h.flags&0x1 != 0 || (h.method != zip.Store && h.method != zip.Deflate)
}

// name is the cleaned name, for lookups (see cleanName).
func (e *entry) name() string { return e.raw[e.nameFrom:e.nameTo] }

// cleanName is the name an extractor would create, for lookups: "./" and
// trailing slashes removed. Unsafe names (absolute, "..", backslashes) are
// kept as they are: path-unsafe reports them, and they never match the
// names the runtimes look for.
func cleanName(n string) string {
	from, to := cleanBounds(n)
	return n[from:to]
}

// cleanBounds returns where the cleaned name lies in n.
func cleanBounds(n string) (from, to int) {
	for strings.HasPrefix(n[from:], "./") {
		from += 2
	}
	return from, from + len(strings.TrimRight(n[from:], "/"))
}

// lookup returns the entry with a cleaned name, following no symlinks.
func (a *archive) lookup(name string) *entry {
	return a.index().lookup(name)
}

// index returns the name index, built on first use.
func (a *archive) index() *nameIndex {
	a.indexOnce.Do(func() { a.byName = newNameIndex(a.entries) })
	return a.byName
}

// isSymlink reports whether the zip records the entry as a symbolic link.
func (e *entry) isSymlink() bool { return e.unix && e.mode&fs.ModeSymlink != 0 }

// isFile reports whether the entry is a regular file (or a zip without Unix
// modes, where every non-directory entry is a file).
func (e *entry) isFile() bool {
	if e.dir {
		return false
	}
	return !e.unix || e.mode.IsRegular()
}

// base is the last element of the entry's name.
func (e *entry) base() string { return path.Base(e.name()) }

// topDir is the first element of a name with more than one element, or "".
func topDir(name string) string {
	if i := strings.IndexByte(name, '/'); i >= 0 {
		return name[:i]
	}
	return ""
}

// corruptError reports an entry that cannot be decompressed: Lambda would
// fail to extract the package too, so the run stops with exit status 2.
type corruptError struct {
	archive, entry string
	err            error
}

func (e *corruptError) Error() string {
	msg := e.err.Error()
	switch {
	case errors.Is(e.err, zip.ErrChecksum):
		msg = "checksum mismatch"
	case errors.Is(e.err, io.ErrUnexpectedEOF), errors.Is(e.err, zip.ErrFormat):
		msg = "data is truncated or damaged"
	}
	return oneLine(fmt.Sprintf("%s: %s: corrupt entry (%s); rebuild the zip", e.archive, e.entry, strings.TrimPrefix(msg, "zip: ")))
}

// readPrefix returns up to n bytes from the start of an entry, fewer when
// the entry is shorter. It never reads past the declared size, so a short
// read is corruption.
func (a *archive) readPrefix(e *entry, n int) ([]byte, error) {
	if uint64(n) > e.size {
		n = int(e.size)
	}
	return a.readPrefixInto(e, make([]byte, n), new(entryReader))
}

// readPrefixInto fills buf (truncated to the entry size) from the start of
// the entry and returns the filled part; it lets scanners reuse one buffer
// and one reader.
func (a *archive) readPrefixInto(e *entry, buf []byte, rc *entryReader) ([]byte, error) {
	if uint64(len(buf)) > e.size {
		buf = buf[:e.size]
	}
	if err := a.openWith(rc, e); err != nil {
		return nil, err
	}
	defer rc.Close()
	_, err := io.ReadFull(rc, buf)
	if err == nil && uint64(len(buf)) == e.size {
		err = readEOF(rc)
	}
	if err != nil {
		return nil, &corruptError{a.path, e.raw, err}
	}
	return buf, nil
}

// readEOF reads past the end of an entry read to its declared size: the
// readers check the size and the CRC-32 only when they reach the end,
// and io.ReadFull stops one Read short of it.
func readEOF(r io.Reader) error {
	var b [1]byte
	for range 100 { // a reader may return 0, nil; see io.Reader
		switch n, err := r.Read(b[:]); {
		case n > 0:
			return zip.ErrFormat // longer than declared
		case err == io.EOF:
			return nil
		case err != nil:
			return err
		}
	}
	return io.ErrNoProgress
}

func describeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// describeZipError turns archive/zip's terse errors into what the user has
// in hand: a truncated zip, some other format, or no zip at all.
func describeZipError(f io.ReaderAt, size int64, err error, layer bool) string {
	head := make([]byte, 512)
	n, _ := f.ReadAt(head, 0)
	head = head[:n]
	msg := describeFormat(head, size, err)
	if layer && strings.HasPrefix(msg, "not a zip file") {
		msg += " (-layer takes a layer's .zip)"
	}
	return msg
}

func describeFormat(head []byte, size int64, err error) string {
	const what = "not a zip file"
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x07\x08")):
		// Local headers but no readable end record: cut short by
		// an interrupted download or copy.
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Sprintf("truncated or corrupt zip file: the central directory at its end is missing or damaged (%d bytes); rebuild or download it again", size)
		}
		return "corrupt zip file: " + strings.TrimPrefix(err.Error(), "zip: ")
	case bytes.HasPrefix(head, []byte("PK\x05\x06")), bytes.HasPrefix(head, []byte("PK\x06\x06")):
		return "corrupt zip file: " + strings.TrimPrefix(err.Error(), "zip: ")
	case bytes.HasPrefix(head, []byte("\x7fELF")):
		return what + " but an executable; zip it first: `zip function.zip bootstrap`"
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return what + " but a gzip file; Lambda needs a .zip"
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return what + " but a tar archive; Lambda needs a .zip"
	case bytes.HasPrefix(head, []byte("7z\xbc\xaf\x27\x1c")):
		return what + " but a 7-Zip archive; Lambda needs a .zip"
	case bytes.HasPrefix(head, []byte("Rar!")):
		return what + " but a RAR archive; Lambda needs a .zip"
	}
	if i := bytes.Index(head, []byte("PK\x03\x04")); i > 0 {
		// Self-extracting archives and zips with a prefix still
		// carry a directory; reaching here means it is damaged.
		return "corrupt zip file: data before the first entry and no readable central directory"
	}
	return what
}
