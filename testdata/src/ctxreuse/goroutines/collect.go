package main

import (
	"context"
	"errors"
	"strings"
	"sync"
)

// Batch is an event with many items, processed concurrently.
type Batch struct {
	Items []string `json:"items"`
}

func process(ctx context.Context, item string) error {
	if item == "" {
		return errors.New("empty item")
	}
	_ = strings.ToUpper(item)
	return nil
}

// firstError returns on the first failure while the other workers still
// run: the buffer lets them finish, after the handler has returned.
func firstError(ctx context.Context, b Batch) error {
	errc := make(chan error, len(b.Items))
	for _, it := range b.Items {
		go func() { // want `goroutine started by the handler is not awaited on every path: the return at collect.go:\d+:\d+ leaves the loop that receives the results before every goroutine has sent`
			errc <- process(ctx, it)
		}()
	}
	for range b.Items {
		if err := <-errc; err != nil {
			return err
		}
	}
	return nil
}

type result struct {
	item string
	err  error
}

// rangeResults ranges over the results, closed once the workers are
// done, and returns on the first failure: the workers left block on the
// unbuffered send for good.
func rangeResults(ctx context.Context, b Batch) error {
	results := make(chan result)
	var wg sync.WaitGroup
	for _, it := range b.Items {
		wg.Add(1)
		go func() { // want `leaves the loop that receives the results`
			defer wg.Done()
			results <- result{it, process(ctx, it)}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		if r.err != nil {
			return r.err
		}
	}
	return nil
}

// allResults keeps the first error and returns after every result:
// silent.
func allResults(ctx context.Context, b Batch) error {
	errc := make(chan error, len(b.Items))
	for _, it := range b.Items {
		go func() { errc <- process(ctx, it) }()
	}
	var first error
	for range b.Items {
		if err := <-errc; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// deadline gives up at the invocation's deadline, on purpose: silent,
// as a select on ctx.Done() after a single goroutine is.
func deadline(ctx context.Context, b Batch) error {
	errc := make(chan error, len(b.Items))
	for _, it := range b.Items {
		go func() { errc <- process(ctx, it) }()
	}
	for range b.Items {
		select {
		case err := <-errc:
			if err != nil {
				errors.Join(err)
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// oneByOne waits for each goroutine before starting the next: the loop
// that returns also started it, silent.
func oneByOne(ctx context.Context, b Batch) error {
	for _, it := range b.Items {
		errc := make(chan error, 1)
		go func() { errc <- process(ctx, it) }()
		if err := <-errc; err != nil {
			return err
		}
	}
	return nil
}

// closureReturn returns inside a function literal of the collecting
// loop, which returns from the literal, not the handler: silent.
func closureReturn(ctx context.Context, b Batch) error {
	errc := make(chan error, len(b.Items))
	for _, it := range b.Items {
		go func() { errc <- process(ctx, it) }()
	}
	for range b.Items {
		err := <-errc
		check := func() error {
			if err != nil {
				return err
			}
			return nil
		}
		_ = check()
	}
	return nil
}

// validateAll returns from the loop that starts the workers: the workers
// of the records before the bad one keep running.
func validateAll(ctx context.Context, b Batch) error {
	var wg sync.WaitGroup
	for _, it := range b.Items {
		if it == "" {
			return errors.New("empty item")
		}
		wg.Add(1)
		go func() { // want `goroutine started by the handler is not awaited on every path: the return at collect.go:\d+:\d+ leaves before the wait`
			defer wg.Done()
			_ = process(ctx, it)
		}()
	}
	wg.Wait()
	return nil
}

// validateFirst checks every item before starting any worker, and skips
// with continue inside the loop: silent.
func validateFirst(ctx context.Context, b Batch) error {
	for _, it := range b.Items {
		if it == "" {
			return errors.New("empty item")
		}
	}
	var wg sync.WaitGroup
	for _, it := range b.Items {
		if it == "-" {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = process(ctx, it)
		}()
	}
	wg.Wait()
	return nil
}

// closedResults reads until the closer closes the channel: every worker
// has sent by then. Silent.
func closedResults(ctx context.Context, b Batch) error {
	res := make(chan error)
	var wg sync.WaitGroup
	for _, it := range b.Items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res <- process(ctx, it)
		}()
	}
	go func() {
		wg.Wait()
		close(res)
	}()
	var first error
	for {
		err, ok := <-res
		if !ok {
			return first
		}
		if err != nil && first == nil {
			first = err
		}
	}
}

// semaphoreSelect takes a slot or gives up at the deadline, and waits
// before returning on a bad item. Silent.
func semaphoreSelect(ctx context.Context, b Batch) error {
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for _, it := range b.Items {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		if it == "stop" {
			wg.Wait()
			return errors.New("stopped")
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			_ = process(ctx, it)
		}()
	}
	wg.Wait()
	return nil
}
