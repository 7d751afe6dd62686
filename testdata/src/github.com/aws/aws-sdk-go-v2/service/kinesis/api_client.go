package kinesis

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	Region       string
	BaseEndpoint *string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client          { return &Client{} }
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

var _ context.Context

type PutRecordInput struct {
	StreamName   *string
	StreamARN    *string
	Data         []byte
	PartitionKey *string
}
type PutRecordOutput struct{}

func (c *Client) PutRecord(ctx context.Context, in *PutRecordInput, optFns ...func(*Options)) (*PutRecordOutput, error) {
	return nil, nil
}
