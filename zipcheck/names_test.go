package zipcheck

import "testing"

func TestHasDotDot(t *testing.T) {
	for name, want := range map[string]bool{
		"..": true, "../x": true, "a/../b": true, `a\..\b`: true, "a/..": true, "a//../b": true,
		"": false, "a/b": false, "..a/b": false, "a/b..": false, "a/.../b": false, "a/.b": false,
	} {
		if got := hasDotDot(name); got != want {
			t.Errorf("hasDotDot(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestClassifyJunk(t *testing.T) {
	for _, tc := range []struct {
		name, kind, root string
	}{
		{".git/config", "version-control data", ".git/"},
		{"node_modules/x/.git/HEAD", "version-control data", "node_modules/x/.git/"},
		{".git/docs/README.md", "version-control data", ".git/"}, // outermost folder wins
		{"src/__pycache__/a.cpython-312.pyc", "Python bytecode and tool caches", "src/__pycache__/"},
		{"handler_test.go", "tests", "handler_test.go"},
		{"lib/README.md", "documentation", "lib/README.md"},
		{"lib/LICENSE.md", "", ""},
		{"bootstrap", "", ""},
		{"assets/gitdir/f.bin", "", ""},
	} {
		k, root := classifyJunk(tc.name)
		kind := ""
		if k >= 0 {
			kind = junkKinds[k].what
		}
		if kind != tc.kind || root != tc.root {
			t.Errorf("classifyJunk(%q) = %q, %q; want %q, %q", tc.name, kind, root, tc.kind, tc.root)
		}
	}
}
