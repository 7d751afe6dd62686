// Command thumbnail makes a small copy of every product image uploaded to
// the media bucket.
//
// Violations: the region is a literal instead of the AWS_REGION Lambda sets,
// and the thumbnail is written back to the bucket that triggered the
// function, so every thumbnail triggers the function again (a recursive
// loop that runs until the account's concurrency is exhausted).
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var client *s3.Client

// init: hardcoded-region (the literal region).
func init() {
	cfg, err := config.LoadDefaultConfig(context.Background(), config.WithRegion("eu-west-1"))
	if err != nil {
		log.Fatalf("loading AWS config: %v", err)
	}
	client = s3.NewFromConfig(cfg)
}

// handle: trigger-loop (the thumbnail is written to the bucket from the
// event record, with no guard on the key).
func handle(ctx context.Context, ev events.S3Event) error {
	for _, rec := range ev.Records {
		bucket := rec.S3.Bucket.Name
		key := rec.S3.Object.Key
		obj, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
		if err != nil {
			return fmt.Errorf("reading s3://%s/%s: %w", bucket, key, err)
		}
		img, err := io.ReadAll(obj.Body)
		obj.Body.Close()
		if err != nil {
			return err
		}
		thumb := shrink(img)
		_, err = client.PutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String(bucket), // the trigger bucket: this upload runs the function again
			Key:    aws.String("thumbnails/" + strings.TrimPrefix(key, "uploads/")),
			Body:   bytes.NewReader(thumb),
		})
		if err != nil {
			return fmt.Errorf("writing thumbnail of %s: %w", key, err)
		}
	}
	return nil
}

// shrink stands in for the image resizing.
func shrink(img []byte) []byte {
	if len(img) > 1024 {
		return img[:1024]
	}
	return img
}

// main registers handle: no finding.
func main() {
	lambda.Start(handle)
}
