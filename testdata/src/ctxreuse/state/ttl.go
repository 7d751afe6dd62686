package main

import (
	"context"
	"sync"
	"time"
)

type entry struct {
	o       Order
	expires time.Time
}

var (
	ttlCache sync.Map // id -> entry
	ttlMap   = map[string]entry{}
	mu       sync.Mutex
)

// A TTL cache whose freshness check is nested in the lookup: a fresh
// entry returns, a stale one is evicted and fetched again. What follows
// runs once per key and expiry: silent.
func ttlNested(ctx context.Context, o Order) (Order, error) {
	if v, ok := ttlCache.Load(o.ID); ok {
		e := v.(entry)
		if time.Now().Before(e.expires) {
			return e.o, nil
		}
		ttlCache.Delete(o.ID)
	}
	raw, err := fetch(ctx, o.ID)
	if err != nil {
		return Order{}, err
	}
	got := Order{ID: string(raw)}
	ttlCache.Store(o.ID, entry{o: got, expires: time.Now().Add(time.Minute)})
	return got, nil
}

// The same with a map under a mutex and an initialised freshness test.
func ttlMapNested(ctx context.Context, o Order) (Order, error) {
	mu.Lock()
	defer mu.Unlock()
	if e, ok := ttlMap[o.ID]; ok {
		if fresh := time.Since(e.expires) < 0; fresh {
			return e.o, nil
		}
	}
	got := Order{ID: o.ID}
	ttlMap[o.ID] = entry{o: got, expires: time.Now().Add(time.Minute)}
	return got, nil
}

// A nested branch that returns on request data, not on the cached entry,
// lets every other request through: the write records them.
func notACache(ctx context.Context, o Order) error {
	mu.Lock()
	defer mu.Unlock()
	if _, ok := ttlMap[o.ID]; ok {
		if o.ID == "skip" {
			return nil
		}
	}
	ttlMap[o.ID] = entry{o: o} // want `request data in package variable ttlMap`
	return nil
}

var lastNotified = map[string]time.Time{}

// A lookup whose nested return is an error check of what was done with
// the entry records every customer: reported.
func notifyOnce(ctx context.Context, o Order) error {
	mu.Lock()
	defer mu.Unlock()
	if prev, ok := lastNotified[o.ID]; ok {
		if err := notifyPrev(ctx, prev); err != nil {
			return err
		}
	}
	lastNotified[o.ID] = time.Now() // want `request data in package variable lastNotified`
	return nil
}

func notifyPrev(ctx context.Context, t time.Time) error { return nil }
