package zipcheck

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// checkLayout checks that dependencies and layer contents are where the
// runtime loads them from (LAMBDA.md, "Layer layout").
func (c *checker) checkLayout() error {
	if c.fnIsLayer {
		c.checkLayerLayout(c.fn)
	}
	for _, l := range c.layers {
		c.checkLayerLayout(l)
	}
	if c.rt == nil || c.fnIsLayer {
		return nil
	}
	switch c.rt.family {
	case famPython:
		c.checkPythonLayout()
	case famNode:
		c.checkNodeLayout()
	case famJava:
		c.checkJavaLayout()
	case famRuby:
		c.checkRubyLayout()
	}
	return nil
}

// distParents maps each folder holding installed Python distributions
// (name-version.dist-info or .egg-info folders) to how many it holds.
func distParents(a *archive) map[string]int {
	seen := map[string]bool{}
	parents := map[string]int{}
	for _, e := range a.entries {
		d := e.name()
		if !e.dir {
			d = path.Dir(e.name())
		}
		if !(strings.HasSuffix(d, ".dist-info") || strings.HasSuffix(d, ".egg-info")) || seen[d] {
			continue
		}
		seen[d] = true
		parents[path.Dir(d)]++
	}
	return parents
}

func (c *checker) checkPythonLayout() {
	parents := distParents(c.fn)
	for _, p := range sortedKeys(parents) {
		n := plural(parents[p], "dependency is", "dependencies are")
		switch {
		case p == ".", strings.Contains(p, ".dist-info"), strings.Contains(p, "node_modules/"), vendored(p):
		case p == "python" || strings.HasPrefix(p, "python/lib/"):
			c.report(c.fn, "layout", p+"/",
				"%s under %s/, the layout of a layer: in a function package they belong at the root; install them at the package root (`pip install -r requirements.txt -t build/`), or publish them as a layer", n, p)
		case strings.Contains(p, "site-packages"):
			c.report(c.fn, "layout", p+"/",
				"%s in %s/, a virtual environment the runtime does not search (only the package root is on sys.path); install them at the root with `pip install -r requirements.txt -t build/` and zip build/'s contents", n, p)
		default:
			c.report(c.fn, "layout", p+"/",
				"%s installed in %s/ instead of the root, so import fails with No module named; install them at the root with `pip install -r requirements.txt -t build/` and zip build/'s contents", n, p)
		}
	}
}

func (c *checker) checkNodeLayout() {
	handlerDir := ""
	if c.opt.Handler != "" && !c.entryMissing {
		handlerDir = path.Dir(c.opt.Handler)
	}
	seen := map[string]bool{}
	for _, e := range c.fn.entries {
		i := strings.Index(e.name(), "/node_modules")
		if i < 0 || strings.HasPrefix(e.name(), "node_modules") {
			continue
		}
		parent := e.name()[:i]
		if seen[parent] {
			continue
		}
		seen[parent] = true
		switch {
		case parent == "nodejs" || strings.HasPrefix(parent, "nodejs/node"):
			c.report(c.fn, "layout", parent+"/node_modules/",
				"dependencies are in %s/node_modules, the layout of a layer: in a function package node_modules belongs at the root, where Node.js looks from the handler's folder upwards", parent)
		case handlerDir != "" && handlerDir != parent && !strings.HasPrefix(handlerDir+"/", parent+"/"):
			c.report(c.fn, "layout", parent+"/node_modules/",
				"node_modules is inside %s/, outside the folders Node.js searches from the handler %s (its folder and those above it); put node_modules at the root", parent, c.opt.Handler)
		}
	}
}

func (c *checker) checkJavaLayout() {
	if c.fn.hasPrefix("BOOT-INF/") {
		c.report(c.fn, "layout", "BOOT-INF/",
			"the package is a Spring Boot executable jar: classes under BOOT-INF/classes/ and jars under BOOT-INF/lib/ are not on Lambda's classpath; build a shaded jar (maven-shade-plugin) or a zip with classes at the root and jars in lib/")
	}
	dirs := map[string][]string{}
	for _, e := range c.fn.entries {
		if e.dir || !strings.HasSuffix(e.name(), ".jar") || onClasspath(c.fn, e) || strings.HasPrefix(e.name(), "BOOT-INF/") || c.explained[e] {
			continue
		}
		d := path.Dir(e.name())
		dirs[d] = append(dirs[d], e.name())
	}
	for _, d := range sortedKeys(dirs) {
		jars := dirs[d]
		them := "them"
		if len(jars) == 1 {
			them = "it"
		}
		where, fix := "at the root", "move "+them+" to lib/, or upload a standalone jar as the package"
		switch {
		case d == "java/lib":
			where, fix = "in java/lib/, the layout of a layer", "in a function package they belong in lib/"
		case d != ".":
			where = "in " + d + "/"
		}
		c.report(c.fn, "layout", jars[0],
			"%s %s, not on the classpath (the package root, lib/*.jar, layers' java/lib/*.jar); %s",
			plural(len(jars), "jar is", "jars are"), where, fix)
	}
}

var rubyGemDir = lazyRegexp(`^(.*?)vendor/bundle/ruby/(\d+\.\d+)\.\d+/`)

func (c *checker) checkRubyLayout() {
	want := c.rt.version
	seen := map[string]bool{}
	for _, e := range c.fn.entries {
		m := rubyGemDir().FindStringSubmatch(e.name() + "/")
		if m == nil || seen[m[0]] {
			continue
		}
		seen[m[0]] = true
		switch {
		case m[1] != "":
			c.report(c.fn, "layout", m[0],
				"gems are in %svendor/bundle, which the runtime does not search (GEM_PATH has /var/task/vendor/bundle/ruby/%s.0); put vendor/bundle at the root", m[1], want)
		case m[2] != want:
			c.report(c.fn, "layout", m[0],
				"gems are installed for Ruby %s (%s) but the runtime is %s; run `bundle install` with Ruby %s", m[2], strings.TrimSuffix(m[0], "/"), c.rt.id, want)
		}
	}
}

// checkLayerLayout checks that a layer's contents land where the runtime
// loads them from under /opt.
func (c *checker) checkLayerLayout(a *archive) {
	// node_modules or site-packages alone get the runtime's advice below.
	if dir := soleFolder(a); dir != "" && !layerDirs[dir] && !dependencyDirs[dir] {
		c.report(a, "layout", dir+"/",
			"every file of the layer is inside folder %s/, which lands in /opt/%s/ where no runtime looks: the folder was zipped instead of its contents; zip from inside it", dir, dir)
		return
	}
	if c.rt == nil {
		return
	}
	switch c.rt.family {
	case famPython:
		c.checkPythonLayer(a)
	case famNode:
		c.checkNodeLayer(a)
	case famJava:
		for _, e := range a.entries {
			if !e.dir && strings.HasSuffix(e.name(), ".jar") && !onClasspath(a, e) {
				c.report(a, "layout", e.raw,
					"%s is not on the classpath: a layer's jars go in java/lib/ (/opt/java/lib)", e.name())
				break
			}
		}
	case famRuby:
		c.checkRubyLayer(a)
	}
}

var pySitePackages = lazyRegexp(`^python/lib/python(\d+\.\d+)/site-packages/`)

func (c *checker) checkPythonLayer(a *archive) {
	for _, p := range sortedKeys(distParents(a)) {
		if p == "." {
			c.report(a, "layout", "",
				"the layer has Python packages at its root (/opt), which is not on sys.path; install them under python/: `pip install -r requirements.txt -t python/`")
			return
		}
	}
	for _, e := range a.entries {
		m := pySitePackages().FindStringSubmatch(e.name() + "/")
		if m != nil && m[1] != c.rt.version {
			c.report(a, "layout", "python/lib/python"+m[1]+"/site-packages/",
				"the layer's packages are in python/lib/python%s/site-packages, which %s does not search; install them into python/ or for Python %s", m[1], c.rt.id, c.rt.version)
			return
		}
	}
}

var nodeVersioned = lazyRegexp(`^nodejs/node(\d+)/node_modules/`)

func (c *checker) checkNodeLayer(a *archive) {
	for _, e := range a.entries {
		if strings.HasPrefix(e.name(), "node_modules/") || e.name() == "node_modules" {
			c.report(a, "layout", "node_modules/",
				"the layer has node_modules at its root (/opt/node_modules), which Node.js does not search; put it under nodejs/: nodejs/node_modules")
			return
		}
		if m := nodeVersioned().FindStringSubmatch(e.name() + "/"); m != nil && m[1] != c.rt.version {
			c.report(a, "layout", "nodejs/node"+m[1]+"/",
				"the layer's modules are in nodejs/node%s/node_modules, which %s does not search; use nodejs/node_modules or nodejs/node%s/node_modules", m[1], c.rt.id, c.rt.version)
			return
		}
	}
}

var rubyLayerGems = lazyRegexp(`^ruby/gems/(\d+\.\d+)\.\d+/`)

func (c *checker) checkRubyLayer(a *archive) {
	for _, e := range a.entries {
		if strings.HasPrefix(e.name(), "gems/") {
			c.report(a, "layout", "gems/",
				"the layer has gems at its root (/opt/gems), which the runtime does not search; put them under ruby/gems/%s.0", c.rt.version)
			return
		}
		if m := rubyLayerGems().FindStringSubmatch(e.name() + "/"); m != nil && m[1] != c.rt.version {
			c.report(a, "layout", fmt.Sprintf("ruby/gems/%s.0/", m[1]),
				"the layer's gems are installed for Ruby %s but the runtime is %s; rebuild them under ruby/gems/%s.0", m[1], c.rt.id, c.rt.version)
			return
		}
	}
}

// vendored reports a folder inside a package that bundles its own copies
// of other distributions (setuptools/_vendor/...): not an install mistake.
func vendored(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if part == "_vendor" || part == "vendor" || part == "_vendored" || part == "vendored" {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
