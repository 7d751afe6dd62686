// Package main keeps request data in long-lived state.
package main

import (
	"context"
	"log/slog"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type Order struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

var (
	lastOrder  Order
	seen       = map[string]bool{}
	history    []Order
	requestID  string
	logger     = slog.Default()
	byID       sync.Map
	count      int
	lastSize   int
	tableName  = os.Getenv("TABLE_NAME")
	warm       bool
	orderTotal float64
)

func handle(ctx context.Context, o Order) error {
	lastOrder = o                // want `the handler stores request data in package variable lastOrder: it outlives the invocation and, with AWS_LAMBDA_MAX_CONCURRENCY, races`
	seen[o.ID] = true            // want `request data in package variable seen`
	history = append(history, o) // want `request data in package variable history`
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		requestID = lc.AwsRequestID // want `request data in package variable requestID`
	}
	logger = logger.With("order", o.ID) // want `request data in package variable logger`
	byID.Store(o.ID, o)                 // want `request data in package variable byID`
	remember(o)

	// Look-alikes: counters, sizes, flags, configuration.
	count++
	lastSize = len(o.ID)
	warm = true
	_ = tableName
	local := map[string]Order{}
	local[o.ID] = o
	return nil
}

func remember(o Order) {
	orderTotal += o.Total // want `the handler stores request data in package variable orderTotal \(in main.remember, which the handler calls at main.go:\d+:\d+\)`
}

// App is a handler with a long-lived receiver.
type App struct {
	table   string
	last    *Order
	cache   map[string]Order
	mu      sync.Mutex
	calls   int
	current Order
}

func (a *App) Handle(ctx context.Context, o Order) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls++
	a.last = &o        // want `request data in field a.last of the long-lived handler receiver`
	a.cache[o.ID] = o  // want `request data in field a.cache\[…\] of the long-lived handler receiver`
	if a.table == "" { // lazy configuration on the receiver
		a.table = os.Getenv("TABLE_NAME")
	}
	b := &builder{}
	b.set(o) // a request-scoped value: silent
	return nil
}

// Value receiver: assigning a field changes a copy.
type Plain struct {
	last Order
}

func (p Plain) Handle(ctx context.Context, o Order) error {
	p.last = o
	return nil
}

type builder struct{ o Order }

func (b *builder) set(o Order) { b.o = o }

func sqs(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		history = append(history, Order{ID: r.MessageId}) // want `request data in package variable history`
	}
	return nil
}

func main() {
	app := &App{cache: map[string]Order{}}
	lambda.Start(handle)
	lambda.Start(app.Handle)
	lambda.Start(Plain{}.Handle)
	lambda.Start(sqs)
	lambda.Start(recordLast)
	lambda.Start(dedup)
	lambda.Start(memo)
	lambda.Start(tagLogs)
	lambda.Start(tagEnv)
	lambda.Start((&pool{}).Handle)
	lambda.Start(decoded)
	lambda.Start(gated)
	lambda.Start(negated)
	lambda.Start((&apiApp{}).Handle)
	lambda.Start(cachedDoc)
	lambda.Start(readyCheck)
	lambda.Start((&flagged2{}).Handle)
	lambda.Start(viaHelper)
	lambda.Start(perRegion)
	lambda.Start(ttlNested)
	lambda.Start(ttlMapNested)
	lambda.Start(notACache)
	lambda.Start(headAll)
	lambda.Start(notifyOnce)
	lambda.Start(headTagged)
	lambda.Start(firstBody)
	lambda.Start(newRegional().Handle)
}
