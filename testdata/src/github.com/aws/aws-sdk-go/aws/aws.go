// Package aws is a stub of the monolithic github.com/aws/aws-sdk-go (v1).
package aws

import "github.com/aws/aws-sdk-go/aws/credentials"

type Config struct {
	Region      *string
	Endpoint    *string
	Credentials *credentials.Credentials
}

func NewConfig() *Config                               { return &Config{} }
func (c *Config) WithRegion(region string) *Config     { return c }
func (c *Config) WithEndpoint(endpoint string) *Config { return c }
func String(v string) *string                          { return &v }
func StringValue(p *string) string                     { return "" }
