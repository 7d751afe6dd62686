package main

import (
	"context"
	"log"

	"golang.org/x/sync/semaphore"
)

const workers = 4

// bounded fans out under a weighted semaphore and acquires all of it at
// the end, the documented way to wait for the workers: silent.
func bounded(ctx context.Context, ids []string) error {
	sem := semaphore.NewWeighted(workers)
	for _, id := range ids {
		if err := sem.Acquire(ctx, 1); err != nil {
			return err
		}
		go func() {
			defer sem.Release(1)
			log.Println(id)
		}()
	}
	return sem.Acquire(ctx, workers)
}

// throttled only throttles: nothing acquires the semaphore after the last
// goroutine, so the handler returns while up to four still run.
func throttled(ctx context.Context, ids []string) error {
	sem := semaphore.NewWeighted(workers)
	for _, id := range ids {
		if err := sem.Acquire(ctx, 1); err != nil {
			return err
		}
		go func() { // want `goroutine started by the handler is not awaited`
			defer sem.Release(1)
			log.Println(id)
		}()
	}
	return nil
}

// otherSemaphore acquires a semaphore the goroutines do not release.
func otherSemaphore(ctx context.Context, ids []string) error {
	sem, other := semaphore.NewWeighted(workers), semaphore.NewWeighted(1)
	for _, id := range ids {
		go func() { // want `goroutine started by the handler is not awaited`
			defer sem.Release(1)
			log.Println(id)
		}()
	}
	return other.Acquire(ctx, 1)
}
