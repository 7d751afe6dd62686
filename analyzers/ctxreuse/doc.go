// Package ctxreuse defines an Analyzer that reports code run on every
// invocation that should run once per execution environment, or that
// breaks the statelessness of a handler.
//
// # Analyzer ctxreuse
//
// ctxreuse: report clients built per invocation, request data kept in package state and goroutines that outlive the handler
//
// Lambda keeps a function's process (its execution environment) between
// invocations: what is built at package level, in init, in main before
// lambda.Start or lazily under a guard is reused, and AWS advises to build
// SDK clients and connection pools there. The same reuse makes state
// dangerous: package variables outlive the invocation, and since
// aws-lambda-go v1.51 (AWS_LAMBDA_MAX_CONCURRENCY) several invocations may
// run in one process at once. The analyzer looks at the code that runs per
// invocation: each handler found by the handlers pass and everything it
// calls, through helpers and across packages, using the function summaries
// (analysis facts), and through package variables that hold a closure the
// package never reassigns (var newClient = func(…) { … }, a seam tests
// swap).
//
// client-per-invocation (warning): an aws-sdk-go-v2 config
// (config.LoadDefaultConfig) or service client (<svc>.NewFromConfig,
// <svc>.New), an aws-sdk-go v1 session or client, sql.Open, a pgx pool or
// connection, a redis, mongo, grpc or other client, an http.Client or
// http.Transport literal built on every invocation. Constructors are
// recognised by package and result type (a package-level function of a
// client library whose first result is a client, pool, session, connection
// or SDK config type), not by a list of names, so every service is covered.
// Reported at the construction, also when it is in a helper of the
// package that the handler calls (the message names the helper and the
// handler's call, which is related information); at the call of a
// helper of another package that constructs (the message names the
// chain and the place inside); or at the registration of a handler
// declared in another package, with related information pointing at
// it. The same holds for the writes of request-state and the go
// statements of goroutine-leak.
//
// request-state (warning): a package variable assigned, appended to,
// incremented by or written through (map, slice, field, sync.Map.Store,
// the mutating methods of in-memory containers and cache libraries) with a
// value derived from the handler's arguments (the event; what
// json.Unmarshal, a Decoder or another codec called in the function fills
// from it, into a local, a package variable or a receiver field, though
// not through a wrapper of the codec; the request id from
// lambdacontext.FromContext), or such a write to a field of the
// handler's long-lived receiver (a method value passed to lambda.Start;
// through a map with a value receiver).
//
// goroutine-leak (warning): a go statement in invocation code that the
// function does not wait for before returning: no WaitGroup or errgroup
// Wait (deferred or after it), no Acquire of the semaphore it releases
// after it (sem.Acquire(ctx, workers)), no receive from a channel, no later call
// handed a channel or a WaitGroup. Lambda freezes the environment when the
// handler returns. Also one awaited on some paths only: a return between
// the go statement and the wait, in the loop that starts the goroutines
// (before the wait after it), or inside the loop that receives the
// results the goroutines send (return on the first error); except a
// return at the deadline (a select case on another channel such as
// ctx.Done(), an if on ctx.Err() or on a semaphore's Acquire error),
// once the results channel is closed (the ok of the receive), or after
// a wait in its own block.
//
// Not reported (the practices done right): clients at package level, in
// init or main; lazy initialisation under a nil check of package state or
// of a pointer receiver (also the early-return form `if c != nil { return
// c }`; the guarded code must set the state the test reads, so `if
// !enabled { return nil }` guards nothing after it; a value receiver is a
// copy that forgets the client, reported with the advice to make it a
// pointer, unless the field lies behind a pointer),
// a lookup in a package map (per-key client caches), also when a hit
// returns only while the entry is fresh (a TTL cache that evicts and
// fetches again), sync.Once.Do (with a
// closure or a function), sync.OnceFunc/OnceValue/OnceValues; cold-start
// flags, counters and sizes (no request data flows into them); caches of
// configuration loaded once; fan-out that waits; request-scoped values
// (http.NewRequestWithContext, SDK input structs, paginators, buffers,
// presigned requests); a context passed to a constructor does not make the
// result request data; goroutines started once under a guard; writes to
// values the invocation creates.
//
// Settings (lambdalint.toml): [clients] constructors lists extra
// constructors by qualified name ("example.com/db.Connect"); [clients]
// packages lists extra import paths (a trailing /... matches below) whose
// package-level functions returning a *Client, *Pool, *DB, *Conn,
// *Session, … type count as constructors. Rules are enabled, disabled and
// re-graded as usual; //lambdalint:ignore RULE reason suppresses one
// finding (e.g. a client that depends on the tenant of the request).
package ctxreuse
