package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
)

var (
	uploader   = manager.NewUploader(s3c)
	v1uploader = s3manager.NewUploader(session.Must(session.NewSession()))
	transfers  = transfermanager.New(s3c)
)

// UploadObjectBack writes through the newer transfer manager.
//
//lambdalint:handler
func UploadObjectBack(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if _, err := transfers.UploadObject(ctx, &transfermanager.UploadObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(r.S3.Object.Key + ".t")}); err != nil { // want `s3 UploadObject writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// UploadBack writes through the v2 upload manager into the bucket that
// triggered it.
//
//lambdalint:handler
func UploadBack(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if _, err := uploader.Upload(ctx, &s3.PutObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(r.S3.Object.Key + ".gz")}); err != nil { // want `s3 Upload writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// UploadBackV1 does the same with the v1 s3manager.
//
//lambdalint:handler
func UploadBackV1(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if _, err := v1uploader.Upload(&s3manager.UploadInput{Bucket: v1aws.String(r.S3.Bucket.Name), Key: v1aws.String(r.S3.Object.Key + ".gz")}); err != nil { // want `s3 Upload writes to the s3 bucket that triggered this function`
			return err
		}
	}
	return nil
}

// UploadElsewhere uploads to the bucket named in the environment. Silent.
//
//lambdalint:handler
func UploadElsewhere(ctx context.Context, e events.S3Event) error {
	for _, r := range e.Records {
		if _, err := uploader.Upload(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("OUT_BUCKET")), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
	}
	return nil
}
