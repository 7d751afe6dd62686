package config

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type LoadOptions struct {
	Region      string
	Credentials aws.CredentialsProvider
}

type LoadOptionsFunc func(*LoadOptions) error

func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (aws.Config, error) {
	return aws.Config{}, nil
}

func WithRegion(v string) LoadOptionsFunc                               { return nil }
func WithCredentialsProvider(v aws.CredentialsProvider) LoadOptionsFunc { return nil }
func WithSharedConfigProfile(v string) LoadOptionsFunc                  { return nil }
