package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// buildCacheEmpty reports whether the go command's build cache holds
// nothing yet: a fresh CI machine, a new GOCACHE directory, GOCACHE=off.
// There the vet engine would compile every dependency before analysing
// (70-90 s at N=200 of bench/gen, as go vet does), while the packages
// engine type-checks them from source in this process (8 s), and a
// cache the vet engine would fill is one the next run may never see. An
// error says nothing about the cache: the vet engine runs, and reports it.
func buildCacheEmpty() bool {
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		return false
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" || dir == "off" {
		return true
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return os.IsNotExist(err)
	}
	// Entries live in 256 subdirectories named by the first byte of
	// their hash (00 to ff); one file in any of them is a cache in use.
	for _, e := range ents {
		if !e.IsDir() || len(e.Name()) != 2 {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		names, _ := f.Readdirnames(1)
		f.Close()
		if len(names) > 0 {
			return false
		}
	}
	return true
}
