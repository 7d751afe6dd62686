// Package ctxreuse defines an Analyzer (work in progress).
//
// # Analyzer ctxreuse
//
// ctxreuse: see SPEC.md
package ctxreuse
