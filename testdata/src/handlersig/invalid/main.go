// Package main registers handlers that aws-lambda-go rejects at run time.
package main

import (
	"context"
	"errors"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

type Order struct {
	ID string `json:"id"`
}

type Response struct {
	OK bool `json:"ok"`
}

// lambdaCtx implements context.Context but is a concrete type.
type lambdaCtx struct{ context.Context }

type narrow interface {
	Done() <-chan struct{}
}

type srv struct{}

func (*srv) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

type notHandler struct{ Name string }

type order struct {
	id    string
	items []string
}

type apiError struct{ msg string }

func (e *apiError) Error() string { return e.msg }

type shape interface{ Area() float64 }

type point struct{ X, Y int }

type rawBody []byte

// ptrMarshaled marshals itself through its pointer only: a value of it is
// encoded field by field, channel included.
type ptrMarshaled struct{ Done chan int }

func (p *ptrMarshaled) MarshalJSON() ([]byte, error) { return []byte("{}"), nil }

type ptrKey struct{ a, b int }

func (k *ptrKey) MarshalText() ([]byte, error) { return []byte("k"), nil }

type status struct {
	OK   bool          `json:"ok"`
	Done chan struct{} `json:"done"`
}

type report struct {
	Totals struct {
		Z complex128
	}
}

// job names a callback key the producer sends as a string: json cannot
// decode a string into a func.
type job struct {
	ID     string      `json:"id"`
	OnDone func(error) `json:"on_done"`
}

type envelope struct {
	Items []item `json:"items"`
}

type item struct {
	SKU      string   `json:"sku"`
	Progress chan int `json:"progress"`
}

// scene holds a list of interfaces: json cannot pick their types.
type scene struct {
	Shapes []shape `json:"shapes"`
}

// drawing has the field through an embedded struct: json promotes it.
type drawing struct {
	canvas
}

type canvas struct {
	Shape shape `json:"shape"`
}

func oneResult(ctx context.Context, o Order) Response { return Response{} }

func main() {
	startByName()
	switch os.Getenv("MODE") {
	case "nil":
		lambda.Start(nil) // want `the handler is nil: every invocation will fail with "handler is nil"`
	case "concrete-ctx":
		lambda.Start(func(ctx lambdaCtx, o Order) error { return nil }) // want `handler's first argument is lambdaCtx, not context.Context: every invocation will fail with "handler takes two arguments, but the first is not Context. got struct"`
	case "narrow":
		lambda.Start(func(ctx narrow) error { return nil }) // want `handler takes interface narrow, which is not context.Context`
	case "three-args":
		lambda.Start(func(ctx context.Context, o Order, n int) error { return nil }) // want `handler takes 3 arguments: every invocation will fail with "handlers may not take more than two arguments, but handler takes 3"`
	case "first-not-ctx":
		lambda.Start(func(o Order, ctx context.Context) error { return nil }) // want `handler's first argument is Order, not context.Context`
	case "one-result":
		lambda.Start(oneResult) // want `handler returns only Response, which does not implement error: every invocation will fail with "handler returns a single value, but it does not implement error"; return \(Response, error\)`
	case "second-not-error":
		lambda.Start(func() (Response, string) { return Response{}, "" }) // want `second result string does not implement error`
	case "three-results":
		lambda.Start(func() (int, int, error) { return 0, 0, errors.New("x") }) // want `handler returns 3 values`
	case "value-receiver":
		lambda.Start(srv{}) // want `handler of type srv is neither a func nor a lambda.Handler: .*Invoke has a pointer receiver: pass a pointer`
	case "struct":
		lambda.NewHandler(notHandler{}) // want `handler of type notHandler is neither a func nor a lambda.Handler: every invocation will fail with "handler kind struct is not func"`
	case "chan-event":
		lambda.Start(func(ctx context.Context, in chan string) error { return nil }) // want `event type chan string is a channel, which encoding/json cannot decode into`
	case "func-result":
		lambda.Start(func(ctx context.Context) (func() string, error) { return nil, nil }) // want `result type func\(\) string is a func, which encoding/json cannot encode`
	case "complex":
		lambda.StartWithContext(context.Background(), func(ctx context.Context, c complex128) error { return nil }) // want `event type complex128 is a complex number`
	case "concrete-error":
		lambda.Start(func(ctx context.Context, o Order) (*Response, *apiError) { return nil, nil }) // want `handler's error result is the concrete type \*apiError: aws-lambda-go turns it into an error interface, so a nil or zero \*apiError is a non-nil error`
	case "iface-event":
		lambda.Start(func(ctx context.Context, e shape) error { return nil }) // want `event type shape is a non-empty interface, which encoding/json cannot decode into`
	case "struct-key":
		lambda.Start(func(ctx context.Context, e map[point]int) error { return nil }) // want `event type map\[point\]int is a map with point keys`
	case "chan-field":
		lambda.Start(func(ctx context.Context) (*status, error) { return nil, nil }) // want `result type \*status is a struct with a channel field Done, which encoding/json cannot encode`
	case "nested-complex":
		lambda.Start(func(ctx context.Context) (report, error) { return report{}, nil }) // want `result type report is a struct with a complex number field Z`
	case "ptr-marshaler":
		lambda.Start(func(ctx context.Context) (ptrMarshaled, error) { return ptrMarshaled{}, nil }) // want `result type ptrMarshaled is a struct with a channel field Done, which encoding/json cannot encode: every invocation will fail with "json: unsupported type"; its MarshalJSON has a pointer receiver and does not run for a ptrMarshaled value: return \*ptrMarshaled or give MarshalJSON a value receiver`
	case "ptr-marshaler-by-pointer":
		lambda.Start(func(ctx context.Context) (*ptrMarshaled, error) { return &ptrMarshaled{}, nil })
	case "ptr-text-key":
		lambda.Start(func(ctx context.Context) (map[ptrKey]int, error) { return nil, nil }) // want `result type map\[ptrKey\]int is a map with ptrKey keys \(their MarshalText has a pointer receiver, which a map key cannot call: give it a value receiver\), which encoding/json cannot encode`
	case "bytes":
		lambda.Start(func(ctx context.Context, payload []byte) error { return nil }) // want `event type \[\]byte takes the payload through encoding/json, which fills a byte slice from a base64 string, never from an object: every JSON object event fails with a json unmarshal error; take json.RawMessage for the raw payload`
	case "raw-type":
		lambda.Start(func(ctx context.Context, payload rawBody) error { return nil }) // want `event type rawBody takes the payload through encoding/json`
	case "func-field":
		lambda.Start(func(ctx context.Context, j job) error { return nil }) // want `event type job: field OnDone, tagged json:"on_done", is a func, which encoding/json cannot decode into: every event that carries "on_done" fails with a json unmarshal error; give the field a type json can fill \(json.RawMessage keeps the raw value\) or tag it json:"-"`
	case "nested-chan-field":
		lambda.Start(func(ctx context.Context, e *envelope) error { return nil }) // want `event type \*envelope: field Items.Progress, tagged json:"progress", is a channel`
	case "embedded-iface-field":
		lambda.Start(func(ctx context.Context, d drawing) error { return nil }) // want `event type drawing: field Shape, tagged json:"shape", is a non-empty interface`
	case "slice-of-iface-field":
		lambda.Start(func(ctx context.Context, s scene) error { return nil }) // want `event type scene: field Shapes, tagged json:"shapes", is a slice of non-empty interface`
	case "unexported":
		lambda.Start(func(ctx context.Context, o order) error { return nil }) // want `event type order has no exported fields`
	case "suppressed":
		//lambdalint:ignore handler-signature the runtime wraps this one in a proxy
		lambda.Start(oneResult)
	case "no-reason":
		//lambdalint:ignore handler-signature // want `needs a reason`
		lambda.Start(oneResult) // want `handler returns only Response`
	case "unused":
		//lambdalint:ignore handler-signature nothing to see here // want `suppresses nothing`
		lambda.Start(func(ctx context.Context) error { return nil })
	case "unknown":
		//lambdalint:ignore handler-sig typo in the rule id // want `names unknown rule "handler-sig" \(did you mean "handlersig"\?\)`
		lambda.Start(func(ctx context.Context) error { return nil })
	}
}
