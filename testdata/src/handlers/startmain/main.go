package main

import (
	"context"
	"os"

	"handlers/startlib"
)

type Order struct{ ID string }

func handle(ctx context.Context, o Order) (string, error) { return o.ID, nil }

func audit(ctx context.Context, o Order) error { return nil }

func main() {
	startlib.Configure("orders")
	switch os.Getenv("MODE") {
	case "typed":
		startlib.Start(handle) // want `handler main.handle via startlib.Start`
	case "any":
		startlib.StartAny(handle) // want `handler main.handle via startlib.StartAny`
	case "named":
		startlib.Named("audit", audit) // want `handler main.audit via startlib.Named`
	default:
		startlib.Logged(audit) // want `handler main.audit via startlib.Logged`
	}
}
