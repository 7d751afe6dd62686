package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// copyJob names where an object goes and where it came from.
type copyJob struct {
	Dest, Source, Key string
}

// CopyOut builds a job whose destination comes from the environment and
// whose source is the event's bucket: writing to job.Dest is not writing
// back to the source. Silent.
//
//lambdalint:handler
func CopyOut(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		job := copyJob{Dest: os.Getenv("DEST_BUCKET"), Source: r.S3.Bucket.Name, Key: r.S3.Object.Key}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(job.Dest), Key: aws.String(job.Key)}); err != nil {
			return err
		}
	}
	return nil
}

// CopyBack writes to the job's source: the bucket that triggered it.
//
//lambdalint:handler
func CopyBack(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		job := &copyJob{Dest: os.Getenv("DEST_BUCKET"), Source: r.S3.Bucket.Name, Key: r.S3.Object.Key}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(job.Source), Key: aws.String(job.Key + ".copy")}); err != nil { // want `writes to the s3 bucket`
			return err
		}
	}
	return nil
}

// Retarget sets the fields one by one: Dest is only ever the
// environment's. Silent.
//
//lambdalint:handler
func Retarget(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		var job copyJob
		job.Source = r.S3.Bucket.Name
		job.Dest = os.Getenv("DEST_BUCKET")
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(job.Dest), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
	}
	return nil
}

// SetSource sets the fields one by one, and writes to the one that holds
// the event's bucket.
//
//lambdalint:handler
func SetSource(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		var job copyJob
		job.Dest = os.Getenv("DEST_BUCKET")
		job.Source = r.S3.Bucket.Name
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(job.Source), Key: aws.String(r.S3.Object.Key + ".v2")}); err != nil { // want `writes to the s3 bucket`
			return err
		}
	}
	return nil
}

// Passed hands the whole job to a helper that may change any field: its
// destination is then as good as the event's. Reported, as before.
//
//lambdalint:handler
func Passed(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		job := copyJob{Dest: os.Getenv("DEST_BUCKET"), Source: r.S3.Bucket.Name, Key: r.S3.Object.Key}
		normalise(&job)
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(job.Dest), Key: aws.String(job.Key + ".n")}); err != nil { // want `writes to the s3 bucket`
			return err
		}
	}
	return nil
}

func normalise(j *copyJob) {
	if j.Dest == "" {
		j.Dest = j.Source
	}
}

// routes maps a source bucket to where its objects go.
var routes = map[string]string{"uploads": "archive"}

// Routed looks its destination up by the source bucket: the value, not
// the key, is written to. Silent.
//
//lambdalint:handler
func Routed(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		dest, ok := routes[r.S3.Bucket.Name]
		if !ok {
			continue
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(dest), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
	}
	return nil
}

// SplitName takes a part of the source's own name: still the source.
//
//lambdalint:handler
func SplitName(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		arn := []string{r.S3.Bucket.Name}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(arn[0]), Key: aws.String(r.S3.Object.Key + ".s")}); err != nil { // want `writes to the s3 bucket`
			return err
		}
	}
	return nil
}
