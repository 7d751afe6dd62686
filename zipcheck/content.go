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
	off, err := a.dataOffset(e)
	if err == nil && (e.csize > uint64(a.size) || off > a.size-int64(e.csize)) {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, &corruptError{a.path, e.raw, err}
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
	case zip.Deflate:
		r.fr = flatePool.Get().(io.ReadCloser)
		if err := r.fr.(flate.Resetter).Reset(src, nil); err != nil {
			return nil, &corruptError{a.path, e.raw, err}
		}
		r.r = r.fr
	default:
		return nil, &corruptError{a.path, e.raw, zip.ErrAlgorithm}
	}
	return r, nil
}

// flatePool keeps decompressors (each with its 32 KiB window) for reuse
// across entries.
var flatePool = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// entryReader is one entry being read.
type entryReader struct {
	e     *entry
	r     io.Reader
	fr    io.ReadCloser // the pooled decompressor, nil for stored entries
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
	return nil
}
