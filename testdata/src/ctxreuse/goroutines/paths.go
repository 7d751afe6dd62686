package main

import (
	"context"
	"errors"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

var errInvalid = errors.New("invalid")

// earlyReturn waits for its goroutines, but not when validation fails:
// on that path the handler returns while they run.
func earlyReturn(ctx context.Context, e Event) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // want `goroutine started by the handler is not awaited on every path: the return at paths.go:\d+:\d+ leaves before the wait`
		defer wg.Done()
		_ = strings.ToUpper(e.ID)
	}()
	if e.ID == "" {
		return errInvalid
	}
	wg.Wait()

	var g errgroup.Group
	g.Go(func() error { return nil }) // want `not awaited on every path`
	if strings.HasPrefix(e.ID, "x") {
		return nil
	}
	return g.Wait()
}

// everyPath waits on each path, or defers the wait: silent.
func everyPath(ctx context.Context, e Event) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = strings.ToUpper(e.ID)
	}()
	if e.ID == "" {
		wg.Wait()
		return errInvalid
	}
	wg.Wait()

	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = strings.ToLower(e.ID)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}

	var g errgroup.Group
	defer g.Wait()
	g.Go(func() error { return nil })
	if e.ID == "y" {
		return nil
	}
	return nil
}

// heartbeat stops and waits for its goroutine in a deferred closure
// written before the go statement: silent.
func heartbeat(ctx context.Context, e Event) error {
	hbCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	defer func() {
		cancel()
		<-done
	}()
	go func() {
		defer close(done)
		<-hbCtx.Done()
	}()
	if e.ID == "" {
		return errInvalid
	}
	return nil
}
