// Package remote declares handlers that main registers.
package remote

import (
	"context"
	"net/http"

	"ctxreuse/store"
)

type Order struct {
	ID string `json:"id"`
}

// Handle builds its store on every invocation.
func Handle(ctx context.Context, o Order) error {
	s, err := store.New(ctx)
	if err != nil {
		return err
	}
	return s.Put(ctx, o.ID)
}

// Fine uses the lazily initialised store.
func Fine(ctx context.Context, o Order) error {
	return store.Shared(ctx).Put(ctx, o.ID)
}

// NewHandler builds an HTTP client per invocation inside the closure.
func NewHandler(s *store.Store) func(context.Context, Order) error {
	return func(ctx context.Context, o Order) error {
		c := &http.Client{Transport: &http.Transport{}}
		_ = c
		return s.Put(ctx, o.ID)
	}
}

// NewGood builds once, outside the closure.
func NewGood(s *store.Store) func(context.Context, Order) error {
	c := &http.Client{Transport: &http.Transport{}}
	return func(ctx context.Context, o Order) error {
		_ = c
		return s.Put(ctx, o.ID)
	}
}

type Service struct {
	last string
}

// Handle keeps the last id on the long-lived receiver.
func (s *Service) Handle(ctx context.Context, o Order) error {
	s.last = o.ID
	store.Track(o.ID)
	return nil
}
