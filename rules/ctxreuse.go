package rules

func init() {
	register(
		Rule{
			ID: "client-per-invocation", Analyzer: "ctxreuse", Severity: Warning,
			Title: "client, SDK config or connection pool created on every invocation",
			Rationale: "Take advantage of execution-context reuse: Lambda keeps the process between invocations, so what the handler builds once at package level, in init or lazily is reused. " +
				"A client, aws.Config, session or pool built inside the handler (or a helper it calls) resolves credentials, opens TLS connections and allocates pools on every invocation, which adds latency and cost and can exhaust database connections. " +
				"Constructors handed an already built client only wrap it (s3.NewPresignClient(client), paginators, sqlx.NewDb(db, driver)) and are not reported; a sync.Once or nil check on a variable of the handler's own is new on every invocation and guards nothing, and so does a nil check whose branch does not set what it tests (if client == nil { client := s3.New(…) } shadows it). " +
				"An http.Client without a Transport of its own shares the process-wide connection pool and is not reported; an http.Transport is.",
			Bad:  "func handle(ctx context.Context, e events.SQSEvent) error {\n\tcfg, _ := config.LoadDefaultConfig(ctx)\n\tclient := dynamodb.NewFromConfig(cfg)\n\t…\n}",
			Good: "var client *dynamodb.Client\n\nfunc init() {\n\tcfg, err := config.LoadDefaultConfig(context.Background())\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tclient = dynamodb.NewFromConfig(cfg)\n}\n\nfunc handle(ctx context.Context, e events.SQSEvent) error { … client.PutItem(ctx, …) … }",
			Fix: "Move the construction to package level, init or main before lambda.Start (pass the client to the handler through a struct), or guard it with sync.Once or a nil check. " +
				"Add your own constructors under [clients] constructors/packages in lambdalint.toml.",
		},
		Rule{
			ID: "request-state", Analyzer: "ctxreuse", Severity: Warning,
			Title: "request data kept in package state or on the handler's receiver",
			Rationale: "Lambda handlers must be stateless: package variables (and the fields of a handler's long-lived receiver) survive between invocations, so request data written there leaks into later invocations. " +
				"Since aws-lambda-go v1.51, AWS_LAMBDA_MAX_CONCURRENCY lets one process run several invocations at once, so such a write is also a data race. " +
				"The standard library's default loggers are package state too (log.SetPrefix, slog.SetDefault with the request id): give the request's logger to the code that needs it, or put the id in the context; so is the process environment (os.Setenv with request data). " +
				"A map keyed by request data under a lookup guard is a record of requests, not lazy initialisation, when it stores a constant or the request itself (seen[id] = true). " +
				"What json.Unmarshal, a Decoder or another codec fills from the event is request data too, and a test that does not read the state written after it (if !enabled { return nil }) is not a lazy-initialisation guard.",
			Bad:  "var lastOrder Order\n\nfunc handle(ctx context.Context, o Order) error {\n\tlastOrder = o\n\t…\n}",
			Good: "func handle(ctx context.Context, o Order) error {\n\treturn process(ctx, o) // request data stays in locals and arguments\n}",
			Fix:  "Keep request data in local variables and pass it as arguments; keep package state for what is built once (clients, configuration, counters without request data).",
		},
		Rule{
			ID: "goroutine-leak", Analyzer: "ctxreuse", Severity: Warning,
			Title: "goroutine started by the handler and not awaited",
			Rationale: "Lambda freezes the execution environment as soon as the handler returns: a goroutine still running is suspended, may never finish (lost writes, unsent metrics), and resumes during a later invocation, racing with it and using its time. " +
				"A go statement, the Go method of a group that has a Wait (errgroup.Group, sync.WaitGroup) and a time.AfterFunc whose timer the function does not stop count; a goroutine is awaited by a later Wait, an Acquire of the weighted semaphore it releases (sem.Acquire(ctx, workers) after the loop), a receive or range on a channel it uses, or a function that returns that channel to its caller (a generator), on every path: a return between the go statement and the wait (if err != nil { return err }) leaves it running, unless the wait is deferred, and so does a return in the loop that starts the goroutines or in the loop that receives their results (returning on the first error); not one at the deadline (a select case on ctx.Done(), an if on ctx.Err() or a semaphore's Acquire error), once the results channel is closed, or after a wait.",
			Bad:  "func handle(ctx context.Context, e Event) error {\n\tgo audit(e)\n\treturn nil\n}",
			Good: "func handle(ctx context.Context, e Event) error {\n\tg, ctx := errgroup.WithContext(ctx)\n\tg.Go(func() error { return audit(ctx, e) })\n\treturn g.Wait()\n}",
			Fix:  "Wait for the goroutine before returning (sync.WaitGroup, errgroup.Group, a channel receive), or do the work synchronously; for work after the response use a Lambda extension or an asynchronous invocation.",
		},
	)
}
