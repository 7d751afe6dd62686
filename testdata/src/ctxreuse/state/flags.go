package main

import (
	"context"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// A flag read as it is switches code on for every invocation: it guards
// nothing.
var (
	debug     = os.Getenv("DEBUG") == "1"
	settings  = struct{ Audit bool }{Audit: os.Getenv("AUDIT") != ""}
	lastDebug Order
	audit     *s3.Client
)

func flagged(ctx context.Context, o Order) error {
	if debug {
		lastDebug = o // want `request data in package variable lastDebug`
	}
	if settings.Audit && o.Total > 0 {
		cfg, _ := config.LoadDefaultConfig(ctx) // want `loads the SDK configuration on every invocation`
		audit = s3.NewFromConfig(cfg)           // want `creates a client on every invocation`
	}
	return nil
}

// Flags that record initialisation do guard it, in every polarity.
var (
	ready    bool
	loaded   bool
	initDone bool
	s3c      *s3.Client
)

func notReady(ctx context.Context, o Order) error {
	if !ready {
		cfg, _ := config.LoadDefaultConfig(ctx)
		s3c = s3.NewFromConfig(cfg)
		ready = true
	}
	return nil
}

func elseBranch(ctx context.Context, o Order) error {
	if loaded {
		_ = s3c
	} else {
		cfg, _ := config.LoadDefaultConfig(ctx)
		s3c = s3.NewFromConfig(cfg)
		loaded = true
	}
	return nil
}

func earlyReturn(ctx context.Context, o Order) error {
	if err := setup(ctx); err != nil {
		return err
	}
	return nil
}

func setup(ctx context.Context) error {
	if initDone {
		return nil
	}
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	s3c = s3.NewFromConfig(cfg)
	initDone = true
	return nil
}

// A refresh on a timer rebuilds the client once per period, not per
// invocation.
var (
	loadedAt  time.Time
	ttlClient *s3.Client
)

func refreshing(ctx context.Context, o Order) error {
	if time.Since(loadedAt) > 15*time.Minute {
		cfg, _ := config.LoadDefaultConfig(ctx)
		ttlClient = s3.NewFromConfig(cfg)
		loadedAt = time.Now()
	}
	return nil
}

func init() {
	lambda.Start(refreshing)
	lambda.Start(flagged)
	lambda.Start(notReady)
	lambda.Start(elseBranch)
	lambda.Start(earlyReturn)
}
