package main

import (
	"context"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// upper is a generator: it returns the channel its goroutine feeds and
// closes, and the handler drains it, so the goroutine ends before the
// handler returns.
func upper(ctx context.Context, ids []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, id := range ids {
			select {
			case out <- strings.ToUpper(id):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// notify feeds a channel it does not return: nobody waits for it.
func notify(ids []string) int {
	done := make(chan struct{})
	go func() { // want `goroutine started by the handler \(in main.notify, which the handler calls at generator.go:\d+:\d+\) is not awaited`
		for range ids {
		}
		close(done)
	}()
	return len(ids)
}

func drain(ctx context.Context, e Event) error {
	for id := range upper(ctx, []string{e.ID}) {
		_ = id
	}
	ch := upper(ctx, []string{e.ID, e.ID})
	for range ch {
	}
	_ = notify([]string{e.ID})
	return nil
}

// group starts work on an errgroup and a WaitGroup and waits for neither.
func group(ctx context.Context, e Event) error {
	var g errgroup.Group
	g.Go(func() error { // want `goroutine started by the handler is not awaited`
		_ = strings.ToUpper(e.ID)
		return nil
	})
	var wg sync.WaitGroup
	wg.Go(func() { // want `goroutine started by the handler is not awaited`
		_ = strings.ToLower(e.ID)
	})
	// Awaited: silent.
	var done errgroup.Group
	done.Go(func() error { return nil })
	var all sync.WaitGroup
	all.Go(func() {})
	all.Wait()
	return done.Wait()
}

// timers: a timer left running fires after the handler returned; a timer
// stopped before returning does not.
func timers(ctx context.Context, e Event) error {
	time.AfterFunc(time.Second, func() { _ = strings.ToUpper(e.ID) }) // want `goroutine started by the handler is not awaited: time.AfterFunc runs its function later, .*; stop the timer \(t.Stop\(\)\) before returning`
	t := time.AfterFunc(time.Minute, func() {})
	defer t.Stop()
	return nil
}
