package lambda

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

type Options struct {
	Region       string
	BaseEndpoint *string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client          { return &Client{} }
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

var _ context.Context

type InvokeInput struct {
	FunctionName   *string
	InvocationType types.InvocationType
	Payload        []byte
	Qualifier      *string
}
type InvokeOutput struct{ Payload []byte }

func (c *Client) Invoke(ctx context.Context, in *InvokeInput, optFns ...func(*Options)) (*InvokeOutput, error) {
	return nil, nil
}
