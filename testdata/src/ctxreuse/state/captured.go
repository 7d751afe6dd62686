package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"golang.org/x/sync/errgroup"
)

// Variables of main captured by the handler closure live as long as the
// execution environment, like package variables.
func registerClosures() {
	var last Order
	recent := map[string]Order{}
	type stats struct{ biggest Order }
	st := &stats{}
	invocations := 0
	var client *s3.Client
	lambda.Start(func(ctx context.Context, o Order) error {
		last = o         // want `request data in variable last captured by the closure`
		recent[o.ID] = o // want `request data in variable recent captured by the closure`
		if o.Total > st.biggest.Total {
			st.biggest = o // want `request data in variable st \(field biggest\) captured by the closure`
		}
		_ = last
		// Look-alikes: a counter, lazy initialisation of a captured
		// client, the closure's own locals, results of a fan-out it
		// waits for.
		invocations++
		if client == nil {
			cfg, _ := config.LoadDefaultConfig(ctx)
			client = s3.NewFromConfig(cfg)
		}
		var mine Order
		mine = o
		_ = mine
		results := make([]Order, 2)
		var g errgroup.Group
		for i := range results {
			g.Go(func() error {
				results[i] = o
				return nil
			})
		}
		return g.Wait()
	})
}

// NewCachingHandler returns a handler closure whose captured cache keeps
// every request.
func NewCachingHandler() func(context.Context, Order) error {
	var mu sync.Mutex
	cache := map[string]Order{}
	return func(ctx context.Context, o Order) error {
		mu.Lock()
		defer mu.Unlock()
		cache[o.ID] = o // want `request data in variable cache captured by the closure`
		return nil
	}
}

func init() {
	registerClosures()
	lambda.Start(NewCachingHandler())
}
