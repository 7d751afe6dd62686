//go:build unix

package zipcheck

import (
	"os"
	"syscall"
)

// mapFile maps the archive into memory read-only. The checker reads the
// central directory, the bootstrap and thousands of small text files at
// scattered offsets: through the page cache mapping that is a memory copy
// each, where ReadAt costs a system call each (a third of the time of
// checking a large package went to pread). ok is false when the file
// cannot be mapped (a size the address space cannot hold, a file system
// without mmap); the caller then reads the file.
//
// A file truncated by another process while it is mapped faults on the
// next read of the lost pages; the go command maps its index files on the
// same terms.
func mapFile(f *os.File, size int64) (data []byte, unmap func() error, ok bool) {
	if size <= 0 || int64(int(size)) != size {
		return nil, nil, false
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, false
	}
	return data, func() error { return syscall.Munmap(data) }, true
}
