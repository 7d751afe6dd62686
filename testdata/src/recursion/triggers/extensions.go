package main

import (
	"context"
	"path"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"recursion/triggerlib"
)

// Guards on the extension kept in a local, and lists of extensions.

// CopyInPlace keeps .jpg and .jpeg and rewrites the object onto itself:
// the copy is a .jpeg again, an endless loop.
//
//lambdalint:handler
func CopyInPlace(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		bucket, key := r.S3.Bucket.Name, r.S3.Object.Key
		ext := strings.ToLower(path.Ext(key))
		if ext != ".jpg" && ext != ".jpeg" {
			continue
		}
		if _, err := s3c.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), CopySource: aws.String(bucket + "/" + key)}); err != nil { // want `s3 CopyObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// LocalExt keeps .csv through a local and writes a .csv.
//
//lambdalint:handler
func LocalExt(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		ext := path.Ext(key)
		if ext != ".csv" {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("normalized/" + key)}); err != nil { // want `s3 PutObject writes to the s3 bucket`
			return err
		}
	}
	return nil
}

// WebpPreview keeps .jpg and .jpeg and writes a .webp, which the guard
// skips: silent.
//
//lambdalint:handler
func WebpPreview(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		ext := strings.ToLower(path.Ext(key))
		if ext != ".jpg" && ext != ".jpeg" {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(strings.TrimSuffix(key, ext) + ".webp")}); err != nil {
			return err
		}
	}
	return nil
}

// ReassignedExt: a local given two values says nothing certain about
// the key; the guard is taken as one. Silent.
//
//lambdalint:handler
func ReassignedExt(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		ext := path.Ext(key)
		if ext == "" {
			ext = ".bin"
		}
		if ext != ".csv" {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String("normalized/" + key)}); err != nil {
			return err
		}
	}
	return nil
}

// Writes through helpers that write their key parameter as it is: the
// guards are held against the key the call passes.

type normalizer struct{}

func (normalizer) put(ctx context.Context, bucket, key string, body []byte) error {
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	return err
}

// thumb derives the key it writes: what its caller passes says nothing
// certain about it.
func thumb(ctx context.Context, bucket, key string) error {
	_, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String("thumbs/" + key)})
	return err
}

// CSVViaMethod keeps .csv and writes normalized/<key>, a .csv again.
//
//lambdalint:handler
func CSVViaMethod(ctx context.Context, e events.S3Event) error {
	var n normalizer
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasSuffix(strings.ToLower(key), ".csv") {
			continue
		}
		if err := n.put(ctx, r.S3.Bucket.Name, "normalized/"+key, nil); err != nil { // want `s3 PutObject at extensions.go:\d+:\d+ \(via normalizer.put\) writes to the s3 bucket that triggered`
			return err
		}
	}
	return nil
}

// CSVViaOtherPackage: the same through a helper of another package.
//
//lambdalint:handler
func CSVViaOtherPackage(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if path.Ext(key) != ".csv" {
			continue
		}
		if err := triggerlib.Save(ctx, r.S3.Bucket.Name, "normalized/"+key, nil); err != nil { // want `s3 PutObject at store.go:\d+:\d+ \(via triggerlib.Save\) writes to the s3 bucket that triggered`
			return err
		}
	}
	return nil
}

// JSONViaMethod keeps .csv and writes a .json: silent.
//
//lambdalint:handler
func JSONViaMethod(ctx context.Context, e events.S3Event) error {
	var n normalizer
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if !strings.HasSuffix(key, ".csv") {
			continue
		}
		if err := n.put(ctx, r.S3.Bucket.Name, strings.TrimSuffix(key, ".csv")+".json", nil); err != nil {
			return err
		}
	}
	return nil
}

// ThumbSkipsOwn skips thumbs/ and calls a helper that writes under
// thumbs/: the helper's key is its own, the guard counts. Silent.
//
//lambdalint:handler
func ThumbSkipsOwn(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		key := r.S3.Object.Key
		if strings.HasPrefix(key, "thumbs/") {
			continue
		}
		if err := thumb(ctx, r.S3.Bucket.Name, key); err != nil {
			return err
		}
	}
	return nil
}

// ParquetTwoDown keeps .csv and writes a .parquet two helpers down; the
// helper that writes has no guard of its own: the handler's counts.
// Silent.
//
//lambdalint:handler
func ParquetTwoDown(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if !strings.HasSuffix(r.S3.Object.Key, ".csv") {
			continue
		}
		if err := toParquet(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func toParquet(ctx context.Context, r events.S3EventRecord) error {
	var n normalizer
	return n.put(ctx, r.S3.Bucket.Name, strings.TrimSuffix(r.S3.Object.Key, ".csv")+".parquet", nil)
}
