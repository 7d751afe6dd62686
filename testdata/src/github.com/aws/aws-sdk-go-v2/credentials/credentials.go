package credentials

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type StaticCredentialsProvider struct{ Value aws.Credentials }

func (s StaticCredentialsProvider) Retrieve(ctx context.Context) (aws.Credentials, error) {
	return s.Value, nil
}

func NewStaticCredentialsProvider(key, secret, session string) StaticCredentialsProvider {
	return StaticCredentialsProvider{}
}
