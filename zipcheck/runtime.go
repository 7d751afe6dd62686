package zipcheck

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/lambdalint/lambdalint/rules"
)

// arch is a Lambda instruction set architecture.
type arch struct {
	name    string // as Lambda spells it: x86_64, arm64
	machine uint16 // ELF e_machine
	goarch  string
	interp  string // the glibc dynamic loader on Amazon Linux
	wheel   string // the platform part of native Python module names
}

var (
	archX86 = arch{"x86_64", 62, "amd64", "/lib64/ld-linux-x86-64.so.2", "x86_64"}
	archARM = arch{"arm64", 183, "arm64", "/lib/ld-linux-aarch64.so.1", "aarch64"}
)

func parseArch(s string) (arch, error) {
	switch s {
	case "", "x86_64":
		return archX86, nil
	case "arm64":
		return archARM, nil
	}
	return arch{}, fmt.Errorf("unknown architecture %q (want x86_64 or arm64)", s)
}

// family groups runtimes that share a layout.
type family int

const (
	famOSOnly family = iota // provided.*: runs /var/task/bootstrap or /opt/bootstrap
	famGo1x                 // go1.x: runs the executable named by the handler
	famPython
	famNode
	famJava
	famDotnet
	famRuby
)

// runtimeInfo is what the checks need to know about a runtime.
type runtimeInfo struct {
	id      string
	family  family
	version string // python "3.12", node "22", java "21", dotnet "8", ruby "3.3"
	glibc   [2]int // OS-only runtimes and go1.x: the glibc they ship
	// successor is set for deprecated runtimes: what to move to.
	successor string
	why       string // why it is deprecated, when the name does not say
	how       string // what moving takes, when it is more than a new id
}

// The runtime identifiers, by pattern, so that a runtime newer than this
// table (python3.15) is still understood.
var runtimePatterns = sync.OnceValue(func() []runtimePattern {
	return []runtimePattern{
		{regexp.MustCompile(`^provided(\.al2|\.al2023)?$`), famOSOnly},
		{regexp.MustCompile(`^go1\.x$`), famGo1x},
		{regexp.MustCompile(`^python([23]\.\d+)$`), famPython},
		{regexp.MustCompile(`^nodejs(?:(\d+)(?:\.x|\.\d+))?$`), famNode},
		{regexp.MustCompile(`^java(\d+)(?:\.al2|\.al2023)?$`), famJava},
		{regexp.MustCompile(`^dotnet(\d+)(?:\.0)?$`), famDotnet},
		{regexp.MustCompile(`^dotnetcore(\d+\.\d+)$`), famDotnet},
		{regexp.MustCompile(`^ruby(\d+\.\d+)$`), famRuby},
	}
})

type runtimePattern struct {
	re     *regexp.Regexp
	family family
}

// current lists supported runtimes, for "did you mean".
var current = []string{
	"provided.al2023", "provided.al2",
	"python3.10", "python3.11", "python3.12", "python3.13", "python3.14",
	"nodejs22.x", "nodejs24.x",
	"java8.al2", "java11", "java17", "java21", "java25",
	"dotnet8", "dotnet10",
	"ruby3.3", "ruby3.4",
}

func parseRuntime(s string) (*runtimeInfo, error) {
	for _, p := range runtimePatterns() {
		m := p.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		rt := &runtimeInfo{id: s, family: p.family}
		if len(m) > 1 {
			rt.version = m[1]
		}
		switch s {
		case "provided.al2023":
			rt.glibc = [2]int{2, 34}
		case "provided.al2":
			rt.glibc = [2]int{2, 26}
		case "provided", "go1.x":
			rt.version = ""
			rt.glibc = [2]int{2, 17}
		}
		rt.successor, rt.why, rt.how = deprecation(rt)
		return rt, nil
	}
	msg := fmt.Sprintf("unknown runtime %q", s)
	if n := rules.Nearest(s, current); n != "" {
		return nil, fmt.Errorf("%s; did you mean %q?", msg, n)
	}
	return nil, fmt.Errorf("%s (want provided.al2023, provided.al2, python3.N, nodejsN.x, javaN, dotnetN or rubyN.N)", msg)
}

// deprecation returns the runtime to move to when Lambda has deprecated rt
// (no more patches; creating, then updating, functions gets blocked), as
// of the AWS schedule at the end of 2026.
func deprecation(rt *runtimeInfo) (successor, why, how string) {
	n := func(s string) int {
		v, _ := strconv.Atoi(strings.SplitN(s, ".", 2)[0])
		return v
	}
	minor := func(s string) int {
		_, m, _ := strings.Cut(s, ".")
		v, _ := strconv.Atoi(m)
		return v
	}
	switch rt.family {
	case famGo1x:
		return "provided.al2023", "", ": name the executable bootstrap, build it with -tags lambda.norpc and set the handler to bootstrap"
	case famOSOnly:
		switch rt.id {
		case "provided":
			return "provided.al2023", " (Amazon Linux 1)", ""
		case "provided.al2":
			return "provided.al2023", " (Amazon Linux 2 reached end of life in June 2026)", ""
		}
	case famPython:
		if n(rt.version) < 3 || minor(rt.version) <= 9 {
			return "python3.14", "", ""
		}
	case famNode:
		if rt.version == "" || n(rt.version) <= 20 {
			return "nodejs24.x", "", ""
		}
	case famJava:
		if rt.id == "java8" {
			return "java21", " (Amazon Linux 1)", ""
		}
	case famDotnet:
		if strings.HasPrefix(rt.id, "dotnetcore") || n(rt.version) <= 7 {
			return "dotnet8", "", ""
		}
	case famRuby:
		if n(rt.version) < 3 || (n(rt.version) == 3 && minor(rt.version) <= 2) {
			return "ruby3.4", "", ""
		}
	}
	return "", "", ""
}

func (c *checker) checkDeprecated() {
	if c.rt.successor == "" || c.guess {
		return
	}
	c.report(c.fn, "runtime-deprecated", "",
		"runtime %s is deprecated%s: Lambda no longer patches it and blocks creating, then updating, functions that use it; move to %s%s",
		c.rt.id, c.rt.why, c.rt.successor, c.rt.how)
}

// inferRuntime guesses the runtime when -runtime is not given: OS-only
// when the package holds a bootstrap anywhere or nothing hints at another
// language (the tool is for Go functions first); unknown otherwise.
func inferRuntime(a *archive) (*runtimeInfo, bool) {
	hint := false
	for _, e := range a.entries {
		if e.dir {
			continue
		}
		b := e.base()
		if b == "bootstrap" {
			rt, _ := parseRuntime("provided.al2023")
			return rt, true
		}
		if languageHint(e.name(), b) {
			hint = true
		}
	}
	if hint {
		return nil, false
	}
	rt, _ := parseRuntime("provided.al2023")
	return rt, true
}

// languageHint reports files that only a managed runtime's package has.
func languageHint(name, base string) bool {
	switch path.Ext(base) {
	case ".py", ".pyc", ".js", ".mjs", ".cjs", ".ts", ".class", ".jar", ".dll", ".rb":
		return true
	}
	switch base {
	case "package.json", "requirements.txt", "Gemfile", "pom.xml":
		return true
	}
	return strings.HasPrefix(name, "node_modules/")
}

// layerDirs are the top-level folders of layers that runtimes load from
// (/opt/...); the first group only appears in layers.
var (
	layerOnlyDirs = map[string]bool{"python": true, "nodejs": true, "java": true, "ruby": true, "extensions": true}
	layerDirs     = map[string]bool{"python": true, "nodejs": true, "java": true, "ruby": true, "extensions": true, "bin": true, "lib": true, "etc": true, "share": true}
)

// looksLikeLayer reports a zip laid out as a layer: nothing at the root,
// every top-level folder one that runtimes load from /opt, and at least one
// folder that only layers use. Such a zip given alone is checked as a layer
// rather than reported for lacking a bootstrap or handler.
func looksLikeLayer(a *archive) bool {
	only := false
	for _, e := range a.entries {
		top := topDir(e.name())
		if top == "" {
			if e.dir && layerDirs[e.name()] {
				continue
			}
			return false
		}
		if !layerDirs[top] {
			return false
		}
		if layerOnlyDirs[top] {
			only = true
		}
	}
	return only
}
