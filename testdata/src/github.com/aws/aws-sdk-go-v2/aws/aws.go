// Package aws is a stub of github.com/aws/aws-sdk-go-v2/aws.
package aws

import (
	"context"
	"net/http"
)

type Credentials struct {
	AccessKeyID, SecretAccessKey, SessionToken string
}

type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

type CredentialsCache struct{}

func NewCredentialsCache(p CredentialsProvider) *CredentialsCache { return nil }

type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

type Config struct {
	Region       string
	Credentials  CredentialsProvider
	HTTPClient   HTTPClient
	BaseEndpoint *string
}

func (c Config) Copy() Config { return c }

func String(v string) *string { return &v }
func ToString(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
func Int32(v int32) *int32 { return &v }
func Int64(v int64) *int64 { return &v }
func Bool(v bool) *bool    { return &v }
