package zipcheck

import (
	"archive/zip"
	"fmt"
	"strings"
)

// maxPerRule bounds the findings one rule reports on one archive; the rest
// are counted in one last finding, so a package made with the wrong tool
// gives ten lines, not ten thousand.
const maxPerRule = 10

// capped reports one rule's findings with that bound.
type capped struct {
	c    *checker
	a    *archive
	rule string
	n    int
}

func (k *capped) add(entry, format string, args ...any) {
	if k.n < maxPerRule {
		k.c.report(k.a, k.rule, entry, format, args...)
	}
	k.n++
}

// flush reports the findings over the bound; what completes "N more
// entries …".
func (k *capped) flush(what string) {
	if k.n > maxPerRule {
		k.c.report(k.a, k.rule, "", "%d more entries %s", k.n-maxPerRule, what)
	}
}

// checkHygiene reports entries that extract badly or not at all: unsafe
// names, encrypted entries, unknown compression methods, duplicates, and
// files the runtime user cannot read.
func (c *checker) checkHygiene(a *archive) error {
	unsafe := &capped{c: c, a: a, rule: "path-unsafe"}
	encrypted := &capped{c: c, a: a, rule: "zip-encrypted"}
	method := &capped{c: c, a: a, rule: "zip-method"}
	dup := &capped{c: c, a: a, rule: "zip-duplicate"}
	perms := &capped{c: c, a: a, rule: "permissions"}
	// Counts of files that share a name with an earlier entry: the index
	// holds the first, so the names of most packages never enter it.
	later := map[string]int{}
	index := a.index()
	for i, e := range a.entries {
		if p := pathProblem(e.raw); p != "" {
			unsafe.add(e.raw, "%s", p)
		}
		switch {
		case e.flags&0x1 != 0 || e.method == 99:
			encrypted.add(e.raw, "%s is encrypted: Lambda cannot extract it (it has no password); re-create the zip without encryption", e.raw)
		case e.method != zip.Store && e.method != zip.Deflate:
			method.add(e.raw, "%s is compressed with %s, which Lambda cannot extract; re-create the zip with deflate, the default of zip and most tools", e.raw, methodName(e.method))
		}
		if index.isLater(i) && !e.dir {
			first := a.lookup(e.name())
			later[e.name()]++
			n := later[e.name()]
			if !first.dir {
				n++
			}
			if n == 2 {
				dup.add(e.raw, "%s is in the zip more than once: which copy is extracted depends on the tool; re-create the zip from a clean folder", e.name())
			}
		}
		if e.unix && e != c.executable {
			c.checkMode(perms, e)
		}
	}
	unsafe.flush("have unsafe paths")
	encrypted.flush("are encrypted")
	method.flush("use a compression method Lambda cannot extract")
	dup.flush("are duplicated")
	perms.flush("cannot be read by the runtime user; run `chmod -R o+rX .` before zipping")
	return nil
}

// checkMode reports files and folders the runtime user cannot read: Lambda
// runs code as a user that is neither the files' owner nor in their group,
// so only the "other" permission bits count.
func (c *checker) checkMode(perms *capped, e *entry) {
	m := e.mode
	switch {
	case e.dir || m.IsDir():
		if m.Perm()&0o005 != 0o005 {
			perms.add(e.raw, "folder %s has mode %04o: the runtime user cannot enter it, so imports from it fail; make folders 755 (`chmod -R o+rX .`) before zipping", e.name(), m.Perm())
		}
	case m.IsRegular():
		if m.Perm()&0o004 == 0 {
			perms.add(e.raw, "%s has mode %04o: the runtime user cannot read it (Lambda runs code as another user than the owner); make files 644 and executables 755 (`chmod -R o+rX .`) before zipping", e.name(), m.Perm())
		}
	}
}

// pathProblem says what is unsafe about an entry name, or "".
func pathProblem(name string) string {
	switch {
	case name == "":
		return "an entry has an empty name; re-create the zip"
	case strings.HasPrefix(name, "/") || strings.HasPrefix(name, `\`):
		return fmt.Sprintf("%s is an absolute path: extracting it would write outside the package; zip relative paths (cd into the folder first)", name)
	case len(name) >= 2 && name[1] == ':' && isLetter(name[0]):
		return fmt.Sprintf("%s starts with a drive letter; zip relative paths", name)
	case hasDotDot(name):
		return fmt.Sprintf("%s has a `..` element that points outside the package (zip slip); zip relative paths without `..`", name)
	case strings.ContainsRune(name, '\\'):
		return fmt.Sprintf("%s uses backslashes, so Linux extracts one file named %q instead of folders and the runtime cannot find it; re-create the zip with a tool that writes / (zip, 7-Zip, PowerShell 7's Compress-Archive)", name, name)
	case strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7f }):
		return fmt.Sprintf("%q has control characters in its name; rename it", name)
	}
	return ""
}

// hasDotDot reports a ".." element, with / or \ as separators. It runs
// on every entry of packages with tens of thousands, so it does not split.
func hasDotDot(name string) bool {
	if !strings.Contains(name, "..") {
		return false
	}
	for rest := name; ; {
		i := strings.IndexAny(rest, `/\`)
		if i < 0 {
			return rest == ".."
		}
		if rest[:i] == ".." {
			return true
		}
		rest = rest[i+1:]
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func methodName(m uint16) string {
	switch m {
	case 1:
		return "shrink (method 1)"
	case 6:
		return "implode (method 6)"
	case 9:
		return "deflate64 (method 9, written by Windows for large files)"
	case 12:
		return "bzip2 (method 12)"
	case 14:
		return "LZMA (method 14)"
	case 93:
		return "zstd (method 93)"
	case 95:
		return "xz (method 95)"
	case 98:
		return "PPMd (method 98)"
	}
	return fmt.Sprintf("compression method %d", m)
}

// Absolute symlink targets that are fine: inside the package, in a layer,
// or the writable /tmp (a common way to give a library a cache folder).
var safeLinkRoots = []string{"/var/task/", "/opt/", "/tmp/"}

// maxSymlinks bounds the link targets read per archive.
const maxSymlinks = 20000

// checkSymlinks reports symlinks that point outside the package: to the
// build machine's files (/Users/…, /home/…) or anywhere a ".." climbs to.
func (c *checker) checkSymlinks(a *archive) error {
	if !c.on("path-unsafe") {
		return nil
	}
	out := &capped{c: c, a: a, rule: "path-unsafe"}
	read := 0
	for _, e := range a.entries {
		if !e.isSymlink() || e.unreadable || e.size == 0 || c.explained[e] {
			continue
		}
		if read++; read > maxSymlinks {
			break
		}
		b, err := a.readPrefix(e, maxInterp)
		if err != nil {
			return err
		}
		target := string(b)
		if strings.HasPrefix(target, "/") {
			ok := false
			for _, r := range safeLinkRoots {
				ok = ok || strings.HasPrefix(target+"/", r)
			}
			if !ok {
				out.add(e.raw, "%s is a symlink to %s, outside the package: the path does not exist in Lambda or exposes its files; ship the file itself (`zip -y` keeps links, plain `zip -r` copies their targets)", e.name(), target)
			}
			continue
		}
		if _, inside := a.linkTarget(e.name(), target); !inside {
			out.add(e.raw, "%s is a symlink to %s, which leaves the package; ship the file itself or point the link inside the package", e.name(), target)
		}
	}
	out.flush("are symlinks that leave the package")
	return nil
}
