package main

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// localGuards looks like lazy initialisation, but the sync.Once and the
// nil-checked variable are the handler's own locals: new on every
// invocation, so the client is built every time.
func localGuards(ctx context.Context, o Order) error {
	var once sync.Once
	var c *s3.Client
	once.Do(func() {
		c = s3.NewFromConfig(aws.Config{}) // want `s3.NewFromConfig creates a client on every invocation`
	})
	var d *s3.Client
	if d == nil {
		d = s3.New(s3.Options{}) // want `s3.New creates a client on every invocation`
	}
	_, _ = c, d
	return nil
}

var shadowed *s3.Client

// shadow tests the package variable but defines a new local in the
// branch: the package variable stays nil, and the client is built on
// every invocation.
func shadow(ctx context.Context, o Order) error {
	if shadowed == nil {
		shadowed := s3.New(s3.Options{}) // want `s3.New creates a client on every invocation of the handler, paying for its set-up \(credentials, TLS, connections\) each time; the nil check tests the package variable shadowed, but := declares a new local shadowed that shadows it`
		_ = shadowed
	}
	return nil
}

var shadowedVia *s3.Client

func buildS3(ctx context.Context) *s3.Client { return s3.New(s3.Options{}) }

// shadowViaHelper: the same broken guard around a helper's call. What is
// wrong is the guard, at the call: the finding stays there.
func shadowViaHelper(ctx context.Context, o Order) error {
	if shadowedVia == nil {
		shadowedVia := buildS3(ctx) // want `s3.New \(via main.buildS3, at localguard.go:\d+:\d+\) creates a client on every invocation of the handler, paying for its set-up \(credentials, TLS, connections\) each time; the nil check tests the package variable shadowedVia, but := declares a new local shadowedVia`
		_ = shadowedVia
	}
	return nil
}
