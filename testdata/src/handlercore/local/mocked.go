package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// S3API is the client behind an interface of the code's own, so tests
// can mock it: the calls through it are SDK operations all the same.
type S3API interface {
	GetObject(ctx context.Context, in *s3.GetObjectInput, optFns ...func(*s3.Options)) (*s3.GetObjectOutput, error)
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
	CopyObject(ctx context.Context, in *s3.CopyObjectInput, optFns ...func(*s3.Options)) (*s3.CopyObjectOutput, error)
}

type Mirror struct {
	S3  S3API
	Out string
}

func (m *Mirror) Handle(ctx context.Context, e events.S3Event) error { // want `\(\*Mirror\).Handle does the business logic itself: .*3 SDK/database operations \(over 2: s3.Client.CopyObject, s3.Client.GetObject, s3.Client.PutObject\)`
	for _, r := range e.Records {
		if _, err := m.S3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(r.S3.Bucket.Name), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
		if _, err := m.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(m.Out), Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
		if _, err := m.S3.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String(m.Out), Key: aws.String(r.S3.Object.Key + ".bak")}); err != nil {
			return err
		}
	}
	return nil
}

// A repository interface of the application's own hides the SDK: its
// methods are the core's, not SDK operations. Silent.
type Repo interface {
	Get(ctx context.Context, id string) (Order, error)
	Save(ctx context.Context, o Order) error
	Delete(ctx context.Context, id string) error
}

type Orders struct{ Repo Repo }

func (h *Orders) Handle(ctx context.Context, o Order) error {
	if _, err := h.Repo.Get(ctx, o.ID); err != nil {
		return err
	}
	if err := h.Repo.Delete(ctx, o.ID); err != nil {
		return err
	}
	return h.Repo.Save(ctx, o)
}

// The interface embedded in the handler's struct: the same operations.
type Embedded struct {
	S3API
	Out string
}

func (m *Embedded) Handle(ctx context.Context, e events.S3Event) error { // want `\(\*Embedded\).Handle does the business logic itself: .*3 SDK/database operations \(over 2: s3.Client.CopyObject, s3.Client.GetObject, s3.Client.PutObject\)`
	for _, r := range e.Records {
		if _, err := m.GetObject(ctx, &s3.GetObjectInput{Key: aws.String(r.S3.Object.Key)}); err != nil {
			return err
		}
		if _, err := m.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(m.Out)}); err != nil {
			return err
		}
		if _, err := m.CopyObject(ctx, &s3.CopyObjectInput{Bucket: aws.String(m.Out)}); err != nil {
			return err
		}
	}
	return nil
}
