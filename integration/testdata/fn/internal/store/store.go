// Package store keeps orders in S3.
package store

import (
	"bytes"
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Save writes one order. It builds its client on every call, which costs a
// handler that calls it the client set-up on every invocation.
func Save(ctx context.Context, id string, body []byte) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg)
	_, err = client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String("acme-orders-prod"),
		Key:    aws.String("orders/" + id + ".json"),
		Body:   bytes.NewReader(body),
	})
	return err
}
