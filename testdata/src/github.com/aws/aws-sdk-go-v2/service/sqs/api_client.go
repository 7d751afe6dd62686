package sqs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

type Options struct {
	Region       string
	BaseEndpoint *string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client          { return &Client{} }
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

var _ context.Context

type SendMessageInput struct {
	QueueUrl          *string
	MessageBody       *string
	DelaySeconds      int32
	MessageAttributes map[string]types.MessageAttributeValue
}
type SendMessageOutput struct{ MessageId *string }
type GetQueueUrlInput struct{ QueueName *string }
type GetQueueUrlOutput struct{ QueueUrl *string }

func (c *Client) SendMessage(ctx context.Context, in *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return nil, nil
}
func (c *Client) GetQueueUrl(ctx context.Context, in *GetQueueUrlInput, optFns ...func(*Options)) (*GetQueueUrlOutput, error) {
	return nil, nil
}
