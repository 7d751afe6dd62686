package redis

import "context"

type Options struct {
	Addr     string
	Password string
}

type Client struct{}

func NewClient(opt *Options) *Client { return &Client{} }

type StatusCmd struct{}

func (c *Client) Set(ctx context.Context, key string, value interface{}, exp int64) *StatusCmd {
	return nil
}
