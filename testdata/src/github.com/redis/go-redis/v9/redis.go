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

func (c *Client) Close() error { return nil }

// SetPoolSize is a setting of the client's own, no request.
func (c *Client) SetPoolSize(n int) {}

func (c *Client) Del(ctx context.Context, keys ...string) *StatusCmd { return nil }

func (c *Client) SetNX(ctx context.Context, key string, value interface{}, exp int64) *StatusCmd {
	return nil
}
