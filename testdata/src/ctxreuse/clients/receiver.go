package main

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// valueHandler lazily builds its client on a copy of itself: a value
// receiver, so the client is built again on every invocation.
type valueHandler struct{ s3 *s3.Client }

func (h valueHandler) Handle(ctx context.Context, e struct{ Key string }) error {
	if h.s3 == nil {
		cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the SDK configuration on every invocation of the handler, paying for its set-up \(credentials, TLS, connections\) each time; the nil check tests a field of the value receiver h, a copy made for every call`
		h.s3 = s3.NewFromConfig(cfg)            // want `s3.NewFromConfig creates a client on every invocation`
	}
	return nil
}

// sharedHandler is a value too, but its clients live behind a pointer
// that every copy shares: built once, silent.
type sharedHandler struct{ deps *deps }

type deps struct{ s3 *s3.Client }

func (h sharedHandler) Handle(ctx context.Context, e struct{ Key string }) error {
	if h.deps.s3 == nil {
		cfg, _ := config.LoadDefaultConfig(ctx)
		h.deps.s3 = s3.NewFromConfig(cfg)
	}
	return nil
}

// pointerHandler's lazy initialisation persists: silent.
type pointerHandler struct{ s3 *s3.Client }

func (h *pointerHandler) Handle(ctx context.Context, e struct{ Key string }) error {
	if h.s3 == nil {
		cfg, _ := config.LoadDefaultConfig(ctx)
		h.s3 = s3.NewFromConfig(cfg)
	}
	return nil
}

// newS3 is a constructor in a function-typed variable, a seam for tests:
// calling it builds a client each time.
var newS3 = func(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return s3.NewFromConfig(cfg)
}

func viaVar(ctx context.Context, e struct{ Key string }) error {
	_ = newS3(ctx) // want `config.LoadDefaultConfig \(via newS3, at receiver.go:\d+:\d+, and 1 more: s3.NewFromConfig at receiver.go:\d+:\d+\) loads the SDK configuration on every invocation`
	return nil
}

// s3Once is the same seam behind sync.OnceValue: built once. Silent.
var s3Once = sync.OnceValue(func() *s3.Client {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	return s3.NewFromConfig(cfg)
})

func viaOnce(ctx context.Context, e struct{ Key string }) error {
	_ = s3Once()
	return nil
}

// debugHandler builds a client under a flag of its value receiver: per
// invocation, and not a lazy initialisation (nothing is kept), so the
// finding gives the usual advice.
type debugHandler struct{ debug bool }

func (h debugHandler) Handle(ctx context.Context, e struct{ Key string }) error {
	if h.debug {
		cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the SDK configuration on every invocation of the handler, paying for its set-up \(credentials, TLS, connections\) each time; create it once per execution environment`
		_ = s3.NewFromConfig(cfg)               // want `s3.NewFromConfig creates a client on every invocation`
	}
	return nil
}
