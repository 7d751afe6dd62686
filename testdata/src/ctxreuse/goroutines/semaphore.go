package main

import (
	"context"
	"log"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/sync/semaphore"
)

var dbPool *pgxpool.Pool

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

// poolAcquire takes a connection from the pool the goroutine uses: a
// pool's Acquire waits for a free connection, not for the goroutine.
func poolAcquire(ctx context.Context, ids []string) error {
	go func() { // want `goroutine started by the handler is not awaited`
		_ = dbPool.Exec(ctx, "DELETE FROM seen")
	}()
	conn, err := dbPool.Acquire(ctx)
	if err != nil {
		return err
	}
	conn.Release()
	return nil
}

// startAudit is a seam in a package variable that starts a worker the
// caller waits for.
var startAudit = func(wg *sync.WaitGroup, id string) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		log.Println(id)
	}()
}

// seamWaits waits for what startAudit starts: silent.
func seamWaits(ctx context.Context, ids []string) error {
	var wg sync.WaitGroup
	for _, id := range ids {
		startAudit(&wg, id)
	}
	wg.Wait()
	return nil
}

// seamLeaks does not wait.
func seamLeaks(ctx context.Context, ids []string) error {
	var wg sync.WaitGroup
	startAudit(&wg, "x") // want `goroutine started by the handler \(via startAudit`
	return nil
}
