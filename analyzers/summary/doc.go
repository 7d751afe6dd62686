// Package summary defines an Analyzer that summarises, per function, what
// one call of it does, and carries the summaries across packages as facts.
//
// # Analyzer summary
//
// summary: record what each function does when called, for the other analyzers
//
// A summary lists effects: the clients and pools it constructs, the package
// state it writes (and which parameters flow into the write), the
// goroutines it starts and does not wait for, and the other effects the
// analyzers register. Summaries are transitive: the effects of a call to a
// helper are merged into the caller's, with the chain of functions that
// leads to each effect and whether the call sits under a lazy-initialisation
// guard (a nil check of package state, sync.Once). They are exported as
// object facts, so a handler in one package that calls a helper in another
// sees what the helper does under every driver (standalone, go vet,
// golangci-lint, nogo), each of which analyses one package at a time.
//
// The analyzer reports nothing; its Result gives the summaries of the
// package's functions and closures and of imported functions.
package summary
