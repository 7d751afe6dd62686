package zipcheck

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// checkHandler checks that the file, class or assembly the handler names
// is where the managed runtime looks for it. Without -handler it can only
// check that the code is not all inside one folder.
func (c *checker) checkHandler() error {
	h := c.opt.Handler
	if h == "" {
		c.checkSoleFolder()
		return nil
	}
	switch c.rt.family {
	case famPython:
		c.checkPythonHandler(h)
	case famNode:
		c.checkNodeHandler(h)
	case famJava:
		return c.checkJavaHandler(h)
	case famDotnet:
		c.checkDotnetHandler(h)
	case famRuby:
		c.checkRubyHandler(h)
	}
	return nil
}

func (c *checker) handlerForm(h, form string) {
	c.entryMissing = true
	c.reportMissing("", "handler %q is not of the form %s", h, form)
}

// Python: module.function, the module a dotted or slashed path from the
// package root (or a layer's python/).
func (c *checker) checkPythonHandler(h string) {
	i := strings.LastIndexByte(h, '.')
	if i <= 0 || i == len(h)-1 {
		c.handlerForm(h, "module.function (lambda_function.lambda_handler)")
		return
	}
	mod := strings.ReplaceAll(h[:i], ".", "/")
	if c.fn.hasPythonModule(mod) {
		return
	}
	for _, l := range c.layers {
		for _, root := range []string{"python/", "python/lib/python" + c.rt.version + "/site-packages/"} {
			if l.hasPythonModule(root + mod) {
				return
			}
		}
	}
	file := mod + ".py"
	if n := c.fn.findNested(file); n != nil {
		c.reportNested(n, "handler file "+file, file)
		return
	}
	c.reportMissing("", "handler %q needs %s at the root of the package, and there is none%s",
		h, file, c.rootFiles(".py"))
}

// hasPythonModule reports a module importable as mod: a source file, a
// package, a sourceless .pyc or a compiled extension.
func (a *archive) hasPythonModule(mod string) bool {
	for _, n := range []string{mod + ".py", mod + "/__init__.py", mod + ".pyc"} {
		if e := a.lookup(n); e != nil && !e.dir {
			return true
		}
	}
	dir, base := path.Split(mod)
	for _, e := range a.entries {
		if d, b := path.Split(e.name()); d == dir && strings.HasPrefix(b, base+".") && (strings.HasSuffix(b, ".so") || strings.HasSuffix(b, ".pyd")) {
			return true
		}
	}
	return false
}

// Node.js: [dir/]module.function; the module file is module.js, .mjs or
// .cjs below the package root (the runtime never looks in layers for it).
func (c *checker) checkNodeHandler(h string) {
	dir, base := path.Split(h)
	mod, fn, ok := strings.Cut(base, ".")
	if !ok || mod == "" || fn == "" {
		c.handlerForm(h, "file.function (index.handler)")
		return
	}
	p := dir + mod
	for _, ext := range []string{".js", ".mjs", ".cjs", "/index.js", "/index.mjs", "/index.cjs", "/package.json"} {
		if e := c.fn.lookup(p + ext); e != nil && !e.dir {
			return
		}
	}
	if e := c.fn.lookup(p + ".ts"); e != nil {
		c.reportMissing(e.raw,
			"handler %q names %s.ts, TypeScript source the runtime cannot load; compile it (tsc or esbuild) and ship %s.js (or .mjs)", h, p, p)
		return
	}
	for _, ext := range []string{".js", ".mjs", ".cjs"} {
		if n := c.fn.findNested(p + ext); n != nil {
			c.reportNested(n, "handler file "+p+ext, p+ext)
			return
		}
	}
	c.reportMissing("", "handler %q needs %s.js, %s.mjs or %s.cjs at the root of the package, and there is none%s",
		h, p, p, p, c.rootFiles(".js", ".mjs", ".cjs"))
}

// Ruby: [dir/]file.method or file.Module::Class.method; the file is
// file.rb below the package root.
func (c *checker) checkRubyHandler(h string) {
	dir, base := path.Split(h)
	file, method, ok := strings.Cut(base, ".")
	if !ok || file == "" || method == "" {
		c.handlerForm(h, "file.method (lambda_function.lambda_handler)")
		return
	}
	rel := dir + file + ".rb"
	if e := c.fn.lookup(rel); e != nil && !e.dir {
		return
	}
	if n := c.fn.findNested(rel); n != nil {
		c.reportNested(n, "handler file "+rel, rel)
		return
	}
	c.reportMissing("", "handler %q needs %s at the root of the package, and there is none%s", h, rel, c.rootFiles(".rb"))
}

// .NET: Assembly::Namespace.Class::Method, or Assembly alone for an
// executable assembly; Assembly.dll sits at the package root, with the
// .runtimeconfig.json that dotnet publish writes beside it.
func (c *checker) checkDotnetHandler(h string) {
	parts := strings.Split(h, "::")
	if (len(parts) != 1 && len(parts) != 3) || parts[0] == "" || strings.Contains(parts[0], "/") {
		c.handlerForm(h, "Assembly::Namespace.Class::Method")
		return
	}
	asm := parts[0]
	dll := asm + ".dll"
	if e := c.fn.lookup(dll); e != nil && !e.dir {
		var missing []string
		for _, f := range []string{asm + ".runtimeconfig.json", asm + ".deps.json"} {
			if c.fn.lookup(f) == nil {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			c.report(c.fn, "layout", e.raw,
				"%s has no %s beside it, which the runtime passes to dotnet exec to start the assembly; package the output of `dotnet publish` (or `dotnet lambda package`)", dll, strings.Join(missing, " or "))
		}
		return
	}
	if n := c.fn.findNested(dll); n != nil {
		c.reportNested(n, "assembly "+dll, dll)
		return
	}
	c.reportMissing("", "handler %q needs %s at the root of the package, and there is none%s; package the output of `dotnet publish` (or `dotnet lambda package`)",
		h, dll, c.rootFiles(".dll"))
}

// Java: package.Class::method or package.Class; the class is on the
// classpath: /var/task, /var/task/lib/*.jar, /opt/java/lib/*.jar.
func (c *checker) checkJavaHandler(h string) error {
	class, _, _ := strings.Cut(h, "::")
	if class == "" || strings.ContainsAny(class, "/ ") {
		c.handlerForm(h, "package.Class::method")
		return nil
	}
	rel := strings.ReplaceAll(class, ".", "/") + ".class"
	if e := c.fn.lookup(rel); e != nil && !e.dir {
		return nil
	}
	js := newJarSearch()
	var classpath []*entry
	var owners []*archive
	for _, a := range c.all() {
		for _, e := range a.entries {
			if onClasspath(a, e) {
				classpath, owners = append(classpath, e), append(owners, a)
			}
		}
	}
	for i, e := range classpath {
		found, err := js.contains(owners[i], e, rel)
		if err != nil || found {
			return err
		}
	}
	if n := c.fn.findNested(rel); n != nil {
		c.reportNested(n, "handler class "+rel, rel)
		return nil
	}
	if c.fn.lookup("BOOT-INF") != nil || c.fn.hasPrefix("BOOT-INF/") {
		return nil // the layout check explains the Spring Boot jar
	}
	for _, e := range c.fn.entries {
		if e.dir || !strings.HasSuffix(e.name(), ".jar") || onClasspath(c.fn, e) {
			continue
		}
		found, err := js.contains(c.fn, e, rel)
		if err != nil {
			return err
		}
		if found {
			c.explained[e] = true
			c.reportMissing(e.raw,
				"handler class %s is in %s, which is not on the classpath (the package root, lib/*.jar, layers' java/lib/*.jar); move the jar to lib/, or upload the jar itself as the package", class, e.name())
			return nil
		}
	}
	c.reportMissing("", "handler class %s is not in the package: Lambda looks for %s at the root and in the jars in lib/ (and layers' java/lib/)", class, rel)
	return nil
}

// onClasspath reports the jars the Java runtime adds to the classpath.
func onClasspath(a *archive, e *entry) bool {
	dir := "lib/"
	if a.layer {
		dir = "java/lib/"
	}
	return !e.dir && strings.HasPrefix(e.name(), dir) && !strings.Contains(e.name()[len(dir):], "/") && strings.HasSuffix(e.name(), ".jar")
}

func (a *archive) hasPrefix(p string) bool {
	for _, e := range a.entries {
		if strings.HasPrefix(e.name(), p) {
			return true
		}
	}
	return false
}

// rootFiles lists a few files at the root with one of the extensions, to
// suggest the handler the user may have meant.
func (c *checker) rootFiles(exts ...string) string {
	var names []string
	for _, e := range c.fn.entries {
		if e.dir || strings.Contains(e.name(), "/") {
			continue
		}
		for _, x := range exts {
			if strings.HasSuffix(e.name(), x) {
				names = append(names, e.name())
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	if len(names) > 3 {
		names = append(names[:3], "…")
	}
	return fmt.Sprintf(" (the root has %s)", strings.Join(names, ", "))
}

// checkSoleFolder reports a package whose every file is inside one folder
// when the runtime needs code at the root: without a handler, it is the
// surest sign of the "zipped the folder" mistake.
func (c *checker) checkSoleFolder() {
	dir := soleFolder(c.fn)
	if dir == "" || layerDirs[dir] || dir == "node_modules" {
		return
	}
	switch c.rt.family {
	case famJava:
		return // classes live in package folders (com/…)
	case famPython:
		if c.fn.lookup(dir+"/__init__.py") != nil {
			return // a package: the handler may be dir.module.function
		}
	}
	up := "../"
	c.entryMissing = true
	c.report(c.fn, "bootstrap-nested", dir+"/",
		"every file is inside folder %s/, so the runtime finds nothing at the root: the folder was zipped instead of its contents; run `cd %s && zip -r %sfunction.zip .`", dir, dir, up)
}

// soleFolder returns the folder that holds every entry, or "".
func soleFolder(a *archive) string {
	dir := ""
	for _, e := range a.entries {
		if strings.HasPrefix(e.name(), "__MACOSX/") || e.name() == "__MACOSX" {
			continue // Finder's resource forks, beside the real folder
		}
		top := topDir(e.name())
		if top == "" {
			if e.dir && (dir == "" || dir == e.name()) {
				dir = e.name()
				continue
			}
			return ""
		}
		if dir != "" && top != dir {
			return ""
		}
		dir = top
	}
	return dir
}

// reportMissing reports a handler the runtime cannot find; later checks
// that assume it was found stay quiet.
func (c *checker) reportMissing(entry, format string, args ...any) {
	c.entryMissing = true
	c.report(c.fn, "handler-missing", entry, format, args...)
}
