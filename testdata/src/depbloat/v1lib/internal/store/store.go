// want package:`; github.com/aws/aws-sdk-go/service/s3 via github.com/aws/aws-sdk-go/service/s3\)`

// Package store keeps orders in S3 with aws-sdk-go v1. It is not reported
// here: a library package does not know whether a function links it.
package store

import (
	"bytes"
	"context"
	"os"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

type Store struct{ client *s3.S3 }

func New() *Store { return &Store{client: s3.New(session.Must(session.NewSession()))} }

func (s *Store) Put(ctx context.Context, key string, body []byte) error {
	_ = bytes.NewReader(body)
	_, err := s.client.PutObject(&s3.PutObjectInput{Bucket: aws.String(os.Getenv("BUCKET")), Key: aws.String(key)})
	return err
}
