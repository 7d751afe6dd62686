// Package main registers every handler shape aws-lambda-go accepts; none
// may be reported.
package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type Order struct {
	ID string `json:"id"`
}

type Response struct {
	OK bool `json:"ok"`
}

// ctxAlias is an interface with exactly context.Context's methods.
type ctxAlias interface {
	context.Context
}

type srv struct{}

func (*srv) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

type private struct{}

func main() {
	switch os.Getenv("MODE") {
	case "1":
		lambda.Start(func() {})
	case "2":
		lambda.Start(func() error { return nil })
	case "3":
		lambda.Start(func(ctx context.Context) error { return nil })
	case "4":
		lambda.Start(func(o Order) error { return nil })
	case "5":
		lambda.Start(func(ctx context.Context, o Order) (Response, error) { return Response{}, nil })
	case "6":
		lambda.Start(func(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
			return events.SQSEventResponse{}, nil
		})
	case "7":
		lambda.Start(func(ctx context.Context, o *Order) error { return nil })
	case "8":
		lambda.Start(func(ev any) (any, error) { return ev, nil })
	case "9":
		lambda.Start(func(ctx ctxAlias, o Order) error { return nil })
	case "10":
		lambda.Start(&srv{})
	case "11":
		lambda.Start(func(ctx context.Context, raw json.RawMessage) (io.Reader, error) {
			return strings.NewReader(string(raw)), nil
		})
	case "12":
		lambda.Start(func(ctx context.Context, m map[string]any) ([]byte, error) { return nil, nil })
	case "13":
		lambda.Start(func(ctx context.Context, _ struct{}) error { return nil })
	case "14":
		var h lambda.Handler = &srv{}
		lambda.StartWithOptions(h)
	case "16":
		lambda.Start(func(ctx context.Context, e any) (map[int]string, error) { return nil, nil })
	case "17":
		lambda.Start(func(ctx context.Context, e map[region]int) (skipped, error) { return skipped{}, nil })
	case "18":
		lambda.Start(func(ctx context.Context, t task) error { return nil })
	case "19":
		lambda.Start(func(ctx context.Context, t *task) error { return nil })
	}
}

// task is an event that also carries the program's own state: json
// decodes an event into it as long as no key names the channel or func,
// and none is tagged with one.
type task struct {
	ID       string        `json:"id"`
	Done     chan struct{} // untagged: no event names it
	Cancel   func()        `json:"-"`
	Progress chan int      `json:",omitempty"`
	Hook     hook          `json:"hook"`
	results  chan error
	Steps    []step `json:"steps"`
}

// hook decodes itself from the name of a registered callback.
type hook func(string)

func (h *hook) UnmarshalJSON(b []byte) error { return nil }

type step struct {
	Name  string `json:"name"`
	Retry func() `json:"-"`
}

// region is a map key json handles through its text methods.
type region struct{ name string }

func (r region) MarshalText() ([]byte, error)  { return []byte(r.name), nil }
func (r *region) UnmarshalText(b []byte) error { r.name = string(b); return nil }

// skipped has fields json leaves alone: tagged "-", unexported, or
// behind a pointer or slice that stays nil.
type skipped struct {
	OK     bool          `json:"ok"`
	Done   chan struct{} `json:"-"`
	notify func()
	Extra  *withFunc  `json:"extra,omitempty"`
	Parts  []withFunc `json:"parts,omitempty"`
}

type withFunc struct{ F func() }
