package main

import (
	"context"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

// An adapter kept in a package variable, built in init, and a handler
// that hands it its event (to log or add a request id around it): the
// routes the adapter was built from run per invocation.
var proxy *httpadapter.HandlerAdapter

func init() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders)
	proxy = httpadapter.New(mux)
}

func orders(w http.ResponseWriter, r *http.Request) {}

func forward(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	log.Printf("%s %s", req.HTTPMethod, req.Path)
	return proxy.ProxyWithContext(ctx, req)
}

// A handler that gives its event to a logger's method hands it to no
// adapter of routes: only the handler itself.
func logged(ctx context.Context, req events.APIGatewayProxyRequest) error {
	log.Default().Print(req)
	return nil
}

// Handlers in a map, one picked by the environment: each element is a
// handler as it is, not wrapped.
var byEnv = map[string]any{"handle": handle, "refund": refund}

func refund(ctx context.Context, o Order) error { return nil }

// A handler kept in a struct field set in main.
type app struct {
	handle func(context.Context, Order) error
}

func process(ctx context.Context, o Order) error { return nil }
