package summary

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

var roots = sync.OnceValue(func() []string {
	var rs []string
	add := func(dir string) {
		if dir == "" {
			return
		}
		if abs, err := filepath.Abs(dir); err == nil {
			rs = append(rs, abs+string(filepath.Separator))
		}
	}
	add(build.Default.GOROOT)
	if mc := os.Getenv("GOMODCACHE"); mc != "" {
		add(mc)
	} else {
		for _, gp := range filepath.SplitList(build.Default.GOPATH) {
			add(filepath.Join(gp, "pkg", "mod"))
		}
	}
	return rs
})

// thirdParty reports whether the package is the standard library, a
// downloaded module or vendored code, judged by where its files are.
func thirdParty(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true // no syntax: nothing to summarise
	}
	return ThirdPartyFiles([]string{pass.Fset.File(pass.Files[0].Pos()).Name()})
}

// ThirdPartyFiles reports whether the package with these Go files, as a
// driver names them, is third-party as ThirdParty judges it. The vet tool
// uses it to type-check such packages without their function bodies,
// which none of the passes then reads (internal/depvet).
func ThirdPartyFiles(goFiles []string) bool {
	if len(goFiles) == 0 {
		return true
	}
	name := goFiles[0]
	if strings.Contains(filepath.ToSlash(name), "/vendor/") {
		return true
	}
	for _, r := range roots() {
		if strings.HasPrefix(name, r) {
			return true
		}
	}
	return false
}

// ThirdParty reports whether the package is the standard library, a
// downloaded module or vendored code: not the function's own code, which
// the passes that only look at the user's code skip.
func ThirdParty(pass *analysis.Pass) bool { return thirdParty(pass) }
