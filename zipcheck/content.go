package zipcheck

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"sync"
)

// open starts decompressing an entry; callers check e.unreadable first.
// A mapped archive is read straight from the mapping: the thousands of
// small files the secret scan reads then cost no system call and no
// copy. The checks are archive/zip's: the declared size, and the
// CRC-32 of the central directory once the entry is read to its end
// (see readEOF).
func (a *archive) open(e *entry) (io.ReadCloser, error) {
	off, err := a.bodyOffset(e)
	if err != nil {
		return nil, err
	}
	var src io.Reader
	if a.data != nil {
		src = bytes.NewReader(a.data[off : off+int64(e.csize)])
	} else {
		src = io.NewSectionReader(a.file, off, int64(e.csize))
	}
	r := &entryReader{e: e, r: src}
	switch e.method {
	case zip.Store:
		if a.data != nil {
			r.stored = a.data[off : off+int64(e.csize)]
		}
	case zip.Deflate:
		r.fr = flatePool.Get().(io.ReadCloser)
		if err := r.fr.(flate.Resetter).Reset(src, nil); err != nil {
			r.Close()
			return nil, &corruptError{a.path, e.raw, err}
		}
		r.r = r.fr
	default:
		return nil, &corruptError{a.path, e.raw, zip.ErrAlgorithm}
	}
	return r, nil
}

// bodyOffset is dataOffset for reading: the entry's data must lie within
// the file, and a local header that cannot be read (an offset before the
// start or past the end of the file) is damage, said the same way
// whether the archive is mapped or not.
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

// flatePool keeps decompressors (each with its 32 KiB window) for reuse
// across entries.
var flatePool = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// entryReader is one entry being read.
type entryReader struct {
	e  *entry
	r  io.Reader
	fr io.ReadCloser // the pooled decompressor, nil for stored entries
	// stored is the content of a stored entry of a mapped archive, which
	// take hands out without copying.
	stored []byte
	crc    uint32
	nread  uint64
	err    error
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

// take returns the next n bytes of a stored entry of a mapped archive
// without copying them, as if read; ok is false for other entries. The
// bootstrap, megabytes of it, is scanned this way.
func (r *entryReader) take(n int) (p []byte, ok bool, err error) {
	if r.stored == nil || r.err != nil {
		return nil, false, r.err
	}
	if off := int(r.nread); n <= len(r.stored)-off {
		p = r.stored[off : off+n]
	} else {
		r.err = io.ErrUnexpectedEOF
		return nil, true, r.err
	}
	r.r.(*bytes.Reader).Seek(int64(n), io.SeekCurrent)
	r.crc = crc32.Update(r.crc, crc32.IEEETable, p)
	r.nread += uint64(n)
	if r.nread > r.e.size {
		r.err = zip.ErrFormat
		return nil, true, r.err
	}
	return p, true, nil
}

// takeChunk takes n bytes from r without copying when r allows it.
func takeChunk(r io.Reader, n int) ([]byte, bool, error) {
	if t, ok := r.(*entryReader); ok {
		return t.take(n)
	}
	return nil, false, nil
}

func (r *entryReader) Close() error {
	if r.fr != nil {
		flatePool.Put(r.fr)
		r.fr = nil
	}
	return nil
}
