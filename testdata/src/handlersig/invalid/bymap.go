package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"handlersig/wraplib"
)

type purgeInput struct{ olderThan int }

func enqueueJob(ctx context.Context, o Order) error  { return nil }
func purge(ctx context.Context, in purgeInput) error { return nil }

// One binary, the handler picked by an environment variable from a map
// of any: aws-lambda-go validates whichever element is picked, so each
// is checked.
var byName = map[string]any{
	"enqueue": enqueueJob,
	"purge":   purge,                // want `event type purgeInput has no exported fields`
	"bad":     func(a, b, c int) {}, // want `handler takes 3 arguments`
}

func startByName() {
	h, ok := byName[os.Getenv("HANDLER")]
	if !ok {
		panic("unknown handler")
	}
	lambda.Start(h)
	startWrapped()
}

func runJob(ctx context.Context, o Order, dryRun bool) error { return nil }

// A team's own start-up helper that hands the handler to lambda.NewHandler
// inside its own lambda.Handler: the argument is validated at run time.
func startWrapped() {
	wraplib.StartRecovered(runJob) // want `handler takes 3 arguments`
}
