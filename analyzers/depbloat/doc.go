// Package depbloat defines an Analyzer (work in progress).
//
// # Analyzer depbloat
//
// depbloat: see SPEC.md
package depbloat
