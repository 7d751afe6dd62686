// Package recursion defines an Analyzer (work in progress).
//
// # Analyzer recursion
//
// recursion: see SPEC.md
package recursion
