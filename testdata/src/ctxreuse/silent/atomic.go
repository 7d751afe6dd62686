package main

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Lazy initialisation through an atomic.Pointer: built once, then loaded.
var cached atomic.Pointer[dynamodb.Client]

func table(ctx context.Context) (*dynamodb.Client, error) {
	if c := cached.Load(); c != nil {
		return c, nil
	}
	awsCfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	c := dynamodb.NewFromConfig(awsCfg)
	cached.Store(c)
	return c, nil
}

// One client per region, kept in a sync.Map.
var byRegion sync.Map

func regional(ctx context.Context, region string) *s3.Client {
	if c, ok := byRegion.Load(region); ok {
		return c.(*s3.Client)
	}
	awsCfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	c := s3.NewFromConfig(awsCfg)
	byRegion.Store(region, c)
	return c
}

func atomicHandler(ctx context.Context, e Event) error {
	c, err := table(ctx)
	if err != nil {
		return err
	}
	_ = c
	_ = regional(ctx, "eu-west-1")
	return nil
}

// A presign client wraps the package-level client: nothing costly is
// built per invocation.
func presign(ctx context.Context, e Event) (string, error) {
	p := s3.NewPresignClient(s3Client)
	req, err := p.PresignGetObject(ctx, &s3.GetObjectInput{})
	if err != nil {
		return "", err
	}
	return req.URL, nil
}
