// Package main starts goroutines that outlive the handler.
package main

import (
	"context"
	"log"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
)

type Event struct {
	ID string `json:"id"`
}

func audit(id string) { log.Println("audit", id) }

func sendMetrics(ctx context.Context) {
	go flush() // want `goroutine started by the handler \(in main.sendMetrics, which the handler calls at main.go:\d+:\d+\) is not awaited`
}

func flush() {}

var startOnce sync.Once

func handle(ctx context.Context, e Event) error {
	go audit(e.ID) // want `goroutine started by the handler is not awaited: Lambda freezes`
	go func() {    // want `goroutine started by the handler is not awaited`
		log.Println(e.ID)
	}()
	sendMetrics(ctx)
	// A background refresher started once per execution environment.
	startOnce.Do(func() {
		go func() {}()
	})
	return nil
}

func main() {
	lambda.Start(handle)
	lambda.Start(drain)
	lambda.Start(group)
	lambda.Start(timers)
	lambda.Start(earlyReturn)
	lambda.Start(everyPath)
	lambda.Start(heartbeat)
	lambda.Start(stream)
	lambda.Start(futures)
	lambda.Start(bounded)
	lambda.Start(throttled)
	lambda.Start(otherSemaphore)
	lambda.Start(poolAcquire)
	lambda.Start(seamWaits)
	lambda.Start(seamLeaks)
	lambda.Start(firstError)
	lambda.Start(rangeResults)
	lambda.Start(allResults)
	lambda.Start(deadline)
	lambda.Start(oneByOne)
	lambda.Start(closureReturn)
	lambda.Start(validateAll)
	lambda.Start(validateFirst)
	lambda.Start(closedResults)
	lambda.Start(semaphoreSelect)
}
