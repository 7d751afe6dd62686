package zipcheck

import (
	"archive/zip"
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"strings"
)

// readDirectory reads the central directory of a zip of the given size,
// through r. It accepts and rejects exactly what archive/zip's NewReader
// does (FuzzDirectory holds it to that, error for error) but keeps only
// the fields the checks use: archive/zip's reader allocates a File with
// its name, comment, extra fields and times for every entry, which made
// reading the directory of a 20,000-entry package a fifth of the time of
// checking it, all of it before any check could start.
func readDirectory(r io.ReaderAt, size int64) ([]entry, error) {
	end, base, err := readDirectoryEnd(r, size)
	if err != nil {
		return nil, err
	}
	start := base + int64(end.offset)
	src := &records{r: bufio.NewReaderSize(io.NewSectionReader(r, start, size-start), 64<<10)}
	// The entries are filled in place: on a fresh process every page of
	// a large package's entries is a page fault, so they are not copied
	// from a slice of headers.
	var es []entry
	// As in archive/zip: the count is truncated to 16 bits in the end
	// record, so records are read until a bad one, and the count checked
	// modulo 65536.
	if end.size < uint64(size) && (uint64(size)-end.size)/30 >= end.records {
		es = make([]entry, 0, end.records)
	}
	src.names.Grow(int(min(end.size, maxNameBlock)))
	for {
		var h header
		err = readHeader(&h, src)
		if err == zip.ErrFormat || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		h.offset += base
		es = append(es, entry{})
		es[len(es)-1].init(h)
	}
	if uint16(len(es)) != uint16(end.records) {
		return nil, err
	}
	return es, nil
}

// header is what the checks use of a central directory record.
type header struct {
	raw           string // the name as recorded
	creator       uint16 // version made by: host system in the high byte
	flags, method uint16
	crc32         uint32
	csize, size   uint64 // compressed and uncompressed (declared) size
	external      uint32 // external attributes: the Unix mode in the high 16 bits
	offset        int64  // of the local header
}

// Record layouts (APPNOTE 4.3.7, 4.3.12, 4.3.14-16).
const (
	localHeaderLen     = 30
	dirHeaderLen       = 46
	dirEndLen          = 22
	dir64LocatorLen    = 20
	dir64EndLen        = 56
	localHeaderSig     = 0x04034b50
	dirHeaderSig       = 0x02014b50
	dirEndSig          = 0x06054b50
	dir64LocatorSig    = 0x07064b50
	dir64EndSig        = 0x06064b50
	zip64ExtraID       = 0x0001
	maxUint32          = 1<<32 - 1
	flagDataDescriptor = 0x8 // sizes and CRC-32 also follow the data
)

var le = binary.LittleEndian

// records yields the bytes of consecutive records through one small
// buffer (a large package's directory is megabytes).
type records struct {
	r   *bufio.Reader
	buf []byte
	// names holds the names read, one after the other: a string each
	// would be tens of thousands of small allocations. The strings
	// handed out stay valid when it grows.
	names strings.Builder
}

// maxNameBlock bounds the names block allocated up front (the directory's
// size is a bound but comes from the file).
const maxNameBlock = 16 << 20

// name returns b as a string kept in the names block.
func (s *records) name(b []byte) string {
	s.names.Write(b)
	all := s.names.String()
	return all[len(all)-len(b):]
}

// next returns the next n bytes with io.ReadFull's errors: io.EOF when
// nothing is left, io.ErrUnexpectedEOF when less than n is. The slice is
// valid until the next call.
func (s *records) next(n int) ([]byte, error) {
	if cap(s.buf) < n {
		s.buf = make([]byte, n)
	}
	p := s.buf[:n]
	if _, err := io.ReadFull(s.r, p); err != nil {
		return nil, err
	}
	return p, nil
}

// readHeader reads one central directory record, as archive/zip's
// readDirectoryHeader.
func readHeader(h *header, src *records) error {
	b, err := src.next(dirHeaderLen)
	if err != nil {
		return err
	}
	if le.Uint32(b) != dirHeaderSig {
		return zip.ErrFormat
	}
	h.creator = le.Uint16(b[4:])
	h.flags = le.Uint16(b[8:])
	h.method = le.Uint16(b[10:])
	h.crc32 = le.Uint32(b[16:])
	csize, size := le.Uint32(b[20:]), le.Uint32(b[24:])
	h.csize, h.size = uint64(csize), uint64(size)
	nameLen, extraLen, commentLen := int(le.Uint16(b[28:])), int(le.Uint16(b[30:])), int(le.Uint16(b[32:]))
	h.external = le.Uint32(b[38:])
	offset := le.Uint32(b[42:])

	d, err := src.next(nameLen + extraLen + commentLen)
	if err != nil {
		return err
	}
	h.raw = src.name(d[:nameLen])
	// An uncompressed size of 2³²-1 without a zip64 field is accepted
	// (archive/zip does, for 42.zip); the other two are not.
	needSize, needCSize, needOffset := size == maxUint32, csize == maxUint32, offset == maxUint32
	off64 := uint64(offset)
	for extra := d[nameLen : nameLen+extraLen]; len(extra) >= 4; {
		tag, n := le.Uint16(extra), int(le.Uint16(extra[2:]))
		extra = extra[4:]
		if len(extra) < n {
			break
		}
		field := extra[:n]
		extra = extra[n:]
		if tag != zip64ExtraID {
			continue
		}
		// Each value maxed out in the record follows, in this order.
		for _, v := range []struct {
			need *bool
			dst  *uint64
		}{{&needSize, &h.size}, {&needCSize, &h.csize}, {&needOffset, &off64}} {
			if !*v.need {
				continue
			}
			*v.need = false
			if len(field) < 8 {
				return zip.ErrFormat
			}
			*v.dst = le.Uint64(field)
			field = field[8:]
		}
	}
	if needCSize || needOffset {
		return zip.ErrFormat
	}
	h.offset = int64(off64)
	return nil
}

// dirEnd is the end of central directory record, zip64 values applied.
type dirEnd struct {
	records      uint64
	size, offset uint64
}

// readDirectoryEnd finds the end record in the last 1 KiB, then in the
// last 65 KiB, and the directory's base offset (non-zero for archives
// with data before them, such as self-extracting ones), as archive/zip's
// readDirectoryEnd.
func readDirectoryEnd(r io.ReaderAt, size int64) (*dirEnd, int64, error) {
	var buf []byte
	var endOffset int64
	for i, n := range []int64{1024, 65 * 1024} {
		n = min(n, size)
		buf = make([]byte, n)
		if _, err := r.ReadAt(buf, size-n); err != nil && err != io.EOF {
			return nil, 0, err
		}
		if p := findDirectoryEnd(buf); p >= 0 {
			buf = buf[p:]
			endOffset = size - n + int64(p)
			break
		}
		if i == 1 || n == size {
			return nil, 0, zip.ErrFormat
		}
	}
	d := &dirEnd{records: uint64(le.Uint16(buf[10:])), size: uint64(le.Uint32(buf[12:])), offset: uint64(le.Uint32(buf[16:]))}
	if int(le.Uint16(buf[20:])) > len(buf)-dirEndLen {
		return nil, 0, errors.New("zip: invalid comment length")
	}
	if d.records == 0xffff || d.size == 0xffff || d.offset == maxUint32 {
		p, err := findDirectory64End(r, endOffset)
		if err == nil && p >= 0 {
			endOffset = p
			err = readDirectory64End(r, p, d)
		}
		if err != nil {
			return nil, 0, err
		}
	}
	const maxInt64 = 1<<63 - 1
	if d.size > maxInt64 || d.offset > maxInt64 {
		return nil, 0, zip.ErrFormat
	}
	base := endOffset - int64(d.size) - int64(d.offset)
	if o := base + int64(d.offset); o < 0 || o >= size {
		return nil, 0, zip.ErrFormat
	}
	// Some writers record a wrong base: when a record is where the
	// offset alone points, archive/zip trusts the offset.
	if base > 0 {
		off := int64(d.offset)
		src := &records{r: bufio.NewReader(io.NewSectionReader(r, off, size-off))}
		if readHeader(&header{}, src) == nil {
			base = 0
		}
	}
	return d, base, nil
}

// findDirectoryEnd returns the position of the last end record signature
// in b, or -1 (also when its comment is cut short).
func findDirectoryEnd(b []byte) int {
	for i := len(b) - dirEndLen; i >= 0; i-- {
		if le.Uint32(b[i:]) == dirEndSig {
			if n := int(le.Uint16(b[i+dirEndLen-2:])); n+dirEndLen+i > len(b) {
				return -1
			}
			return i
		}
	}
	return -1
}

func findDirectory64End(r io.ReaderAt, endOffset int64) (int64, error) {
	loc := endOffset - dir64LocatorLen
	if loc < 0 {
		return -1, nil
	}
	b := make([]byte, dir64LocatorLen)
	if _, err := r.ReadAt(b, loc); err != nil {
		return -1, err
	}
	if le.Uint32(b) != dir64LocatorSig || le.Uint32(b[4:]) != 0 || le.Uint32(b[16:]) != 1 {
		return -1, nil
	}
	return int64(le.Uint64(b[8:])), nil
}

func readDirectory64End(r io.ReaderAt, offset int64, d *dirEnd) error {
	b := make([]byte, dir64EndLen)
	if _, err := r.ReadAt(b, offset); err != nil {
		return err
	}
	if le.Uint32(b) != dir64EndSig {
		return zip.ErrFormat
	}
	d.records, d.size, d.offset = le.Uint64(b[32:]), le.Uint64(b[40:]), le.Uint64(b[48:])
	return nil
}

// dataOffset returns where an entry's data starts, after its local
// header, as archive/zip's DataOffset.
func (a *archive) dataOffset(e *entry) (int64, error) {
	var b [localHeaderLen]byte
	if _, err := a.file.ReadAt(b[:], e.offset); err != nil {
		return 0, err
	}
	if le.Uint32(b[:]) != localHeaderSig {
		return 0, zip.ErrFormat
	}
	return e.offset + localHeaderLen + int64(le.Uint16(b[26:])) + int64(le.Uint16(b[28:])), nil
}
