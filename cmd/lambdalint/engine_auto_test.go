package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestBuildCacheEmpty(t *testing.T) {
	used := t.TempDir()
	if err := os.MkdirAll(filepath.Join(used, "3f"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(used, "3f", "3f08-a"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	fresh := t.TempDir()
	// go clean -cache leaves the directory and its README behind.
	if err := os.WriteFile(filepath.Join(fresh, "README"), []byte("go build cache"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(fresh, "00"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		gocache string
		want    bool
	}{
		{used, false},
		{fresh, true},
		{filepath.Join(fresh, "missing"), true},
		{"off", true},
	} {
		t.Setenv("GOCACHE", tc.gocache)
		if got := buildCacheEmpty(); got != tc.want {
			t.Errorf("GOCACHE=%s: buildCacheEmpty() = %v, want %v", tc.gocache, got, tc.want)
		}
	}
}
