package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	perRegionMu   sync.Mutex
	perRegion2    = map[string]*s3.Client{}
	perRegionBase aws.Config
)

// A per-region client cache keyed by the event's region, the lookup
// split from its test: lazy initialisation once per region, silent.
func clientForRegion(region string) *s3.Client {
	perRegionMu.Lock()
	defer perRegionMu.Unlock()
	c, ok := perRegion2[region]
	if !ok {
		c = s3.NewFromConfig(perRegionBase, func(o *s3.Options) { o.Region = region })
		perRegion2[region] = c
	}
	return c
}

func headAll(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if _, err := clientForRegion(r.AWSRegion).HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(r.S3.Bucket.Name)}); err != nil {
			return err
		}
	}
	return nil
}

var lastKeyByRegion = map[string]string{}

// tagRegion records each request's key per region and returns a client:
// the write is reported where it is, also when the handler calls the
// helper as the receiver of a method call (tagRegion(…).HeadObject).
func tagRegion(region, key string) *s3.Client {
	lastKeyByRegion[region] = key // want `the handler stores request data in package variable lastKeyByRegion \(in main.tagRegion, which the handler calls at percache.go:\d+:\d+\)`
	return nil
}

func headTagged(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if _, err := tagRegion(r.AWSRegion, r.S3.Object.Key).HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(r.S3.Bucket.Name)}); err != nil {
			return err
		}
	}
	return nil
}

var firstSeen = map[string]string{}

// The first body seen per id: the request itself, kept per key.
func firstBody(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		v, ok := firstSeen[m.MessageId]
		if !ok {
			v = m.Body
			firstSeen[m.MessageId] = v // want `request data in package variable firstSeen`
		}
		_ = v
	}
	return nil
}

// The same cache of clients held by the handler's receiver: silent.
type regional struct{ clients map[string]*s3.Client }

func (h *regional) Handle(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		c, ok := h.clients[r.AWSRegion]
		if !ok {
			c = s3.NewFromConfig(perRegionBase, func(o *s3.Options) { o.Region = r.AWSRegion })
			h.clients[r.AWSRegion] = c
		}
		_ = c
	}
	return nil
}

func newRegional() *regional { return &regional{clients: map[string]*s3.Client{}} }
