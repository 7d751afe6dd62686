// Package route53 is a stub of the aws-sdk-go-v2 route53 client.
package route53

import "github.com/aws/aws-sdk-go-v2/aws"

type Options struct {
	Region string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client          { return &Client{} }
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }
