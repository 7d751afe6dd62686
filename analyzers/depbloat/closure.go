package depbloat

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// closure is the package fact: the package's transitive import closure
// (itself included), computed from its non-test files. Package facts are
// only passed from direct imports (go vet re-exports none of a
// dependency's package facts), so each fact carries the whole closure and
// not only the package's own figures: that is what lets the union at a
// main package count a package imported along two paths once.
type closure struct {
	// Mods is the table of module paths that Pkgs index.
	Mods []string
	// Pkgs is every package of the closure, sorted by path.
	Pkgs []pkgEntry
	// Reach lists the flagged packages (test, debug, aws-sdk-go v1,
	// frameworks) reached, one per path, with the shortest chain.
	Reach []reach
}

func (*closure) AFact() {}

func (c *closure) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "closure(%d packages, %d bytes", len(c.Pkgs), c.bytes())
	for _, r := range c.Reach {
		fmt.Fprintf(&b, "; %s via %s", r.Path, strings.Join(r.Chain, " -> "))
	}
	b.WriteString(")")
	return b.String()
}

// pkgEntry is one package of a closure.
type pkgEntry struct {
	Path  string
	Mod   int32 // index in closure.Mods
	Bytes int64 // size of its non-test Go files
}

// reach is a flagged package reached from the fact's package.
type reach struct {
	Kind kind
	Path string // the flagged package
	// Chain lists the imports from the fact's package down to Path: the
	// fact's package's direct import first, Path last.
	Chain []string
	// Where is "file.go:12", the import of Path in the last package of
	// the chain before it.
	Where string
	// Packages and Bytes are the closure of Path outside the standard
	// library (frameworks only).
	Packages int
	Bytes    int64
}

func (c *closure) bytes() int64 {
	var n int64
	for _, p := range c.Pkgs {
		n += p.Bytes
	}
	return n
}

// outsideStd counts the packages and bytes outside the standard library.
func (c *closure) outsideStd() (int, int64) {
	n, size := 0, int64(0)
	for _, p := range c.Pkgs {
		if c.Mods[p.Mod] != stdModule {
			n++
			size += p.Bytes
		}
	}
	return n, size
}

// has reports whether path is in the closure.
func (c *closure) has(path string) bool {
	_, ok := c.index(path)
	return ok
}

func (c *closure) index(path string) (int, bool) {
	return slices.BinarySearchFunc(c.Pkgs, path, func(e pkgEntry, p string) int { return strings.Compare(e.Path, p) })
}

// builder accumulates a closure. The closures it merges are sorted by
// path, so it merges them as sorted lists: every package of a program
// does this for every import, over closures of hundreds of packages, and
// a map and a sort per package were most of this analyzer's time.
type builder struct {
	mods  []string
	modIx map[string]int32
	pkgs  []pkgEntry // sorted by path, Mod indexes mods
	reach map[string]reach
}

func newBuilder() *builder {
	return &builder{modIx: map[string]int32{}, reach: map[string]reach{}}
}

func (b *builder) mod(m string) int32 {
	i, ok := b.modIx[m]
	if !ok {
		i = int32(len(b.mods))
		b.modIx[m] = i
		b.mods = append(b.mods, m)
	}
	return i
}

// addPkg adds one package unless the closure has it.
func (b *builder) addPkg(path, mod string, bytes int64) {
	i, ok := slices.BinarySearchFunc(b.pkgs, path, func(e pkgEntry, p string) int { return strings.Compare(e.Path, p) })
	if !ok {
		b.pkgs = slices.Insert(b.pkgs, i, pkgEntry{Path: path, Mod: b.mod(mod), Bytes: bytes})
	}
}

// addClosure adds every package of an imported package's closure; a
// package already there keeps its entry.
func (b *builder) addClosure(c *closure) {
	remap := make([]int32, len(c.Mods))
	for i, m := range c.Mods {
		remap[i] = b.mod(m)
	}
	in := func(e pkgEntry) pkgEntry {
		e.Mod = remap[e.Mod]
		return e
	}
	old := b.pkgs
	out := make([]pkgEntry, 0, len(old)+len(c.Pkgs))
	i, j := 0, 0
	for i < len(old) && j < len(c.Pkgs) {
		switch cmp := strings.Compare(old[i].Path, c.Pkgs[j].Path); {
		case cmp < 0:
			out = append(out, old[i])
			i++
		case cmp > 0:
			out = append(out, in(c.Pkgs[j]))
			j++
		default:
			out = append(out, old[i])
			i++
			j++
		}
	}
	out = append(out, old[i:]...)
	for ; j < len(c.Pkgs); j++ {
		out = append(out, in(c.Pkgs[j]))
	}
	b.pkgs = out
}

// addReach keeps the shortest chain to each flagged package.
func (b *builder) addReach(r reach) {
	if old, ok := b.reach[r.Path]; ok && len(old.Chain) <= len(r.Chain) {
		return
	}
	b.reach[r.Path] = r
}

func (b *builder) fact() *closure {
	c := &closure{Mods: b.mods, Pkgs: b.pkgs}
	for _, r := range b.reach {
		c.Reach = append(c.Reach, r)
	}
	sort.Slice(c.Reach, func(i, j int) bool { return c.Reach[i].Path < c.Reach[j].Path })
	return c
}

// importSite is one import of a non-test file of the analysed package.
type importSite struct {
	path  string
	where string // "file.go:12"
	fact  *closure
	// harmless: a test package used here only for what production code
	// also needs (httptest's recorder, see recorderOnly); not flagged.
	harmless bool
}

// build computes the analysed package's closure from its non-test
// imports.
func build(pass *analysis.Pass, ownMod string, ownBytes int64, imports []importSite) *closure {
	b := newBuilder()
	self := pass.Pkg.Path()
	b.addPkg(self, ownMod, ownBytes)
	selfFlagged := classify(self) != kindNone
	for _, imp := range imports {
		if imp.fact != nil {
			b.addClosure(imp.fact)
		} else {
			b.addPkg(imp.path, moduleOf(imp.path), 0) // unsafe, or no fact
		}
		if selfFlagged {
			continue // inside a flagged package: it is reported as a whole
		}
		if k := classify(imp.path); k != kindNone && !imp.harmless {
			r := reach{Kind: k, Path: imp.path, Chain: []string{imp.path}, Where: imp.where}
			if k == kindFramework {
				_, root := frameworkOf(imp.path)
				r.Path = root
				if imp.fact != nil {
					r.Packages, r.Bytes = imp.fact.outsideStd()
				}
			}
			b.addReach(r)
			continue
		}
		if imp.fact == nil {
			continue
		}
		inModule := sameModule(pass, ownMod, imp.path, imp.fact)
		for _, r := range imp.fact.Reach {
			// Test packages and the v1 SDK are reported when the
			// module's own code links them; frameworks however they
			// are reached (an adapter module pulls one in).
			if r.Kind != kindFramework && !inModule {
				continue
			}
			r.Chain = append([]string{imp.path}, r.Chain...)
			b.addReach(r)
		}
	}
	return b.fact()
}

// sameModule reports whether an imported package belongs to the analysed
// package's module: by the module recorded in its fact when the driver
// gives module information, else by import path.
func sameModule(pass *analysis.Pass, ownMod, path string, fact *closure) bool {
	if pass.Module != nil && pass.Module.Path != "" {
		if i, ok := fact.index(path); ok {
			return fact.Mods[fact.Pkgs[i].Mod] == ownMod
		}
	}
	root := repoRoot(pass.Pkg.Path())
	return path == root || strings.HasPrefix(path, root+"/")
}

// repoRoot is the repository part of a path: its first element, or the
// first three for a domain path (as handlers.InModule does without module
// information).
func repoRoot(path string) string {
	parts := strings.Split(path, "/")
	n := 1
	if strings.Contains(parts[0], ".") {
		n = 3
	}
	if len(parts) < n {
		n = len(parts)
	}
	return strings.Join(parts[:n], "/")
}
