package handlers

// entryPoint describes a function that takes a handler: one of
// aws-lambda-go's (sdk.EntryPointOf), a configured one, or a function of
// the module that passes its parameter on to one (summary.Register).
type entryPoint struct {
	arg int // index of the handler argument; -1: every function-typed argument
	// checked: the argument is interface{} and aws-lambda-go validates it
	// by reflection at run time, which handlersig repeats statically.
	checked bool
}
