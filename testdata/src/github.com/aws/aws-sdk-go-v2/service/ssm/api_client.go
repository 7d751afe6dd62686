package ssm

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

type Parameter struct {
	Name  *string
	Value *string
}

type GetParameterInput struct {
	Name           *string
	WithDecryption *bool
}
type GetParameterOutput struct{ Parameter *Parameter }

func (c *Client) GetParameter(ctx context.Context, in *GetParameterInput, optFns ...func(*Options)) (*GetParameterOutput, error) {
	return nil, nil
}

type GetParametersByPathInput struct {
	Path      *string
	Recursive *bool
}
type GetParametersByPathOutput struct{ Parameters []Parameter }

func (c *Client) GetParametersByPath(ctx context.Context, in *GetParametersByPathInput, optFns ...func(*Options)) (*GetParametersByPathOutput, error) {
	return nil, nil
}
