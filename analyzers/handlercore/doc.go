// Package handlercore defines an Analyzer (work in progress).
//
// # Analyzer handlercore
//
// handlercore: see SPEC.md
package handlercore
