// Package main registers handlers in every shape aws-lambda-go accepts.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	ddlambda "github.com/DataDog/datadog-lambda-go"
	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"
)

type Order struct {
	ID string `json:"id"`
}

func handle(ctx context.Context, o Order) error { return nil }

type Server struct{ table string }

func (s *Server) Handle(ctx context.Context, e events.SQSEvent) error { return nil }

func NewServer(table string) *Server { return &Server{table: table} }

// newHandler builds the handler once; the returned closure runs per invocation.
func newHandler(table string) func(context.Context, Order) error {
	prefix := "orders/" + table
	return func(ctx context.Context, o Order) error {
		log.Println(prefix, o.ID)
		return nil
	}
}

type invoker struct{}

func (invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

// withLogging is a project's own middleware.
func withLogging(next func(context.Context, Order) error) func(context.Context, Order) error {
	return func(ctx context.Context, o Order) error {
		log.Println("start")
		return next(ctx, o)
	}
}

// orderHandler is an alias, so withLogging (spelt out) fits chain.
type orderHandler = func(context.Context, Order) error

// withRequestID builds a middleware; its inner closure runs per
// invocation.
func withRequestID(prefix string) func(orderHandler) orderHandler {
	return func(next orderHandler) orderHandler {
		return func(ctx context.Context, o Order) error {
			log.Println(prefix + o.ID)
			return next(ctx, o)
		}
	}
}

// chain wraps h in mws, the first outermost.
func chain(h orderHandler, mws ...func(orderHandler) orderHandler) orderHandler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// pipeline is a project's own lambda.Handler that runs middlewares.
type pipeline struct {
	mws []func(orderHandler) orderHandler
	h   orderHandler
}

func (p *pipeline) Use(mw func(orderHandler) orderHandler) { p.mws = append(p.mws, mw) }

func (p *pipeline) Handle(h orderHandler) { p.h = h }

func (p *pipeline) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

func api(w http.ResponseWriter, r *http.Request) {}

func health(w http.ResponseWriter, r *http.Request) {}

type router struct{}

func (router) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func custom(ctx context.Context, e cfn.Event) (string, map[string]interface{}, error) {
	return "id", nil, nil
}

func typed(ctx context.Context, o Order) (string, error) { return o.ID, nil }

//lambdalint:handler
func marked(ctx context.Context, o Order) error { return nil } // want `handler main.marked via //lambdalint:handler`

func main() {
	switch os.Getenv("MODE") {
	case "func":
		lambda.Start(handle) // want `handler main.handle via lambda.Start`
	case "method":
		lambda.Start(NewServer(os.Getenv("TABLE")).Handle) // want `handler \(\*Server\).Handle via lambda.Start`
	case "closure":
		lambda.Start(func(ctx context.Context) error { return nil }) // want `handler closure via lambda.Start`
	case "factory":
		lambda.StartWithOptions(newHandler(os.Getenv("TABLE")), lambda.WithEnableSIGTERM()) // want `handler closure via lambda.StartWithOptions`
	case "invoker":
		lambda.StartHandler(invoker{}) // want `handler \(invoker\).Invoke via lambda.StartHandler`
	case "middleware":
		lambda.Start(withLogging(handle)) // want `handler closure via lambda.Start` `handler main.handle via lambda.Start \(wrapped\)`
	case "curried":
		lambda.Start(withRequestID("x-")(handle)) // want `handler closure via lambda.Start` `handler main.handle via lambda.Start \(wrapped\)`
	case "chain":
		// The middlewares' closures run; withLogging's own body does not.
		lambda.Start(chain(handle, withLogging, withRequestID("y-"))) // want `handler main.handle via lambda.Start \(wrapped\)` `handler closure via lambda.Start \(wrapped\)` `handler closure via lambda.Start \(wrapped\)`
	case "middleware variable":
		mw := withRequestID("z-")
		lambda.Start(mw(handle)) // want `handler closure via lambda.Start` `handler main.handle via lambda.Start \(wrapped\)`
	case "use":
		p := &pipeline{}
		p.Use(withLogging)
		p.Use(withRequestID("u-"))
		p.Handle(handle)
		lambda.StartHandler(p) // want `handler \(\*pipeline\).Invoke via lambda.StartHandler` `handler closure via lambda.StartHandler \(wrapped\)` `handler closure via lambda.StartHandler \(wrapped\)` `handler main.handle via lambda.StartHandler \(wrapped\)`
	case "datadog":
		lambda.Start(ddlambda.WrapFunction(handle, nil)) // want `handler main.handle via lambda.Start \(wrapped\)`
	case "otel":
		lambda.Start(otellambda.InstrumentHandler(typed)) // want `handler main.typed via lambda.Start \(wrapped\)`
	case "adapter":
		mux := http.NewServeMux()
		mux.HandleFunc("/api", api)
		mux.HandleFunc("/health", health)
		lambda.Start(httpadapter.New(mux).ProxyWithContext) // want `handler main.api via lambda.Start \(wrapped\)` `handler main.health via lambda.Start \(wrapped\)`
	case "forward":
		lambda.Start(forward) // want `handler main.forward via lambda.Start` `handler main.orders via lambda.Start \(wrapped\)`
	case "map":
		if h, ok := byEnv[os.Getenv("HANDLER")]; ok {
			lambda.Start(h) // want `handler main.handle via lambda.Start$` `handler main.refund via lambda.Start$`
		}
	case "field":
		a := &app{}
		a.handle = process
		lambda.Start(a.handle) // want `handler main.process via lambda.Start$`
	case "logged":
		lambda.Start(logged) // want `handler main.logged via lambda.Start$`
	case "url":
		lambdaurl.Start(router{}) // want `handler \(router\).ServeHTTP via lambdaurl.Start`
	case "cfn":
		lambda.Start(cfn.LambdaWrap(custom)) // want `handler main.custom via lambda.Start \(wrapped\)` `handler main.custom via cfn.LambdaWrap`
	case "generic":
		lambda.StartHandlerFunc(typed) // want `handler main.typed via lambda.StartHandlerFunc`
	case "variable":
		h := handle
		lambda.NewHandler(h) // want `handler main.handle via lambda.NewHandler`
	case "context":
		lambda.StartWithContext(context.Background(), handle) // want `handler main.handle via lambda.StartWithContext`
	}
}
