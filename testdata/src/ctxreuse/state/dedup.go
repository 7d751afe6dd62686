package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	processed = map[string]string{}
	delivered = map[string]struct{}{}
)

// dedup remembers the messages it has handled in memory: request data kept
// across invocations (and useless for idempotency: another execution
// environment has its own map). The guard does not make it lazy
// initialisation.
func dedup(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		if _, ok := delivered[r.MessageId]; ok {
			continue
		}
		delivered[r.MessageId] = struct{}{} // want `request data in package variable delivered`
	}
	id := e.Records[0].MessageId
	if _, ok := processed[id]; ok {
		return nil
	}
	processed[id] = e.Records[0].Body // want `request data in package variable processed`
	return nil
}

// Memoised look-ups and clients per key stay lazy initialisation: silent.
var (
	regionClients = map[string]*s3.Client{}
	sizes         = map[string]int64{}
)

func memo(ctx context.Context, e events.S3Event) error {
	r := e.Records[0]
	c, ok := regionClients[r.AWSRegion]
	if !ok {
		awsCfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(r.AWSRegion))
		c = s3.NewFromConfig(awsCfg)
		regionClients[r.AWSRegion] = c
	}
	if _, ok := sizes[r.S3.Bucket.Name]; ok {
		return nil
	}
	out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(r.S3.Bucket.Name)})
	if err != nil {
		return err
	}
	sizes[r.S3.Bucket.Name] = *out.ContentLength
	return nil
}

// pool hands out one client per region from its own base client: the
// value stored is the receiver's, not request data. Silent.
type pool struct {
	base    *s3.Client
	clients map[string]*s3.Client
}

func (p *pool) Handle(ctx context.Context, e events.S3Event) error {
	region := e.Records[0].AWSRegion
	if _, ok := p.clients[region]; ok {
		return nil
	}
	c := p.base
	p.clients[region] = c
	return nil
}
