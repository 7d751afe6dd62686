package zipcheck

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// checkBinary reads the executable Lambda starts and reports what would
// make the kernel or the dynamic loader refuse it, and Go build advice.
func (c *checker) checkBinary(a *archive, e *entry, name string) error {
	// Rules that need the whole binary streamed, not only its header.
	full := c.on("bootstrap-glibc") || c.on("go-build") || c.on("secret") || c.on("binary-sdk-v1") || c.on("binary-test-package")
	if e.unreadable || !(c.on("bootstrap-arch") || full) {
		return nil
	}
	rc, err := a.open(e)
	if err != nil {
		return err
	}
	x, err := scanExecutable(rc, e.size, full)
	if err == nil && full && e.size <= maxExeScan {
		err = readEOF(rc) // checks the CRC-32 of what was read
	}
	rc.Close()
	if err != nil {
		return &corruptError{a.path, e.raw, err}
	}
	if !c.checkFormat(a, e, name, x) {
		return nil
	}
	c.checkLoader(a, e, name, x)
	if x.build != nil {
		c.checkGoBuild(a, e, name, x)
		c.checkGoModules(a, e, name, x)
	} else if x.oldGo {
		c.report(a, "go-build", e.raw,
			"%s was built by a Go toolchain older than 1.18 (its build information is in the pre-1.18 form), which gets no security fixes; rebuild it with a current Go release: `GOOS=linux GOARCH=%s CGO_ENABLED=0 go build -tags lambda.norpc -trimpath -ldflags='-s -w' -o %s`",
			name, c.arch.goarch, name)
	}
	if x.accessKey {
		c.report(a, "secret", e.raw,
			"%s has an AWS access key id compiled in: anyone who gets the package can use it; deactivate the key and let the function use its execution role", name)
	}
	return nil
}

// checkFormat reports a file the kernel cannot execute on the function's
// architecture (exec format error); it returns whether the file is a
// loadable Linux executable for it, or a script.
func (c *checker) checkFormat(a *archive, e *entry, name string, x *exeInfo) bool {
	const rule = "bootstrap-arch"
	goarch := c.arch.goarch
	bad := func(format string, args ...any) bool {
		c.report(a, rule, e.raw, "%s %s", name, fmt.Sprintf(format, args...))
		return false
	}
	switch x.format {
	case "empty":
		return bad("is empty; rebuild it")
	case "mach-o":
		return bad("is a macOS (Mach-O) executable, not a Linux one; build with GOOS=linux GOARCH=%s", goarch)
	case "pe":
		return bad("is a Windows (PE) executable, not a Linux one; build with GOOS=linux GOARCH=%s", goarch)
	case "zip":
		return bad("is a zip archive, not an executable; zip the executable itself")
	case "bom-script":
		return bad("starts with a UTF-8 byte order mark before its #! line, so the kernel does not see the #! and fails with exec format error; save it without BOM")
	case "text":
		return bad("is a text file without a #! line, so the kernel cannot run it (exec format error); start it with #!/bin/sh, or ship the compiled binary")
	case "unknown":
		return bad("is not a Linux executable (its first bytes match no known format); build it with GOOS=linux GOARCH=%s", goarch)
	case "script":
		if x.crlf {
			return bad("is a script whose #! line ends in a carriage return (Windows line endings): the kernel looks for an interpreter named %q and fails; convert it with `dos2unix`", strings.TrimPrefix(x.shebang, "#!")+"\r")
		}
		return true
	}
	switch {
	case x.short:
		return bad("is a truncated ELF file, shorter than its 64-byte header; rebuild it")
	case x.class != elfClass64:
		return bad("is a 32-bit %s executable; Lambda runs 64-bit code only: build with GOOS=linux GOARCH=%s", machineName(x.machine), goarch)
	case x.data != elfDataLE:
		return bad("is a big-endian %s executable; Lambda runs little-endian x86_64 or arm64 code: build with GOOS=linux GOARCH=%s", machineName(x.machine), goarch)
	case x.osabi != 0 && x.osabi != 3:
		return bad("is an ELF executable for %s, not Linux; build with GOOS=linux GOARCH=%s", osabiName(x.osabi), goarch)
	case x.etype != 2 && x.etype != 3:
		return bad("is an ELF %s, not an executable; build the main package with `go build -o %s`", etypeName(x.etype), name)
	case x.machine != c.arch.machine:
		other := machineName(x.machine)
		if x.machine == archX86.machine || x.machine == archARM.machine {
			return bad("is an %s executable but the function's architecture is %s (exec format error); build with GOOS=linux GOARCH=%s, or set the function's architecture to %s (-arch %s)",
				other, c.arch.name, goarch, other, other)
		}
		return bad("is a %s executable; Lambda runs x86_64 or arm64: build with GOOS=linux GOARCH=%s", other, goarch)
	}
	if x.build != nil {
		settings := buildSettings(x.build)
		if goos := settings["GOOS"]; goos != "" && goos != "linux" {
			return bad("was built with GOOS=%s; build with GOOS=linux GOARCH=%s", goos, goarch)
		}
	}
	return true
}

// checkLoader reports dynamically linked executables that the runtime's
// dynamic loader or C library cannot satisfy.
func (c *checker) checkLoader(a *archive, e *entry, name string, x *exeInfo) {
	const rule = "bootstrap-glibc"
	if x.format != "elf" || !x.dynamic || c.rt == nil {
		return
	}
	switch {
	case strings.Contains(x.interp, "musl"):
		c.report(a, rule, e.raw,
			"%s is linked against musl (interpreter %s), which Amazon Linux does not have; build with CGO_ENABLED=0, or link statically", name, x.interp)
	case x.interp != "" && x.interp != c.arch.interp && x.interp != "/lib/ld-linux-x86-64.so.2" && x.interp != "/usr/lib64/ld-linux-x86-64.so.2":
		c.report(a, rule, e.raw,
			"%s needs the dynamic loader %s, which Amazon Linux does not have (it has %s); build with CGO_ENABLED=0, or build on Amazon Linux", name, x.interp, c.arch.interp)
	case c.rt.glibc != [2]int{} && newer(x.glibc, c.rt.glibc):
		c.report(a, rule, e.raw,
			"%s needs glibc %d.%d but %s has glibc %d.%d, so it fails with GLIBC_2.%d not found; build with CGO_ENABLED=0, or build in the runtime's image (public.ecr.aws/lambda/%s)",
			name, x.glibc[0], x.glibc[1], c.rt.id, c.rt.glibc[0], c.rt.glibc[1], x.glibc[1], imageTag(c.rt.id))
	}
}

func newer(a, b [2]int) bool {
	return a[0] > b[0] || a[0] == b[0] && a[1] > b[1]
}

func imageTag(id string) string {
	switch id {
	case "provided.al2023":
		return "provided:al2023"
	case "provided.al2":
		return "provided:al2"
	}
	return "provided:al2023"
}

// checkGoBuild gives the build advice that keeps a Go function small,
// static and reproducible (info severity: the function works without it).
func (c *checker) checkGoBuild(a *archive, e *entry, name string, x *exeInfo) {
	s := buildSettings(x.build)
	var notes []string
	if s["CGO_ENABLED"] == "1" {
		if x.dynamic {
			notes = append(notes, "built with cgo and linked dynamically against the C library; set CGO_ENABLED=0 unless C code is needed")
		} else {
			notes = append(notes, "built with CGO_ENABLED=1; set CGO_ENABLED=0 unless C code is needed")
		}
	}
	if x.symtab || x.debugBytes > 0 {
		notes = append(notes, fmt.Sprintf("not stripped: -ldflags='-s -w' drops %s of symbols and debug information", human(x.debugBytes)))
	}
	if s["-trimpath"] != "true" {
		notes = append(notes, "no -trimpath: file paths of the build machine are embedded")
	}
	if c.rt != nil && c.rt.family == famOSOnly && usesModule(x.build, "github.com/aws/aws-lambda-go") && !hasTag(s["-tags"], "lambda.norpc") {
		notes = append(notes, "no -tags lambda.norpc: the net/rpc mode only the go1.x runtime used is linked in")
	}
	if len(notes) == 0 {
		return
	}
	c.report(a, "go-build", e.raw, "%s (%s): %s; build with `GOOS=linux GOARCH=%s CGO_ENABLED=0 go build -tags lambda.norpc -trimpath -ldflags='-s -w' -o %s`",
		name, x.build.GoVersion, strings.Join(notes, "; "), c.arch.goarch, name)
}

func buildSettings(bi *debug.BuildInfo) map[string]string {
	m := make(map[string]string, len(bi.Settings))
	for _, s := range bi.Settings {
		m[s.Key] = s.Value
	}
	return m
}

func usesModule(bi *debug.BuildInfo, mod string) bool {
	if bi.Main.Path == mod {
		return true
	}
	for _, d := range bi.Deps {
		if d.Path == mod {
			return true
		}
	}
	return false
}

func hasTag(tags, tag string) bool {
	for _, t := range strings.Split(tags, ",") {
		if strings.TrimSpace(t) == tag {
			return true
		}
	}
	return false
}

func machineName(m uint16) string {
	switch m {
	case 3:
		return "386"
	case 8:
		return "mips"
	case 20:
		return "ppc"
	case 21:
		return "ppc64"
	case 22:
		return "s390x"
	case 40:
		return "arm"
	case 62:
		return "x86_64"
	case 183:
		return "arm64"
	case 243:
		return "riscv64"
	case 258:
		return "loong64"
	}
	return fmt.Sprintf("machine %d", m)
}

func osabiName(b byte) string {
	switch b {
	case 1:
		return "HP-UX"
	case 2:
		return "NetBSD"
	case 6:
		return "Solaris"
	case 9:
		return "FreeBSD"
	case 12:
		return "OpenBSD"
	}
	return fmt.Sprintf("OS ABI %d", b)
}

func etypeName(t uint16) string {
	switch t {
	case 0:
		return "file of no type"
	case 1:
		return "object file (.o)"
	case 4:
		return "core dump"
	}
	return fmt.Sprintf("file of type %d", t)
}
