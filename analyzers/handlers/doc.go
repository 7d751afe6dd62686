// Package handlers defines an Analyzer that finds a package's Lambda
// handlers: the shared discovery every other lambdalint analyzer builds on.
//
// # Analyzer handlers
//
// handlers: find the Lambda handlers a package registers or declares
//
// A handler is any value passed to an aws-lambda-go entry point (lambda.Start,
// StartWithOptions, StartHandlerFunc, NewHandler, NewHandlerWithOptions,
// StartWithContext, StartHandler, StartHandlerWithContext, NewFunction,
// lambdaurl.Start and Wrap, cfn.LambdaWrap and LambdaWrapSNS, the entry
// points added in lambdalint.toml, and the module's own functions that hand
// a parameter on to one of these, in any package: a start-up helper such
// as platform.Start[E, R](h), known from the summary facts): a function, a method value, a closure,
// a closure returned by a constructor (lambda.Start(newHandler(db))), or a
// value with Invoke(context.Context, []byte) ([]byte, error). Wrappers and
// adapters are seen through generally: the function-valued arguments of a
// call whose result is registered, the receiver of a third-party method
// value (httpadapter.New(mux).ProxyWithContext), the routes registered on
// a local http.ServeMux, and the adapter a handler hands its event to
// (return ginLambda.ProxyWithContext(ctx, req), with ginLambda built
// from a router in init), and every element of a map or slice of
// handlers one of which is registered (h, ok := handlers[os.Getenv(
// "HANDLER")]; lambda.Start(h)), whose signatures handlersig checks as
// aws-lambda-go will. Functions marked with a //lambdalint:handler comment
// or listed under [handlers] functions in lambdalint.toml are handlers too.
//
// The analyzer reports nothing; its Result is the list of handlers.
package handlers
