package zipcheck

import (
	"archive/zip"
	"bufio"
	"bytes"
	"hash/crc32"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// open starts decompressing an entry; callers check e.unreadable first.
// A small entry (most of the thousands of text files the secret scan
// reads) is read with its local header in one ReadAt and decompressed
// from memory; a large one is streamed. The checks are archive/zip's:
// the declared size, and the CRC-32 of the central directory once the
// entry is read to its end (see readEOF).
func (a *archive) open(e *entry) (io.ReadCloser, error) {
	r := new(entryReader)
	if err := a.openWith(r, e); err != nil {
		return nil, err
	}
	return r, nil
}

// openWith is open into r, a new reader or one closed after an earlier
// entry: a scan of thousands of entries then allocates no reader per
// entry. r's window (see readWindow) is kept.
func (a *archive) openWith(r *entryReader, e *entry) error {
	if e.method != zip.Store && e.method != zip.Deflate {
		return &corruptError{a.path, e.raw, zip.ErrAlgorithm}
	}
	*r = entryReader{e: e, win: r.win}
	var src io.Reader
	if e.csize <= smallEntry {
		body, err := a.readSmall(r, e)
		if err != nil {
			r.Close()
			return err
		}
		r.mem.Reset(body)
		src = &r.mem
	} else {
		off, err := a.bodyOffset(e)
		if err != nil {
			return err
		}
		src = io.NewSectionReader(a.file, off, int64(e.csize))
		if e.method == zip.Deflate {
			// flate would wrap a reader without ReadByte in a new
			// bufio.Reader of its own.
			r.br = bufioPool.Get().(*bufio.Reader)
			r.br.Reset(src)
			src = r.br
		}
	}
	r.r = src
	if e.method == zip.Deflate {
		r.fr = flatePool.Get().(io.ReadCloser)
		if err := r.fr.(flate.Resetter).Reset(src, nil); err != nil {
			r.Close()
			return &corruptError{a.path, e.raw, err}
		}
		r.r = r.fr
	}
	return nil
}

// smallEntry is the largest compressed size read in one piece; tests set
// it to 0 to stream every entry.
var smallEntry uint64 = 64 << 10

// localSlack is how much longer than the central directory's name the
// local header's name and extra fields may be and still be read with the
// body: local extra fields (timestamps, Unix ids, zip64 sizes) are a few
// dozen bytes.
const localSlack = 128

// readSmall reads the local header and the compressed body of e into a
// pooled buffer of r and returns the body. When the local header's fields
// run past the guess, or the header is damaged, it falls back to
// bodyOffset and a second read, whose errors are those of the streamed
// path.
func (a *archive) readSmall(r *entryReader, e *entry) ([]byte, error) {
	if w := r.win; w.has(a, e.offset) {
		// Read already, with the entries around it.
		if body, ok := localBody(w.b[e.offset-w.off:], e); ok {
			return body, nil
		}
	}
	n := int(e.csize) + localHeaderLen + len(e.raw) + localSlack
	r.buf = bufPool.Get().(*[]byte)
	if cap(*r.buf) < n {
		*r.buf = make([]byte, n)
	}
	buf := (*r.buf)[:n]
	if e.offset >= 0 && e.offset < a.size {
		got, _ := a.file.ReadAt(buf[:min(int64(n), a.size-e.offset)], e.offset)
		if body, ok := localBody(buf[:got], e); ok {
			return body, nil
		}
	}
	off, err := a.bodyOffset(e)
	if err != nil {
		return nil, err
	}
	body := buf[:e.csize]
	if got, err := a.file.ReadAt(body, off); got < len(body) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF // the file shrank under us
		}
		return nil, &corruptError{a.path, e.raw, err}
	}
	return body, nil
}

// localBody returns the body of e from b, which starts at e's local
// header, when b holds all of it.
func localBody(b []byte, e *entry) ([]byte, bool) {
	if len(b) < localHeaderLen || le.Uint32(b) != localHeaderSig {
		return nil, false
	}
	start := localHeaderLen + int(le.Uint16(b[26:])) + int(le.Uint16(b[28:]))
	if start+int(e.csize) > len(b) {
		return nil, false
	}
	return b[start : start+int(e.csize)], true
}

// window is a stretch of the archive read at once: the small files of a
// package usually lie next to each other (a folder of configuration, a
// node_modules tree), and one read for a run of them saves a system call
// each.
type window struct {
	a   *archive
	off int64
	b   []byte
}

// has reports whether the window holds the byte at off of archive a.
func (w window) has(a *archive, off int64) bool {
	return w.a == a && off >= w.off && off < w.off+int64(len(w.b))
}

// Bounds of a window: at most maxWindow bytes, of which at least half
// are the entries wanted.
const maxWindow = 1 << 20

// readWindow reads the stretch of the archive holding the small entries
// es into buf (grown as needed) when they lie close together, and
// returns it; otherwise an empty window, and each entry is read alone.
func (a *archive) readWindow(es []*entry, buf []byte) window {
	lo, hi, want := int64(-1), int64(0), int64(0)
	for _, e := range es {
		if e.csize > smallEntry || e.offset < 0 || e.offset >= a.size {
			continue
		}
		n := int64(e.csize) + localHeaderLen + int64(len(e.raw)) + localSlack
		if lo < 0 || e.offset < lo {
			lo = e.offset
		}
		hi = max(hi, min(e.offset+n, a.size))
		want += n
	}
	if lo < 0 || len(es) < 2 || hi-lo > maxWindow || 2*want < hi-lo {
		return window{b: buf[:0]}
	}
	if int64(cap(buf)) < hi-lo {
		buf = make([]byte, hi-lo)
	}
	n, _ := a.file.ReadAt(buf[:hi-lo], lo)
	return window{a: a, off: lo, b: buf[:n]}
}

// bodyOffset is dataOffset for reading: the entry's data must lie within
// the file, and a local header that cannot be read (an offset before the
// start or past the end of the file) is damage, said the same way
// whether the entry is read in one piece or streamed.
func (a *archive) bodyOffset(e *entry) (int64, error) {
	off, err := a.dataOffset(e)
	if err != nil && err != zip.ErrFormat {
		err = io.ErrUnexpectedEOF
	}
	if err == nil && (e.csize > uint64(a.size) || off > a.size-int64(e.csize)) {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return 0, &corruptError{a.path, e.raw, err}
	}
	return off, nil
}

// bufPool keeps the buffers of small entries, bufioPool the read buffers
// of large deflated ones.
var (
	bufPool   = sync.Pool{New: func() any { return new([]byte) }}
	bufioPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 32<<10) }}
)

// flatePool keeps decompressors (each with its 32 KiB window) for reuse
// across entries.
var flatePool = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// entryReader is one entry being read.
type entryReader struct {
	e  *entry
	r  io.Reader
	fr io.ReadCloser // the pooled decompressor, nil for stored entries
	br *bufio.Reader // the pooled read buffer of a large deflated entry
	// buf holds a small entry's compressed bytes, which mem reads.
	buf *[]byte
	// win, set by the caller, may hold the entry already (readWindow).
	win   window
	mem   bytes.Reader
	crc   uint32
	nread uint64
	err   error
}

func (r *entryReader) Read(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	n, err := r.r.Read(p)
	r.crc = crc32.Update(r.crc, crc32.IEEETable, p[:n])
	r.nread += uint64(n)
	switch e := r.e; {
	case r.nread > e.size:
		err = zip.ErrFormat
	case err == io.EOF && r.nread != e.size:
		err = io.ErrUnexpectedEOF
	case err == io.EOF && r.crc != e.crc32 && (e.crc32 != 0 || e.flags&flagDataDescriptor != 0):
		// A zero CRC-32 is "not recorded" unless a data descriptor
		// follows, as archive/zip reads it.
		err = zip.ErrChecksum
	}
	r.err = err
	return n, err
}

func (r *entryReader) Close() error {
	if r.fr != nil {
		flatePool.Put(r.fr)
		r.fr = nil
	}
	if r.br != nil {
		r.br.Reset(nil)
		bufioPool.Put(r.br)
		r.br = nil
	}
	if r.buf != nil {
		r.mem.Reset(nil)
		bufPool.Put(r.buf)
		r.buf = nil
	}
	return nil
}
