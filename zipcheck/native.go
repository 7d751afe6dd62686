package zipcheck

import (
	"fmt"
	"path"
	"strings"
)

// maxNativeReads bounds the headers read per archive; a big scientific
// Python package has a few hundred extension modules.
const maxNativeReads = 5000

// checkNative reads the header of each native library (Python extension
// modules, Node.js addons, shared libraries) and reports those built for
// another platform: pip and npm install for the machine they run on, so a
// package built on a Mac or for the other architecture fails at import.
func (c *checker) checkNative() error {
	if !c.on("native-platform") {
		return nil
	}
	for _, a := range c.all() {
		if err := c.checkNativeIn(a); err != nil {
			return err
		}
	}
	return nil
}

type nativeGroup struct {
	root, problem, first string
	n                    int
	node                 bool
}

var cpythonTag = lazyRegexp(`\.(?:cpython-|cp)3(\d+)[-.]`)

func (c *checker) checkNativeIn(a *archive) error {
	var groups []*nativeGroup
	index := map[string]*nativeGroup{}
	reads := 0
	for _, e := range a.entries {
		if e.dir || e.unreadable || strings.Contains(e.name(), "/prebuilds/") {
			continue
		}
		b := e.base()
		isNode := strings.HasSuffix(b, ".node")
		isSO := strings.HasSuffix(b, ".so") || strings.Contains(b, ".so.")
		problem := ""
		switch {
		case strings.HasSuffix(b, ".pyd"):
			problem = "for Windows"
		case !isNode && !isSO:
			continue
		case strings.Contains(b, "-linux-musl"):
			problem = "against musl, which Amazon Linux does not have"
		}
		if m := cpythonTag().FindStringSubmatch(b); problem == "" && m != nil && c.rt != nil && c.rt.family == famPython && "3."+m[1] != c.rt.version {
			problem = fmt.Sprintf("for Python 3.%s, not %s", m[1], c.rt.version)
		}
		if problem == "" {
			if reads++; reads > maxNativeReads || e.size < 64 {
				continue
			}
			head, err := a.readPrefix(e, 64)
			if err != nil {
				return err
			}
			problem = c.platformProblem(identify(head))
		}
		if problem == "" {
			continue
		}
		root := depRoot(e.name())
		key := root + "\x00" + problem
		g := index[key]
		if g == nil {
			g = &nativeGroup{root: root, problem: problem, first: e.raw, node: isNode}
			index[key] = g
			groups = append(groups, g)
		}
		g.n++
	}
	for _, g := range groups {
		c.report(a, "native-platform", g.first, "%s: %s built %s (e.g. %s); %s",
			g.root, plural(g.n, "native library", "native libraries"), g.problem, g.first, c.nativeFix(g))
	}
	return nil
}

// platformProblem says why a library's header does not load on the
// function's platform, or "" when it does (or is not a binary at all: some
// .so files are linker scripts).
func (c *checker) platformProblem(x *exeInfo) string {
	switch x.format {
	case "mach-o":
		return "for macOS"
	case "pe":
		return "for Windows"
	case "elf":
	default:
		return ""
	}
	switch {
	case x.short:
		return ""
	case x.class != elfClass64:
		return "for 32-bit " + machineName(x.machine)
	case x.osabi != 0 && x.osabi != 3:
		return "for " + osabiName(x.osabi)
	case x.machine != c.arch.machine:
		return fmt.Sprintf("for %s, not the function's %s", machineName(x.machine), c.arch.name)
	}
	return ""
}

func (c *checker) nativeFix(g *nativeGroup) string {
	if g.node {
		cpu := "x64"
		if c.arch == archARM {
			cpu = "arm64"
		}
		return fmt.Sprintf("npm installed them for the build machine; run `npm ci` in a Linux %s container, or `npm install --os=linux --cpu=%s`", c.arch.name, cpu)
	}
	if c.rt != nil && c.rt.family == famPython || strings.Contains(g.first, ".cpython-") || strings.Contains(g.first, "site-packages/") {
		pyver := ""
		if c.rt != nil && c.rt.family == famPython {
			pyver = " --python-version " + c.rt.version
		}
		return fmt.Sprintf("pip installed wheels for the build machine; install for Lambda with `pip install --platform manylinux2014_%s --only-binary=:all:%s -t build/ -r requirements.txt`",
			c.arch.wheel, pyver)
	}
	return fmt.Sprintf("rebuild them for linux/%s (Amazon Linux), e.g. in the runtime's container image", c.arch.name)
}

// depRoot names the dependency a file belongs to, to group findings: the
// package folder under node_modules or site-packages, else the top folder.
func depRoot(name string) string {
	if i := strings.LastIndex(name, "node_modules/"); i >= 0 {
		rest := name[i+len("node_modules/"):]
		parts := strings.SplitN(rest, "/", 3)
		n := 1
		if strings.HasPrefix(rest, "@") && len(parts) > 1 {
			n = 2
		}
		if len(parts) > n {
			return name[:i] + "node_modules/" + strings.Join(parts[:n], "/")
		}
	}
	if i := strings.LastIndex(name, "site-packages/"); i >= 0 {
		rest := name[i+len("site-packages/"):]
		if top := topDir(rest); top != "" {
			return name[:i] + "site-packages/" + top
		}
	}
	if strings.HasPrefix(name, "python/") {
		if top := topDir(name[len("python/"):]); top != "" {
			return "python/" + top
		}
	}
	if top := topDir(name); top != "" {
		return top
	}
	return path.Base(name)
}
