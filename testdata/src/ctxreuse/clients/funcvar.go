package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// newS3Client is a seam that tests swap; the deployed function builds with
// s3.NewFromConfig.
var newS3Client = s3.NewFromConfig

var sharedCfg aws.Config

// viaSeam builds a client per invocation through the seam.
func viaSeam(ctx context.Context) error {
	c := newS3Client(sharedCfg) // want `s3.NewFromConfig creates a client on every invocation of the handler`
	_, err := c.PutObject(ctx, &s3.PutObjectInput{})
	return err
}

// The seam used once, at package level: silent.
var seamed = newS3Client(sharedCfg)

func viaSeamOnce(ctx context.Context) error {
	_, err := seamed.PutObject(ctx, &s3.PutObjectInput{})
	return err
}
