package pgxpool

import "context"

type Pool struct{}

func New(ctx context.Context, connString string) (*Pool, error)         { return &Pool{}, nil }
func (p *Pool) Exec(ctx context.Context, sql string, args ...any) error { return nil }
func (p *Pool) Close()                                                  {}

type Conn struct{}

func (c *Conn) Release() {}

func (p *Pool) Acquire(ctx context.Context) (*Conn, error) { return &Conn{}, nil }

func (c *Conn) Exec(ctx context.Context, sql string, args ...any) error { return nil }
