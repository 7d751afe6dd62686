package zipcheck

import (
	"path"
	"strings"
)

// junkKind is a family of files a function never needs at run time. They
// add to the upload, the 250 MiB unzipped limit and the cold start.
type junkKind struct {
	what    string // plural noun phrase
	exclude string // zip -x patterns that leave them out; "" to derive them from what was found
	dirs    map[string]bool
	match   func(name, base string) bool
	// ownOnly limits the kind to the function's own files: tests and
	// documentation inside dependencies come with every npm or pip
	// install, and reporting them would drown the function's own.
	ownOnly bool
}

var junkKinds = []*junkKind{
	{
		what:    "version-control data",
		exclude: "'.git/*' '*/.git/*'",
		dirs:    set(".git", ".svn", ".hg", ".bzr"),
	},
	{
		what:    "operating-system clutter",
		exclude: "'*.DS_Store' '__MACOSX/*' '*Thumbs.db'",
		dirs:    set("__MACOSX"),
		match: func(_, b string) bool {
			return b == ".DS_Store" || b == "Thumbs.db" || b == "desktop.ini" || strings.HasPrefix(b, "._")
		},
	},
	{
		what:    "Python bytecode and tool caches",
		exclude: "'*__pycache__*' '*/.pytest_cache/*' '*/.mypy_cache/*'",
		dirs:    set("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox"),
	},
	{
		what:    "tests",
		exclude: "'*/test/*' '*/tests/*' '*/__tests__/*' '*_test.*' '*.test.*' '*.spec.*'",
		dirs:    set("test", "tests", "__tests__", "testdata"),
		ownOnly: true,
		match: func(_, b string) bool {
			ext := path.Ext(b)
			stem := strings.TrimSuffix(b, ext)
			switch ext {
			case ".go", ".py":
				return strings.HasSuffix(stem, "_test") || ext == ".py" && strings.HasPrefix(stem, "test_")
			case ".js", ".mjs", ".cjs", ".ts":
				return strings.HasSuffix(stem, ".test") || strings.HasSuffix(stem, ".spec")
			}
			return false
		},
	},
	{
		what:    "documentation",
		exclude: "'*.md' '*/docs/*' '*/man/*'",
		dirs:    set("docs", "doc", "man"),
		ownOnly: true,
		match: func(_, b string) bool {
			l := strings.ToLower(b)
			if strings.HasPrefix(l, "license") || strings.HasPrefix(l, "licence") || strings.HasPrefix(l, "notice") || strings.HasPrefix(l, "copying") {
				return false // keep license texts: their terms may require shipping them
			}
			switch path.Ext(l) {
			case ".md", ".markdown", ".rst":
				return true
			}
			return false
		},
	},
	{
		what:    "Go source (the binary is all the runtime needs)",
		exclude: "'*.go' go.mod go.sum",
		match: func(_, b string) bool {
			return strings.HasSuffix(b, ".go") || b == "go.mod" || b == "go.sum"
		},
	},
	{
		what: "build and editor leftovers",
		dirs: set(".idea", ".vscode", ".github", ".circleci", ".terraform", "cdk.out", ".aws-sam", ".serverless", "coverage", ".nyc_output", ".cache", ".npm"),
		match: func(name, b string) bool {
			// A zip at the root is usually the previous build,
			// zipped again by a zip -r run from the wrong folder.
			return name == b && strings.HasSuffix(b, ".zip") || strings.HasSuffix(b, ".log") || strings.HasSuffix(b, ".tfstate")
		},
	},
}

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// junkTally counts one kind in one archive.
type junkTally struct {
	files int
	bytes uint64
	roots []string // distinct folders (or files) found, in order
	seen  map[string]bool
}

// checkJunk reports, per kind, the files the function never needs and the
// bytes they waste: one finding a kind, naming a few of the places.
func (c *checker) checkJunk(a *archive) error {
	if !c.on("junk") {
		return nil
	}
	deps, err := pythonDependencies(a)
	if err != nil {
		return err
	}
	tallies := make([]junkTally, len(junkKinds))
	for _, e := range a.entries {
		if e.dir {
			continue
		}
		k, root := classifyJunk(e.name())
		if k < 0 || junkKinds[k].ownOnly && isThirdParty(e.name(), deps) || strings.HasSuffix(root, "__pycache__/") && !c.uselessBytecode(e.base()) {
			continue
		}
		t := &tallies[k]
		t.files++
		t.bytes = addSat(t.bytes, e.size)
		if t.seen == nil {
			t.seen = map[string]bool{}
		}
		if !t.seen[root] {
			t.seen[root] = true
			t.roots = append(t.roots, root)
		}
	}
	for k, t := range tallies {
		if t.files == 0 {
			continue
		}
		entry, where := "", ""
		if len(t.roots) == 1 {
			entry = t.roots[0]
		}
		shown := t.roots[:min(len(t.roots), 3)]
		where = strings.Join(shown, ", ")
		if len(t.roots) > len(shown) {
			where += ", …"
		}
		exclude := junkKinds[k].exclude
		if exclude == "" {
			exclude = excludePatterns(t.roots)
		}
		c.report(a, "junk", entry, "%s of %s, %s the function never reads (%s); leave them out: `zip -r ../function.zip . -x %s`",
			plural(t.files, "file", "files"), junkKinds[k].what, human(t.bytes), where, exclude)
	}
	return nil
}

// uselessBytecode reports a compiled Python file the runtime cannot use:
// one for another Python version, or in a package for another language.
// Bytecode for the runtime's version saves compiling at every cold start
// (the package is read-only in Lambda), so it is not junk; with the
// runtime unknown, it is given the benefit of the doubt.
func (c *checker) uselessBytecode(base string) bool {
	if c.rt == nil {
		return false
	}
	if c.rt.family != famPython {
		return true
	}
	return !strings.Contains(base, ".cpython-"+strings.Replace(c.rt.version, ".", "", 1)+".")
}

// excludePatterns turns found folders and files into zip -x patterns.
func excludePatterns(roots []string) string {
	seen := map[string]bool{}
	var pats []string
	for _, r := range roots {
		p := "'*" + path.Ext(r) + "'"
		if strings.HasSuffix(r, "/") {
			p = "'" + r + "*'"
		}
		if !seen[p] && len(pats) < 5 {
			seen[p] = true
			pats = append(pats, p)
		}
	}
	return strings.Join(pats, " ")
}

// classifyJunk returns the index of the junk kind of a file name and the
// folder (with a trailing slash) or file that makes it junk; -1 if none.
// A folder match wins over a file match, and the outermost folder wins, so
// a .md file inside .git/ counts as version control.
func classifyJunk(name string) (int, string) {
	rest := name
	for {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			break
		}
		if k, ok := junkDirs[rest[:i]]; ok {
			return k, name[:len(name)-len(rest)+i+1]
		}
		rest = rest[i+1:]
	}
	for k, kind := range junkKinds {
		if kind.match != nil && kind.match(name, rest) {
			return k, name
		}
	}
	return -1, ""
}

// junkDirs maps each junk folder name to its kind (the first kind naming
// it), so classifyJunk does one lookup a path element.
var junkDirs = func() map[string]int {
	m := map[string]int{}
	for k, kind := range junkKinds {
		for d := range kind.dirs {
			if _, ok := m[d]; !ok {
				m[d] = k
			}
		}
	}
	return m
}()
