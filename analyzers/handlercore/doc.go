// Package handlercore defines an Analyzer that reports Lambda handlers
// that are not separated from the core logic.
//
// # Analyzer handlercore
//
// handlercore: report handlers that do the business logic and core logic coupled to Lambda types
//
// AWS advises separating the Lambda handler (the entry point) from the
// core logic, so the logic can be unit-tested and reused without Lambda.
// Two rules:
//
// handler-logic (warning): a handler whose own body does more than adapt.
// The body of the code that runs per invocation (the function or closure
// registered, including closures inside it, not the functions it calls)
// is measured: statements (blocks, case clauses and labels are not
// counted), cyclomatic complexity (1 + if, for, range, non-default case
// and select clauses, && and ||; early-exit guard clauses — an if with no
// else whose body only returns, continues or breaks, such as input checks
// and if err != nil — adapt rather than decide and are not counted, nor
// are the cases of a router that only hand over, one return of calls or
// one call, after at most a few steps decoding its input: case "GET
// /orders": return listOrders(ctx, req); case "invoice.paid": var d
// Invoice; if err := json.Unmarshal(e.Detail, &d); err != nil { return
// err }; return paid(ctx, d) — whose statements are not counted either) and
// distinct SDK, database and HTTP
// client operations called directly (method calls on a client, pool or
// session type: s3.Client.PutObject, sql.DB.QueryContext; or on an
// interface of the code's own whose method takes an AWS SDK operation's
// input, the client mocked for tests: S3API.GetObject(ctx,
// *s3.GetObjectInput), named s3.Client.GetObject as the client's own). It
// is reported
// when any measure is over its threshold, set in lambdalint.toml:
//
//	[handlercore]
//	max-statements = 30 # a 10–25 line handler that decodes, validates and delegates has about 20
//	max-complexity = 12 # leaves room for input checks and a per-record loop; cyclop and gocyclo warn from 10–15
//	max-sdk-calls  = 2  # one read and one write are adaptation; a third distinct operation is orchestration
//
// The message gives the three figures. A handler declared in another
// package (or the closure a factory of another package returns) is
// measured there and reported at the registration.
//
// core-coupled (warning): a function that a handler runs (directly or
// through other functions, across the module's packages) that takes or
// returns aws-lambda-go events or lambdacontext types and either calls a
// client operation itself or is more than an adapter. Not reported:
// handlers themselves (any function registered as one), and adapters that
// call no client operation — converters, with Lambda types on one side and
// domain values on the other (toOrder/parseRequest turn an event into
// domain values, jsonResponse/errorResponse turn domain values into a
// response), up to 30 statements and complexity 16 since input validation
// and error mapping take room; and, up to 15 statements and complexity 8,
// sub-handlers with events in and out (the routes of a router that
// delegate to the core) and consumers that take an event and return only an
// error — in any package. A function in another
// package is reported at the call in the handler's package, with the
// function as related information.
package handlercore
