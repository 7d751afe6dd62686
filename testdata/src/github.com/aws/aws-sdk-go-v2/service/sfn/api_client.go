package sfn

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

type StartExecutionInput struct {
	StateMachineArn *string
	Input           *string
	Name            *string
}
type StartExecutionOutput struct{}

func (c *Client) StartExecution(ctx context.Context, in *StartExecutionInput, optFns ...func(*Options)) (*StartExecutionOutput, error) {
	return nil, nil
}
