package zipcheck

import (
	"bytes"
	"encoding/binary"
	"io"
	"runtime/debug"
	"unicode/utf8"
)

// exeInfo is what one streamed pass over an executable tells.
type exeInfo struct {
	format string // elf, mach-o, pe, script, bom-script, text, zip, empty, unknown

	// ELF identification (e_ident, e_type, e_machine).
	class, data, osabi byte
	etype, machine     uint16
	short              bool // ELF header cut short: not loadable

	dynamic bool   // has a PT_INTERP: the kernel starts a dynamic loader
	interp  string // that loader, when it lies in the first bytes
	glibc   [2]int // highest GLIBC_2.N version the binary names (dynamic only)

	symtab     bool   // has a symbol table: not stripped with -s
	debugBytes uint64 // non-allocated sections: symbols and DWARF, what -s -w drop

	build *debug.BuildInfo // Go build information, nil for other binaries
	oldGo bool             // Go build information in the pre-Go 1.18 form

	shebang string // script: the #! line
	crlf    bool   // script: the #! line ends in \r (saved on Windows)

	accessKey bool // an AWS access key id is embedded

	std []bool // std[i]: the package of stdMarkers[i] is linked (Go binaries)
}

// ELF constants (from debug/elf, kept local so the parser stays a plain
// byte reader with its own bounds checks).
const (
	elfClass64 = 2
	elfDataLE  = 1
	ptLoad     = 1
	ptInterp   = 3
	pfX        = 1
	pfW        = 2
	shtNull    = 0
	shtSymtab  = 2
	shtNobits  = 8
	shfAlloc   = 2
)

// Bounds of one scan: memory stays below a few MiB whatever the input.
const (
	exeHead        = 64 << 10  // the ELF and program headers live here
	exeChunk       = 128 << 10 // streaming buffer: a read into it stays in the CPU's cache
	maxExeScan     = 512 << 20 // stop after this much (the unzipped limit is 250 MiB)
	dataHead       = 64 << 10  // the start of the data segment, where Go puts its build info
	maxDataRegion  = 4 << 20   // the most kept of it when the build info runs on
	maxDataSegs    = 4         // writable segments looked at for it
	maxSectionHdrs = 4 << 20   // section header table
	maxInterp      = 4096
	scanCarry      = 32 // bytes kept between chunks so matches may straddle them
)

// The Go build information blob (debug/buildinfo): a 32-byte header
// whose flags say whether the version and module strings follow inline.
const (
	buildInfoHeaderSize  = 32
	buildInfoFlagsOffset = 15
	buildInfoFlagsInline = 0x2
)

var (
	buildInfoMagic = []byte("\xff Go buildinf:")
	glibcTag       = []byte("GLIBC_2.")
)

// scanExecutable reads an executable of the given size from r once. With
// full unset it reads only the first bytes (enough to identify the format
// and the machine); otherwise it streams to the end to find the Go build
// information, the section table, glibc version references and access
// keys. Errors are read errors from r.
func scanExecutable(r io.Reader, size uint64, full bool) (*exeInfo, error) {
	// The head is the start of the buffer the rest streams through: all
	// that is kept of it is copied out before the buffer is reused.
	bufSize := uint64(exeHead)
	if full {
		bufSize = exeChunk
	}
	buf := make([]byte, min(bufSize, size))
	head := buf[:min(uint64(exeHead), size)]
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, err
	}
	x := identify(head)
	if x.format != "elf" || x.short || x.class != elfClass64 || x.data != elfDataLE {
		return x, nil
	}
	le := binary.LittleEndian
	phoff, shoff := le.Uint64(head[32:]), le.Uint64(head[40:])
	phentsize, phnum := le.Uint16(head[54:]), le.Uint16(head[56:])
	shentsize, shnum, shstrndx := le.Uint16(head[58:]), le.Uint16(head[60:]), le.Uint16(head[62:])

	var sections *region
	// The writable segments' first bytes, where the linker puts the
	// build information: first in the data segment, which a PIE has
	// after a RELRO segment of its own.
	var dataSegs []*region
	var dataVaddrs []uint64
	if phentsize == 56 && phoff <= uint64(len(head)) && uint64(phnum)*56 <= uint64(len(head))-phoff {
		for i := uint64(0); i < uint64(phnum); i++ {
			ph := head[phoff+i*56 : phoff+(i+1)*56]
			typ, flags := le.Uint32(ph[0:]), le.Uint32(ph[4:])
			off, vaddr, filesz := le.Uint64(ph[8:]), le.Uint64(ph[16:]), le.Uint64(ph[32:])
			switch {
			case typ == ptInterp:
				x.dynamic = true
				if off <= uint64(len(head)) && filesz <= maxInterp && filesz <= uint64(len(head))-off {
					x.interp = string(bytes.TrimRight(head[off:off+filesz], "\x00"))
				}
			case typ == ptLoad && flags&(pfX|pfW) == pfW && filesz > 0 && len(dataSegs) < maxDataSegs:
				// Each keeps its first bytes, and more when build
				// information found there runs on (a module with many
				// dependencies). The first keeps up to maxDataRegion when
				// none is found at its start, for linkers that put other
				// sections first (external linking).
				first, limit := len(dataSegs) == 0, min(filesz, maxDataRegion)
				dataSegs = append(dataSegs, &region{off: off, n: min(filesz, dataHead), grow: func(b []byte) uint64 {
					need, found := buildInfoEnd(b, vaddr)
					if !found && first {
						return limit
					}
					return min(limit, need)
				}})
				dataVaddrs = append(dataVaddrs, vaddr)
			}
		}
	}
	if shentsize == 64 && shnum > 0 && shoff > 0 && uint64(shnum)*64 <= maxSectionHdrs {
		sections = &region{off: shoff, n: uint64(shnum) * 64}
	}
	if !full {
		return x, nil
	}

	s := stream{regions: append(dataSegs, sections), glibc: x.dynamic, std: make([]bool, len(stdMarkers))}
	s.feed(head, 0)
	for off := uint64(len(head)); off < size && off < maxExeScan; {
		n := min(exeChunk, size-off)
		chunk := buf[:n]
		if _, err := io.ReadFull(r, chunk); err != nil {
			return nil, err
		}
		s.feed(chunk, off)
		off += n
	}
	x.glibc = s.glibcMax
	x.accessKey = s.accessKey
	x.std = s.std

	if sections != nil && sections.complete() {
		for i := 0; i < int(shnum); i++ {
			sh := sections.buf[i*64 : (i+1)*64]
			typ, flags, sz := le.Uint32(sh[4:]), le.Uint64(sh[8:]), le.Uint64(sh[32:])
			if typ == shtSymtab {
				x.symtab = true
			}
			if typ != shtNull && typ != shtNobits && flags&shfAlloc == 0 && i != int(shstrndx) {
				x.debugBytes = addSat(x.debugBytes, sz)
			}
		}
	}
	for i, seg := range dataSegs {
		if seg.got == 0 {
			continue
		}
		if x.build, x.oldGo = parseBuildInfo(seg.buf[:seg.got], dataVaddrs[i]); x.build != nil || x.oldGo {
			break
		}
	}
	return x, nil
}

// identify tells the format from the first bytes.
func identify(head []byte) *exeInfo {
	x := &exeInfo{format: "unknown"}
	switch {
	case len(head) == 0:
		x.format = "empty"
	case bytes.HasPrefix(head, []byte("\x7fELF")):
		x.format = "elf"
		if len(head) < 64 {
			x.short = true
			return x
		}
		x.class, x.data, x.osabi = head[4], head[5], head[7]
		bo := binary.ByteOrder(binary.LittleEndian)
		if x.data != elfDataLE {
			bo = binary.BigEndian
		}
		x.etype, x.machine = bo.Uint16(head[16:]), bo.Uint16(head[18:])
	case len(head) >= 4 && isMachO(head):
		x.format = "mach-o"
	case bytes.HasPrefix(head, []byte("MZ")):
		x.format = "pe"
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf#!")):
		x.format = "bom-script" // the kernel needs #! in the first two bytes
	case bytes.HasPrefix(head, []byte("#!")):
		x.format = "script"
		line := head
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		line = line[:min(len(line), 256)]
		x.crlf = bytes.HasSuffix(line, []byte("\r"))
		x.shebang = string(bytes.TrimRight(line, "\r"))
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		x.format = "zip"
	case looksText(head):
		x.format = "text"
	}
	return x
}

func isMachO(b []byte) bool {
	switch binary.BigEndian.Uint32(b) {
	case 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe:
		return true
	}
	return false
}

// looksText reports bytes that read as text: valid UTF-8 without NULs.
func looksText(b []byte) bool {
	b = b[:min(len(b), 1024)]
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	// A cut in the middle of a rune at the end is fine.
	for i := 0; i < utf8.UTFMax && len(b) > 0 && !utf8.Valid(b); i++ {
		b = b[:len(b)-1]
	}
	return utf8.Valid(b)
}

// region collects the bytes [off, off+n) of a stream as they pass.
type region struct {
	off, n uint64
	buf    []byte
	got    uint64 // bytes collected from the start of the region
	// grow, when set, is asked for a new n once the region is complete;
	// it may extend it (over bytes the stream has not passed yet).
	grow func(b []byte) uint64
}

func (r *region) complete() bool { return r.got == r.n }

// feed copies the part of chunk (at stream offset at) that continues the
// region; bytes before a gap are never filled in later, so got only
// counts a contiguous prefix.
func (r *region) feed(chunk []byte, at uint64) {
	if r.got == r.n {
		return
	}
	want := r.off + r.got // next stream offset the region needs
	end := at + uint64(len(chunk))
	if want < at || want >= end {
		return
	}
	if r.buf == nil {
		r.buf = make([]byte, r.n)
	}
	k := copy(r.buf[r.got:], chunk[want-at:])
	r.got += uint64(k)
	if r.got == r.n && r.grow != nil {
		if n := r.grow(r.buf); n > r.n {
			buf := make([]byte, n)
			copy(buf, r.buf)
			r.buf, r.n = buf, n
			r.feed(chunk, at)
		}
	}
}

// stream runs the pattern scans and region captures over the chunks.
type stream struct {
	regions   []*region
	glibc     bool
	glibcMax  [2]int
	accessKey bool
	std       []bool
	carry     []byte
	window    []byte
}

func (s *stream) feed(chunk []byte, at uint64) {
	for _, r := range s.regions {
		if r != nil {
			r.feed(chunk, at)
		}
	}
	// A match across the boundary with the previous chunk lies in the
	// previous chunk's tail and this one's first bytes: that window is
	// scanned on its own (a match seen twice is harmless), so the chunk
	// itself is scanned where it lies, with no copy.
	if len(s.carry) > 0 {
		s.window = append(append(s.window[:0], s.carry...), chunk[:min(len(chunk), scanCarry)]...)
		s.scan(s.window)
	}
	s.scan(chunk)
	if len(chunk) >= scanCarry {
		s.carry = append(s.carry[:0], chunk[len(chunk)-scanCarry:]...)
	} else {
		s.carry = append(s.carry, chunk...)
		s.carry = s.carry[len(s.carry)-min(len(s.carry), scanCarry):]
	}
}

func (s *stream) scan(w []byte) {
	if s.glibc {
		for i := 0; ; {
			j := bytes.Index(w[i:], glibcTag)
			if j < 0 {
				break
			}
			i += j + len(glibcTag)
			if minor, ok := leadingInt(w[i:]); ok && minor > s.glibcMax[1] {
				s.glibcMax = [2]int{2, minor}
			}
		}
	}
	if !s.accessKey {
		s.accessKey = hasAccessKeyID(w, false)
	}
	scanStdMarkers(w, s.std)
}

// leadingInt parses the decimal digits at the start of b (at most 4).
func leadingInt(b []byte) (int, bool) {
	n, i := 0, 0
	for ; i < len(b) && i < 4 && b[i] >= '0' && b[i] <= '9'; i++ {
		n = n*10 + int(b[i]-'0')
	}
	return n, i > 0
}

// parseBuildInfo finds the Go build information blob in the first bytes of
// a binary's data segment (vaddr is the segment's address, for the 16-byte
// alignment the linker gives the blob) and decodes it the way
// debug/buildinfo does for Go 1.18 and later: a 32-byte header followed by
// the toolchain version and the module information as varint-prefixed
// strings. old reports the pointer-based form of older toolchains, which
// needs the whole binary to decode.
func parseBuildInfo(data []byte, vaddr uint64) (bi *debug.BuildInfo, old bool) {
	const (
		headerSize  = buildInfoHeaderSize
		flagsOffset = buildInfoFlagsOffset
		flagsInline = buildInfoFlagsInline
	)
	for i := 0; i < len(data); {
		j := bytes.Index(data[i:], buildInfoMagic)
		if j < 0 {
			return nil, false
		}
		p := i + j
		i = p + 1
		if (vaddr+uint64(p))%16 != 0 || len(data)-p < headerSize {
			continue
		}
		if data[p+flagsOffset]&flagsInline == 0 {
			return nil, true
		}
		vers, rest, ok := varintString(data[p+headerSize:])
		if !ok || vers == "" {
			continue
		}
		mod, _, ok := varintString(rest)
		if !ok {
			continue
		}
		// The module information is framed by two 16-byte sentinels
		// (cmd/go/internal/modload's infoStart and infoEnd).
		if len(mod) >= 33 && mod[len(mod)-17] == '\n' {
			mod = mod[16 : len(mod)-16]
		} else {
			mod = ""
		}
		info, err := debug.ParseBuildInfo(mod)
		if err != nil {
			info = &debug.BuildInfo{}
		}
		info.GoVersion = vers
		return info, false
	}
	return nil, false
}

// buildInfoEnd returns how many bytes from the start of data (the first
// bytes of a writable segment at address vaddr) parseBuildInfo needs: to
// the end of the first complete Go build information blob, or further
// when a blob's lengths run past data. found is false when data holds no
// blob at all.
func buildInfoEnd(data []byte, vaddr uint64) (need uint64, found bool) {
	for i := 0; i < len(data); {
		j := bytes.Index(data[i:], buildInfoMagic)
		if j < 0 {
			break
		}
		p := i + j
		i = p + 1
		if (vaddr+uint64(p))%16 != 0 {
			continue
		}
		if len(data)-p < buildInfoHeaderSize {
			return uint64(p + buildInfoHeaderSize), true
		}
		if data[p+buildInfoFlagsOffset]&buildInfoFlagsInline == 0 {
			return uint64(len(data)), true // the pre-1.18 form: nothing more to read
		}
		// The version, then the module information; a blob without a
		// version is skipped, as parseBuildInfo skips it.
		vers, need := varintField(data, p+buildInfoHeaderSize)
		if need != 0 {
			return need, true
		}
		if vers.empty() {
			continue
		}
		mod, need := varintField(data, vers.end)
		if need != 0 {
			return need, true
		}
		return uint64(mod.end), true
	}
	return uint64(len(data)), false
}

// span is a varint-prefixed field of the build information: its bytes
// are [start, end).
type span struct{ start, end int }

func (s span) empty() bool { return s.start == s.end }

// varintField reads the field at data[at:]. need is non-zero when data
// does not hold all of it: the prefix of the data segment to look at
// instead (len(data) when the field is damaged, which no more bytes mend).
func varintField(data []byte, at int) (f span, need uint64) {
	n, k := binary.Uvarint(data[at:])
	switch {
	case k == 0:
		return span{}, uint64(len(data)) + dataHead // cut off
	case k < 0 || n > maxDataRegion:
		return span{}, uint64(len(data)) // damaged
	}
	f = span{at + k, at + k + int(n)}
	if f.end > len(data) {
		return span{}, uint64(f.end)
	}
	return f, 0
}

func varintString(b []byte) (s string, rest []byte, ok bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return "", nil, false
	}
	return string(b[k : k+int(n)]), b[k+int(n):], true
}

// hasAccessKeyID reports an AWS access key id (AKIA… long-term, ASIA…
// temporary: the prefix and 16 base-32 characters) other than the
// documentation's example keys. In text (words set) the id must stand
// alone; a Go binary packs its string literals without separators, so
// there any occurrence counts (16 base-32 characters after the prefix do
// not happen by chance).
func hasAccessKeyID(b []byte, words bool) bool {
	for _, prefix := range [][]byte{[]byte("AKIA"), []byte("ASIA")} {
		for i := 0; ; {
			j := bytes.Index(b[i:], prefix)
			if j < 0 {
				break
			}
			p := i + j
			i = p + 1
			if p+20 > len(b) || words && p > 0 && isAlnum(b[p-1]) {
				continue
			}
			key := b[p : p+20]
			if !isBase32(key[4:]) || words && p+20 < len(b) && isAlnum(b[p+20]) {
				continue
			}
			if bytes.HasSuffix(key, []byte("EXAMPLE")) {
				continue
			}
			return true
		}
	}
	return false
}

func isBase32(b []byte) bool {
	for _, c := range b {
		if !(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}
