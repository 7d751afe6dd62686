// want package:`closure\(\d+ packages, \d+ bytes\)`

// Package orders is the core logic, testable without Lambda.
package orders

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Service struct {
	DB *dynamodb.Client
	S3 *s3.Client
}

func (s *Service) Archive(ctx context.Context, id string) error {
	_, err := s.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("BUCKET")), Key: aws.String(id)})
	return err
}
