// Package crossimpl declares handlers that another package registers.
package crossimpl

import "context"

type Order struct {
	ID string `json:"id"`
}

func Handle(ctx context.Context, o Order) error { return nil }

// New returns the handler closure.
func New(table string) func(context.Context, Order) error {
	return func(ctx context.Context, o Order) error { return nil }
}

type App struct{}

func (a *App) Handle(ctx context.Context, o Order) error { return nil }
