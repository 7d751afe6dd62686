package zipcheck

import (
	"archive/zip"
	"errors"
	"io"
	"slices"
)

// jarSearch looks for classes in jars inside an archive. It reads only a
// jar's central directory: in place for a stored jar, from the tail of one
// decompressing pass for a deflated one, within a budget for the run.
type jarSearch struct {
	budget uint64 // decompressed bytes left to stream
	jars   int
}

const (
	maxJarStream = 256 << 20
	maxJars      = 500
	// jarTail is kept from the end of a deflated jar: its central
	// directory (about 100 bytes a class) must fit.
	jarTail = 4 << 20
)

func newJarSearch() *jarSearch { return &jarSearch{budget: maxJarStream} }

// contains reports whether the jar entry e of a holds the file rel. A jar
// that cannot be read as a zip does not hold it; the error is only for a
// corrupt outer entry.
func (s *jarSearch) contains(a *archive, e *entry, rel string) (bool, error) {
	if e.unreadable || s.jars >= maxJars || e.size > 1<<40 {
		return false, nil
	}
	s.jars++
	zr, err := s.open(a, e)
	if err != nil || zr == nil {
		return false, err
	}
	for _, f := range zr.File {
		if f.Name == rel {
			return true, nil
		}
	}
	return false, nil
}

func (s *jarSearch) open(a *archive, e *entry) (*zip.Reader, error) {
	size := int64(e.size)
	if e.method == zip.Store {
		if e.csize != e.size {
			return nil, nil
		}
		off, err := a.bodyOffset(e)
		if err != nil {
			return nil, err
		}
		zr, err := zip.NewReader(io.NewSectionReader(a.file, off, size), size)
		if err != nil {
			return nil, nil
		}
		return zr, nil
	}
	if e.size > s.budget {
		return nil, nil
	}
	s.budget -= e.size
	rc, err := a.open(e)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	tail, err := readTail(rc, e.size, jarTail)
	if err != nil {
		return nil, &corruptError{a.path, e.raw, err}
	}
	zr, err := zip.NewReader(&tailReaderAt{tail: tail, base: size - int64(len(tail))}, size)
	if err != nil {
		return nil, nil
	}
	return zr, nil
}

// readTail reads size bytes from r and returns the last keep of them,
// using a ring of keep bytes.
func readTail(r io.Reader, size uint64, keep int) ([]byte, error) {
	if size <= uint64(keep) {
		buf := make([]byte, size)
		_, err := io.ReadFull(r, buf)
		return buf, err
	}
	ring := make([]byte, keep)
	chunk := make([]byte, 256<<10)
	pos := 0
	for left := size; left > 0; {
		n := int(min(uint64(len(chunk)), left))
		if _, err := io.ReadFull(r, chunk[:n]); err != nil {
			return nil, err
		}
		left -= uint64(n)
		for b := chunk[:n]; len(b) > 0; {
			k := copy(ring[pos:], b)
			b = b[k:]
			pos = (pos + k) % keep
		}
	}
	// Rotate so the oldest byte comes first.
	slices.Reverse(ring[:pos])
	slices.Reverse(ring[pos:])
	slices.Reverse(ring)
	return ring, nil
}

// tailReaderAt serves the last bytes of a stream at their offsets in it.
type tailReaderAt struct {
	tail []byte
	base int64 // offset of tail[0]
}

var errBeforeTail = errors.New("offset before the kept tail")

func (t *tailReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off < t.base {
		return 0, errBeforeTail
	}
	rel := off - t.base
	if rel >= int64(len(t.tail)) {
		return 0, io.EOF
	}
	n := copy(p, t.tail[rel:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
