package session

import "github.com/aws/aws-sdk-go/aws"

type Session struct{ Config *aws.Config }

type Options struct{ Config aws.Config }

func NewSession(cfgs ...*aws.Config) (*Session, error)     { return &Session{}, nil }
func NewSessionWithOptions(opts Options) (*Session, error) { return &Session{}, nil }
func Must(sess *Session, err error) *Session               { return sess }
func New(cfgs ...*aws.Config) *Session                     { return &Session{} }
