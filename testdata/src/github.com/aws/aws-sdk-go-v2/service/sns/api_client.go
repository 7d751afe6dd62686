package sns

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

type Options struct {
	Region       string
	BaseEndpoint *string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client          { return &Client{} }
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

var _ context.Context

type PublishInput struct {
	TopicArn          *string
	TargetArn         *string
	Message           *string
	Subject           *string
	MessageAttributes map[string]types.MessageAttributeValue
}
type PublishOutput struct{}

func (c *Client) Publish(ctx context.Context, in *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return nil, nil
}
