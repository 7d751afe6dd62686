package rules

func init() {
	register(
		Rule{
			ID: "handler-signature", Analyzer: "handlersig", Severity: Error,
			Title: "handler that aws-lambda-go rejects at run time",
			Rationale: "lambda.Start takes the handler as interface{} and validates it by reflection when the function starts. " +
				"An invalid handler does not stop the process: it is replaced by one that returns the validation error, so the function deploys and every invocation fails. " +
				"Valid: a value with Invoke(context.Context, []byte) ([]byte, error), or a func with at most two arguments (context.Context first when there are two) and at most two results (error last). A concrete error result type (*APIError) is converted to error by aws-lambda-go, so its nil value is a non-nil error and every invocation fails: declare the result as error.",
			Bad:  "func handle(ctx context.Context, e Event) Response { … }\n\nlambda.Start(handle) // every invocation: handler returns a single value, but it does not implement error",
			Good: "func handle(ctx context.Context, e Event) (Response, error) { … }\n\nlambda.Start(handle)",
			Fix:  "Use one of func(), func(ctx) error, func(Event) error, func(ctx, Event) error, func(ctx, Event) (Out, error) and the other shapes aws-lambda-go accepts, or implement lambda.Handler.",
		},
		Rule{
			ID: "event-undecodable", Analyzer: "handlersig", Severity: Error,
			Title: "event type that encoding/json cannot decode into",
			Rationale: "aws-lambda-go decodes each event with encoding/json into the handler's last argument; channels, funcs and complex numbers make every invocation fail, and so do a non-empty interface (json cannot choose a concrete type) and a map whose keys are neither strings, integers nor encoding.TextUnmarshaler. A []byte is filled from a base64 string (or an array of numbers), never from an object, so every JSON object event fails: json.RawMessage is the raw payload. " +
				"A field of the event struct (at any depth) of one of these types, tagged with a json key, fails every event that carries the key; untagged ones are taken for the program's own state, which no event names.",
			Bad:  "func handle(ctx context.Context, in chan string) error",
			Good: "func handle(ctx context.Context, in events.SQSEvent) error",
			Fix:  "Take a struct with exported fields, an events type, or json.RawMessage.",
		},
		Rule{
			ID: "result-unencodable", Analyzer: "handlersig", Severity: Error,
			Title:     "result type that encoding/json cannot encode",
			Rationale: "aws-lambda-go encodes the handler's first result with encoding/json (unless it is an io.Reader); channels, funcs, complex numbers and maps whose keys are neither strings, integers nor encoding.TextMarshaler fail with \"json: unsupported type\" on every invocation, also as a field reached without a pointer, slice or map (fields tagged json:\"-\" and unexported ones are skipped). A MarshalJSON or MarshalText with a pointer receiver does not run for a value returned as it is, nor for a map key: the result is encoded from an interface{}, which is not addressable.",
			Bad:       "func handle(ctx context.Context) (func() string, error)",
			Good:      "func handle(ctx context.Context) (Response, error)",
			Fix:       "Return a struct with exported fields, json.RawMessage (JSON already encoded) or an io.Reader (raw bytes sent as they are); a []byte is sent as a base64 JSON string.",
		},
		Rule{
			ID: "payload-no-fields", Analyzer: "handlersig", Severity: Warning,
			Title:     "event or result struct without exported fields",
			Rationale: "encoding/json only sees exported fields: an event struct without any is never filled and a result struct without any is sent as {}. The function runs, but on nothing.",
			Bad:       "type order struct{ id string }\nfunc handle(ctx context.Context, o order) error",
			Good:      "type Order struct{ ID string `json:\"id\"` }\nfunc handle(ctx context.Context, o Order) error",
			Fix:       "Export the fields and give them json tags.",
		},
	)
}
