package s3

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

type PutObjectInput struct {
	Bucket      *string
	Key         *string
	Body        interface{ Read([]byte) (int, error) }
	ContentType *string
	SSEKMSKeyId *string
}
type PutObjectOutput struct{ ETag *string }
type GetObjectInput struct {
	Bucket *string
	Key    *string
}
type GetObjectOutput struct{ ContentLength *int64 }
type CopyObjectInput struct {
	Bucket     *string
	CopySource *string
	Key        *string
}
type CopyObjectOutput struct{}
type ListObjectsV2Input struct {
	Bucket *string
	Prefix *string
}
type ListObjectsV2Output struct{}
type ListObjectsV2Paginator struct{}

func NewListObjectsV2Paginator(c *Client, in *ListObjectsV2Input) *ListObjectsV2Paginator { return nil }
func (p *ListObjectsV2Paginator) HasMorePages() bool                                      { return false }
func (p *ListObjectsV2Paginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*ListObjectsV2Output, error) {
	return nil, nil
}
func (c *Client) PutObject(ctx context.Context, in *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return nil, nil
}
func (c *Client) GetObject(ctx context.Context, in *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return nil, nil
}
func (c *Client) CopyObject(ctx context.Context, in *CopyObjectInput, optFns ...func(*Options)) (*CopyObjectOutput, error) {
	return nil, nil
}

type PresignClient struct{}

func NewPresignClient(c *Client, optFns ...func(*PresignOptions)) *PresignClient { return nil }

type PresignOptions struct{}

type PresignedHTTPRequest struct{ URL string }

func (c *PresignClient) PresignGetObject(ctx context.Context, in *GetObjectInput, optFns ...func(*PresignOptions)) (*PresignedHTTPRequest, error) {
	return nil, nil
}

func (c *PresignClient) PresignPutObject(ctx context.Context, in *PutObjectInput, optFns ...func(*PresignOptions)) (*PresignedHTTPRequest, error) {
	return nil, nil
}

type HeadObjectInput struct {
	Bucket *string
	Key    *string
}

type HeadObjectOutput struct{ ContentLength *int64 }

func (c *Client) HeadObject(ctx context.Context, in *HeadObjectInput, optFns ...func(*Options)) (*HeadObjectOutput, error) {
	return nil, nil
}
