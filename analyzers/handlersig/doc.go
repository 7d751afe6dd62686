// Package handlersig defines an Analyzer that reports Lambda handlers that
// aws-lambda-go rejects at run time.
//
// # Analyzer handlersig
//
// handlersig: report handlers that aws-lambda-go rejects at run time
//
// lambda.Start, StartWithOptions, StartWithContext, NewHandler and
// NewHandlerWithOptions take the handler as interface{} and validate it by
// reflection when the function starts. An invalid handler does not stop
// the process: it is replaced by one that returns the validation error, so
// the function deploys and every invocation fails. The rules, as
// lambda/handler.go enforces them:
//
//   - nil is rejected;
//   - a value with Invoke(context.Context, []byte) ([]byte, error) is
//     accepted as it is (with its method set: a pointer-receiver Invoke on
//     a struct passed by value does not count);
//   - anything else must be a func;
//   - at most two arguments; with one, an interface argument must be
//     exactly context.Context (an empty interface is the event); with two,
//     the first must be an interface equivalent to context.Context (a
//     concrete type implementing Context is rejected);
//   - at most two results; with two the second must implement error, with
//     one it must implement error.
//
// The event is decoded with encoding/json into the last argument and the
// first result is encoded with encoding/json (unless it is an io.Reader):
// channels, funcs and complex numbers make every invocation fail, a
// []byte event is filled from a base64 string or an array of numbers, never
// from an object (json.RawMessage
// is the raw payload), and a struct without exported fields silently
// carries nothing. The result is encoded from an interface{}, a value that
// is not addressable: a MarshalJSON or MarshalText declared on *T does not
// run for a T returned by value, nor for a map key.
package handlersig
