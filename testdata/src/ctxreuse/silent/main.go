// Package main does execution-context reuse right: nothing is reported.
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/errgroup"
)

// Package-level clients.
var (
	cfg, _     = config.LoadDefaultConfig(context.Background())
	s3Client   = s3.NewFromConfig(cfg)
	httpClient = &http.Client{}
)

var sqsClient *sqs.Client

func init() {
	sqsClient = sqs.NewFromConfig(cfg)
}

// Lazy initialisation guarded by a nil check.
var ddb *dynamodb.Client

func getDDB(ctx context.Context) *dynamodb.Client {
	if ddb == nil {
		c, _ := config.LoadDefaultConfig(ctx)
		ddb = dynamodb.NewFromConfig(c)
	}
	return ddb
}

// Early-return form.
var pool *pgxpool.Pool

func getPool(ctx context.Context) (*pgxpool.Pool, error) {
	if pool != nil {
		return pool, nil
	}
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	pool = p
	return pool, nil
}

// sync.Once with a closure and with a function value; sync.OnceValue.
var (
	once     sync.Once
	rdb      *redis.Client
	initOnce sync.Once
	getS3    = sync.OnceValue(func() *s3.Client { return s3.NewFromConfig(cfg) })
)

func initClients() {
	rdb = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
}

// Per-key cache of clients, filled under a lookup guard.
var (
	mu      sync.Mutex
	regions = map[string]*s3.Client{}
)

func clientFor(region string) *s3.Client {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := regions[region]; ok {
		return c
	}
	c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = region })
	regions[region] = c
	return c
}

// Cold-start flag and counters without request data.
var (
	coldStart   = true
	invocations int
	processed   atomic.Int64
)

// Configuration loaded once.
var settings map[string]string

func loadSettings(ctx context.Context) map[string]string {
	if settings != nil {
		return settings
	}
	settings = map[string]string{"table": os.Getenv("TABLE_NAME")}
	return settings
}

type Event struct {
	ID     string   `json:"id"`
	Region string   `json:"region"`
	Keys   []string `json:"keys"`
}

func handle(ctx context.Context, e Event) error {
	once.Do(func() {
		rdb = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	})
	initOnce.Do(initClients)
	if coldStart {
		coldStart = false
	}
	invocations++
	processed.Add(int64(len(e.Keys)))
	_ = loadSettings(ctx)
	_ = getDDB(ctx)
	if _, err := getPool(ctx); err != nil {
		return err
	}
	_ = getS3()
	_ = clientFor(e.Region)

	// Request-scoped values.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, os.Getenv("API_URL")+"/items/"+e.ID, nil)
	if err != nil {
		return err
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	in := &s3.ListObjectsV2Input{Bucket: aws.String(os.Getenv("BUCKET")), Prefix: aws.String(e.ID + "/")}
	p := s3.NewListObjectsV2Paginator(s3Client, in)
	for p.HasMorePages() {
		if _, err := p.NextPage(ctx); err != nil {
			return err
		}
	}
	var sb strings.Builder
	sb.WriteString(e.ID)
	buf, _ := json.Marshal(e)
	_, err = sqsClient.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(os.Getenv("QUEUE_URL")), MessageBody: aws.String(string(buf))})
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		_ = lc.AwsRequestID
	}
	os.Stdout.WriteString(e.ID + "\n")
	return err
}

// Fan-out that waits: WaitGroup, deferred Wait, errgroup, channel receive,
// a helper that collects from a channel.
func fanout(ctx context.Context, e Event) error {
	var wg sync.WaitGroup
	for _, k := range e.Keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = s3Client.GetObject(ctx, &s3.GetObjectInput{Key: aws.String(k)})
		}()
	}
	wg.Wait()

	var wg2 sync.WaitGroup
	defer wg2.Wait()
	for range e.Keys {
		wg2.Add(1)
		go func() { defer wg2.Done() }()
	}

	g, gctx := errgroup.WithContext(ctx)
	for _, k := range e.Keys {
		g.Go(func() error {
			_, err := s3Client.GetObject(gctx, &s3.GetObjectInput{Key: aws.String(k)})
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}

	done := make(chan error, 1)
	go func() { done <- nil }()
	if err := <-done; err != nil {
		return err
	}

	results := make(chan string)
	for _, k := range e.Keys {
		go func() { results <- k }()
	}
	return collect(results, len(e.Keys))
}

func collect(ch <-chan string, n int) error {
	for i := 0; i < n; i++ {
		<-ch
	}
	return nil
}

// startWorkers starts goroutines and the caller waits.
func startWorkers(wg *sync.WaitGroup, keys []string) {
	for range keys {
		wg.Add(1)
		go func() { defer wg.Done() }()
	}
}

func sqsHandler(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var wg sync.WaitGroup
	startWorkers(&wg, []string{"a"})
	wg.Wait()
	var out events.SQSEventResponse
	for _, r := range ev.Records {
		out.BatchItemFailures = append(out.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: r.MessageId})
	}
	return out, nil
}

// Code in main before lambda.Start runs once.
func main() {
	c, _ := config.LoadDefaultConfig(context.Background())
	extra := s3.NewFromConfig(c)
	_ = extra
	go func() {}() // a background goroutine started once, not by the handler
	lambda.Start(handle)
	lambda.Start(fanout)
	lambda.Start(sqsHandler)
	lambda.Start(atomicHandler)
	lambda.Start(presign)
	lambda.Start(holders)
}
