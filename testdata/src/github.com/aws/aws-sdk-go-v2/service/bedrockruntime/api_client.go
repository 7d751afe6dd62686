package bedrockruntime

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct{ Region string }

type Client struct{ options Options }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type InvokeModelInput struct {
	ModelId     *string
	ContentType *string
	Body        []byte
}
type InvokeModelOutput struct{ Body []byte }

func (c *Client) InvokeModel(ctx context.Context, in *InvokeModelInput, optFns ...func(*Options)) (*InvokeModelOutput, error) {
	return nil, nil
}
