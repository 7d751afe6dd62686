package secretsmanager

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

type GetSecretValueInput struct{ SecretId *string }
type GetSecretValueOutput struct{ SecretString *string }

func (c *Client) GetSecretValue(ctx context.Context, in *GetSecretValueInput, optFns ...func(*Options)) (*GetSecretValueOutput, error) {
	return nil, nil
}
