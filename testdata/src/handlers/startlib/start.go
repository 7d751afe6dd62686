// Package startlib is a module's own start-up helper: it wraps handlers
// with logging and starts them.
package startlib

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
)

// Start starts a typed handler: its argument is the handler.
func Start[E, R any](h func(context.Context, E) (R, error)) {
	log.SetFlags(0)
	lambda.Start(h)
}

// StartAny hands its argument to lambda.Start through StartChecked.
func StartAny(h any) { startChecked(h) }

func startChecked(h any) { lambda.StartWithOptions(h) }

// Logged starts a wrapped handler.
func Logged[E any](h func(context.Context, E) error) {
	lambda.Start(func(ctx context.Context, e E) error {
		log.Print("start")
		return h(ctx, e)
	})
}

// Configure takes no handler: not an entry point.
func Configure(name string) { log.SetPrefix(name) }

// Named starts a handler wrapped with its name: the name flows into the
// registered value too, but only the handler can be one.
func Named[E any](name string, h func(context.Context, E) error) {
	lambda.Start(func(ctx context.Context, e E) error {
		log.Print(name)
		return h(ctx, e)
	})
}
