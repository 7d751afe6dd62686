// Package main holds red-team regressions: waits that do not wait for the
// goroutine, checks that are not lazy-initialisation guards, and a
// per-key client cache kept on a package value's receiver.
package main

import (
	"context"
	"errors"
	"log"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func publish(ctx context.Context, n int) { log.Println("published", n) }

// A receive on an unrelated channel, a timer or ctx.Done() does not wait
// for the goroutine started before it.
func handle(ctx context.Context, ev events.SQSEvent) error {
	go publish(ctx, len(ev.Records)) // want `goroutine started by the handler is not awaited`
	done := make(chan struct{})
	go func() { // awaited: the receive below is on the channel it closes
		defer close(done)
		log.Println("work")
	}()
	<-done
	select {
	case <-ctx.Done():
	case <-time.After(time.Millisecond):
	}
	return nil
}

// A check of configuration that returns early is not a lazy-initialisation
// guard: what follows still runs on every invocation.
var tableName = os.Getenv("TABLE_NAME")

func handleChecked(ctx context.Context, ev events.SQSEvent) error {
	if tableName == "" {
		return errors.New("TABLE_NAME is not set")
	}
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the SDK configuration on every invocation`
	if err != nil {
		return err
	}
	_ = dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig creates a client on every invocation`
	return nil
}

// A package-level WaitGroup that the worker marks done and the handler
// waits on.
var workers sync.WaitGroup

func work(id string) {
	defer workers.Done()
	log.Println(id)
}

// A per-region client cache on a package value, with a double-checked
// lookup on the receiver's map: built once per key.
type clientCache struct {
	mu      sync.RWMutex
	clients map[string]*dynamodb.Client
	base    aws.Config
}

var regional = &clientCache{clients: map[string]*dynamodb.Client{}}

func (c *clientCache) get(region string) *dynamodb.Client {
	c.mu.RLock()
	cl, ok := c.clients[region]
	c.mu.RUnlock()
	if ok {
		return cl
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if cl, ok := c.clients[region]; ok {
		return cl
	}
	cl = dynamodb.NewFromConfig(c.base)
	c.clients[region] = cl
	return cl
}

func handleSilent(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	for _, id := range []string{req.Path} {
		workers.Add(1)
		go work(id)
	}
	workers.Wait()
	_ = regional.get(req.Headers["x-region"])
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// A producer feeding workers that are awaited: it closes the channel they
// drain, so it has finished when they have.
func handlePipeline(ctx context.Context, ev events.SQSEvent) error {
	jobs := make(chan string)
	go func() {
		defer close(jobs)
		for _, r := range ev.Records {
			jobs <- r.Body
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				log.Println(j)
			}
		}()
	}
	wg.Wait()
	return nil
}

func main() {
	lambda.Start(handlePipeline)
	lambda.Start(handle)
	lambda.Start(handleChecked)
	lambda.Start(handleSilent)
}
