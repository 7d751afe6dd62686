package main

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Clients behind reusable holders, built once per execution environment:
// a generic once-holder and a per-region cache behind a method.

// Lazy is a generic once-holder.
type Lazy[T any] struct {
	once sync.Once
	v    T
	New  func() T
}

func (l *Lazy[T]) Get() T {
	l.once.Do(func() { l.v = l.New() })
	return l.v
}

var lazyS3 = &Lazy[*s3.Client]{New: func() *s3.Client {
	c, _ := config.LoadDefaultConfig(context.Background())
	return s3.NewFromConfig(c)
}}

// clientCache keeps one client per region behind methods.
type clientCache struct {
	mu      sync.Mutex
	clients map[string]*dynamodb.Client
}

func (c *clientCache) get(ctx context.Context, region string) *dynamodb.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cl, ok := c.clients[region]; ok {
		return cl
	}
	awsCfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	cl := dynamodb.NewFromConfig(awsCfg)
	c.clients[region] = cl
	return cl
}

var cache = &clientCache{clients: map[string]*dynamodb.Client{}}

func holders(ctx context.Context, e struct{ Region string }) error {
	_ = lazyS3.Get()
	_ = cache.get(ctx, e.Region)
	_ = aws.String("x")
	return nil
}
