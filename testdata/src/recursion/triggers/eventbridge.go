package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// objectCreated is the detail of S3's "Object Created" event as
// EventBridge delivers it.
type objectCreated struct {
	Bucket struct {
		Name string `json:"name"`
	} `json:"bucket"`
	Object struct {
		Key  string `json:"key"`
		Size int64  `json:"size"`
	} `json:"object"`
}

// Watermark writes the watermarked image back to the bucket the
// EventBridge rule saw it in: every write is another "Object Created".
//
//lambdalint:handler
func Watermark(ctx context.Context, e events.EventBridgeEvent) error {
	var d objectCreated
	if err := json.Unmarshal(e.Detail, &d); err != nil {
		return err
	}
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{ // want `s3 PutObject writes to the s3 bucket that triggered this function`
		Bucket: aws.String(d.Bucket.Name),
		Key:    aws.String("watermarked/" + d.Object.Key),
	})
	return err
}

// Archive decodes through a Decoder and copies the name first.
//
//lambdalint:handler
func Archive(ctx context.Context, e events.CloudWatchEvent) error {
	raw := e.Detail
	var d *objectCreated
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&d); err != nil {
		return err
	}
	bucket := d.Bucket.Name
	_, err := s3c.CopyObject(ctx, &s3.CopyObjectInput{ // want `s3 CopyObject writes to the s3 bucket`
		Bucket: aws.String(bucket),
		Key:    aws.String("archive/" + d.Object.Key),
	})
	return err
}

// WatermarkElsewhere writes to the output bucket of its configuration:
// silent.
//
//lambdalint:handler
func WatermarkElsewhere(ctx context.Context, e events.EventBridgeEvent) error {
	var d objectCreated
	if err := json.Unmarshal(e.Detail, &d); err != nil {
		return err
	}
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(os.Getenv("OUTPUT_BUCKET")),
		Key:    aws.String(d.Object.Key),
	})
	return err
}

// WatermarkGuarded skips what it wrote itself: silent.
//
//lambdalint:handler
func WatermarkGuarded(ctx context.Context, e events.EventBridgeEvent) error {
	var d objectCreated
	if err := json.Unmarshal(e.Detail, &d); err != nil {
		return err
	}
	if strings.HasPrefix(d.Object.Key, "watermarked/") {
		return nil
	}
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(d.Bucket.Name),
		Key:    aws.String("watermarked/" + d.Object.Key),
	})
	return err
}

// exportRequested is an event of the application's own that names the
// bucket to export to; nothing about it says S3 sent it, and writing
// there does not emit it again: silent.
type exportRequested struct {
	Bucket struct {
		Name string `json:"name"`
	} `json:"bucket"`
	Report string `json:"report"`
}

//lambdalint:handler
func Export(ctx context.Context, e events.EventBridgeEvent) error {
	var d exportRequested
	if err := json.Unmarshal(e.Detail, &d); err != nil {
		return err
	}
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(d.Bucket.Name),
		Key:    aws.String("reports/" + d.Report),
	})
	return err
}
