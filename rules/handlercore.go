package rules

func init() {
	register(
		Rule{
			ID: "handler-logic", Analyzer: "handlercore", Severity: Warning,
			Title: "handler that does the business logic itself",
			Rationale: "AWS advises separating the Lambda handler from the core logic: a handler that only decodes the event, calls a core function with plain Go values and encodes the result keeps the logic unit-testable and reusable outside Lambda. " +
				"The rule measures the handler's own body (closures included, not the functions it calls): statements, cyclomatic complexity and distinct SDK, database and HTTP client operations called directly (also through an interface of the code's own that takes the SDK's operation inputs, the client mocked for tests). " +
				"Defaults: more than 30 statements, a complexity over 12 (early-exit guard clauses such as input checks and if err != nil not counted, nor a router's cases that only hand over, after at most decoding their input: case \"GET /orders\": return listOrders(ctx, req); their statements are not counted either) or more than 2 distinct operations; set [handlercore] max-statements, max-complexity and max-sdk-calls in lambdalint.toml.",
			Bad:  "func handle(ctx context.Context, e events.SQSEvent) error {\n\tfor _, r := range e.Records {\n\t\t// 60 lines: validate, price, GetItem, PutItem, Publish…\n\t}\n}",
			Good: "func handle(ctx context.Context, e events.SQSEvent) error {\n\tfor _, r := range e.Records {\n\t\tvar o order.Order\n\t\tif err := json.Unmarshal([]byte(r.Body), &o); err != nil {\n\t\t\treturn err\n\t\t}\n\t\tif err := svc.Place(ctx, o); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}",
			Fix:  "Move the logic into a core function (or a service type) that takes and returns plain Go values; keep the handler to decoding, delegating and encoding.",
		},
		Rule{
			ID: "core-coupled", Analyzer: "handlercore", Severity: Warning,
			Title: "core logic that takes or returns aws-lambda-go types",
			Rationale: "A function the handler delegates to that takes or returns events or lambdacontext types cannot be tested or reused without building Lambda events. " +
				"Handlers themselves are not reported, nor adapters that call no client operation: converters (up to 30 statements, complexity 16) with Lambda types on one side and domain values on the other, which turn an event into domain values (toOrder, parseRequest) or domain values into a response (jsonResponse, errorResponse), and small sub-handlers and consumers (up to 15 statements, complexity 8), such as the routes of a router that delegate to the core. " +
				"Functions of other packages of the module are reported at the call in the handler's package.",
			Bad:  "func handle(ctx context.Context, e events.SQSEvent) error { return process(ctx, e) }\n\nfunc process(ctx context.Context, e events.SQSEvent) error {\n\t// GetItem, PutItem, … on e.Records\n}",
			Good: "func handle(ctx context.Context, e events.SQSEvent) error {\n\tfor _, r := range e.Records {\n\t\to, err := toOrder(r)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tif err := svc.Place(ctx, o); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}",
			Fix:  "Decode the event in the handler (or a small adapter) and pass plain Go values to the core; return domain results that the handler turns into the response.",
		},
	)
}
