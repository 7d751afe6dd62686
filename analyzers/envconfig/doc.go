// Package envconfig defines an Analyzer (work in progress).
//
// # Analyzer envconfig
//
// envconfig: see SPEC.md
package envconfig
