package zipcheck

import (
	"fmt"
	"path"
	"strings"
)

// checkEntryPoint checks what Lambda starts: bootstrap for OS-only
// runtimes, the handler's executable for go1.x, the handler's file, class
// or assembly for the others.
func (c *checker) checkEntryPoint() error {
	if c.rt == nil || c.fnIsLayer {
		return nil
	}
	switch c.rt.family {
	case famOSOnly:
		return c.checkBootstrap()
	case famGo1x:
		return c.checkGo1x()
	}
	return c.checkHandler()
}

// checkBootstrap looks for /var/task/bootstrap, then /opt/bootstrap in the
// layers, as the OS-only runtimes do.
func (c *checker) checkBootstrap() error {
	a, e := c.fn, c.fn.lookup("bootstrap")
	for _, l := range c.layers {
		if e != nil {
			break
		}
		a, e = l, l.lookup("bootstrap")
	}
	if e == nil {
		return c.reportNoBootstrap()
	}
	return c.checkExecutable(a, e, "bootstrap")
}

// checkGo1x checks the executable the go1.x runtime starts: the file the
// handler names.
func (c *checker) checkGo1x() error {
	h := c.opt.Handler
	if h == "" {
		return nil
	}
	if e := c.fn.lookup(h); e != nil {
		return c.checkExecutable(c.fn, e, h)
	}
	if n := c.fn.findNested(h); n != nil {
		c.reportNested(n, "the executable "+h, h)
		return nil
	}
	c.reportMissing("",
		"handler %q names the executable go1.x runs, and there is no %s at the root of the package; build with `go build -o %s`", h, h, h)
	return nil
}

// checkExecutable checks the program Lambda executes (name is what the
// messages call it): a symlink resolved inside the archive, execute bits,
// then its format, machine and build.
func (c *checker) checkExecutable(a *archive, e *entry, name string) error {
	ta, target, why, err := c.resolve(a, e)
	if err != nil || ta == nil && why == "" {
		return err // a link into layers that were not given: nothing to check
	}
	if target == nil {
		c.explained[e] = true // path-unsafe would say it again
		c.report(a, "bootstrap-missing", e.raw, "%s is a symlink to %s; point it at the executable inside the package, or ship the executable as %s", name, why, name)
		return nil
	}
	a = ta
	if target != e {
		name = target.name() + ", which " + name + " links to,"
	}
	if target.dir {
		c.report(a, "bootstrap-missing", target.raw, "%s is a folder, not an executable; put the executable itself at the root, named %s", target.name(), name)
		return nil
	}
	c.checkExecBits(a, target, name)
	c.executable = target
	return c.checkBinary(a, target, name)
}

func (c *checker) checkExecBits(a *archive, e *entry, name string) {
	const rule = "bootstrap-not-executable"
	switch {
	case !e.unix:
		c.report(a, rule, e.raw,
			"%s has no Unix permissions in the zip (made on Windows or by a tool that records none), so Lambda extracts it without execute bits and fails with permission denied; build the zip with `go run github.com/aws/aws-lambda-go/cmd/build-lambda-zip@latest -o function.zip %s`, or with zip on Linux or macOS after `chmod 755 %s`",
			name, e.name(), e.name())
	case e.mode&0o111 == 0:
		c.report(a, rule, e.raw,
			"%s has mode %04o, without execute bits: Lambda fails with fork/exec: permission denied; run `chmod 755 %s` before zipping",
			name, e.mode.Perm(), e.name())
	case e.mode&0o001 == 0:
		c.report(a, rule, e.raw,
			"%s has mode %04o: only its owner or group may execute it, and Lambda runs it as another user; run `chmod 755 %s` before zipping",
			name, e.mode.Perm(), e.name())
	}
}

// reportNoBootstrap explains a missing bootstrap: nested in a folder,
// built under another name, or not built at all.
func (c *checker) reportNoBootstrap() error {
	if n := c.fn.findNested("bootstrap"); n != nil {
		c.reportNested(n, "bootstrap", "bootstrap")
		return nil
	}
	msg := "no bootstrap at the root of the package: OS-only runtimes run /var/task/bootstrap (or /opt/bootstrap from a layer) and fail with Runtime.InvalidEntrypoint"
	other, err := c.rootExecutable()
	if err != nil {
		return err
	}
	if other != "" {
		msg += fmt.Sprintf("; the executable %s must be named bootstrap: `go build -o bootstrap`", other)
	} else {
		msg += "; build with `go build -o bootstrap` and zip it at the root"
	}
	if c.guess {
		msg += fmt.Sprintf(" (runtime %s assumed; pass -runtime for another language)", c.rt.id)
	}
	c.report(c.fn, "bootstrap-missing", "", "%s", msg)
	return nil
}

// rootExecutable finds an ELF file at the root under another name (main,
// handler, the module's name), the usual output of a plain go build.
func (c *checker) rootExecutable() (string, error) {
	looked := 0
	for _, e := range c.fn.entries {
		if e.dir || e.unreadable || strings.Contains(e.name(), "/") || path.Ext(e.name()) != "" || e.size < 64 {
			continue
		}
		if looked++; looked > 16 {
			break
		}
		head, err := c.fn.readPrefix(e, 4)
		if err != nil {
			return "", err
		}
		if string(head) == "\x7fELF" {
			return e.name(), nil
		}
	}
	return "", nil
}

// reportNested reports the "zipped the folder" mistake: what Lambda looks
// for at the root (rel) is only inside a folder, as entry n.
func (c *checker) reportNested(n *entry, what, rel string) {
	c.entryMissing = true
	dir := strings.TrimSuffix(n.name(), "/"+rel)
	up := strings.Repeat("../", strings.Count(dir, "/")+1)
	c.report(c.fn, "bootstrap-nested", n.raw,
		"%s is inside folder %s/, not at the root where Lambda looks: the folder was zipped instead of its contents; run `cd %s && zip -r %sfunction.zip .`",
		what, dir, dir, up)
}

// findNested returns the shallowest entry named rel (a file or a relative
// path) below the root, outside dependency folders, or nil.
func (a *archive) findNested(rel string) *entry {
	var best *entry
	for _, e := range a.entries {
		if e.dir || !strings.HasSuffix(e.name(), "/"+rel) || inDependencies(e.name()) {
			continue
		}
		if best == nil || strings.Count(e.name(), "/") < strings.Count(best.name(), "/") {
			best = e
		}
	}
	return best
}

// dependencyDirs hold third-party code (or copies of it), where a file
// named like the handler is someone else's.
var dependencyDirs = set("node_modules", "site-packages", "vendor", "BOOT-INF", "__MACOSX", ".git")

// inDependencies reports names inside a dependency folder. It runs for
// every entry, so it walks the name without allocating.
func inDependencies(name string) bool {
	for {
		i := strings.IndexByte(name, '/')
		if i < 0 {
			return false
		}
		if dependencyDirs[name[:i]] {
			return true
		}
		name = name[i+1:]
	}
}

// resolve follows symlinks as Lambda would see them: inside the archive,
// and from the function into its layers through /opt. It returns the
// archive and entry reached; a nil entry comes with the reason (the target
// and why it is not usable), or with no reason when the link leads into
// layers that were not given.
func (c *checker) resolve(a *archive, e *entry) (*archive, *entry, string, error) {
	for hops := 0; e.isSymlink(); hops++ {
		if hops == 8 {
			return a, nil, "itself through a loop of symlinks", nil
		}
		if e.unreadable {
			return a, e, "", nil
		}
		b, err := a.readPrefix(e, maxInterp)
		if err != nil {
			return nil, nil, "", err
		}
		target := string(b)
		next, ok := a.linkTarget(e.name(), target)
		if !ok && !a.layer && strings.HasPrefix(target, "/opt/") {
			if len(c.layers) == 0 {
				return nil, nil, "", nil
			}
			rest := strings.TrimPrefix(path.Clean(target), "/opt/")
			var found *entry
			for _, l := range c.layers {
				if found = l.lookup(rest); found != nil {
					a = l
					break
				}
			}
			if found == nil {
				return a, nil, fmt.Sprintf("%q, which is in none of the layers", target), nil
			}
			e = found
			continue
		}
		if !ok {
			return a, nil, fmt.Sprintf("%q, outside the package", target), nil
		}
		n := a.lookup(next)
		if n == nil {
			return a, nil, fmt.Sprintf("%q, which is not in the package", target), nil
		}
		e = n
	}
	return a, e, "", nil
}

// linkTarget returns the archive name a symlink at name points to, and
// false when it leaves the archive. Absolute targets are understood where
// the archive is extracted: /var/task for a function, /opt for a layer.
func (a *archive) linkTarget(name, target string) (string, bool) {
	if strings.HasPrefix(target, "/") {
		root := "/var/task/"
		if a.layer {
			root = "/opt/"
		}
		rest, ok := strings.CutPrefix(path.Clean(target), root)
		return rest, ok
	}
	next := path.Join(path.Dir(name), target)
	if next == ".." || strings.HasPrefix(next, "../") {
		return "", false
	}
	return next, true
}
