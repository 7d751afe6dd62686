package main

import (
	"context"
	"log"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambdacontext"
)

// tagLogs points the standard library's default loggers at the request:
// package state that the next invocation (or a concurrent one) inherits.
func tagLogs(ctx context.Context, o Order) error {
	lc, _ := lambdacontext.FromContext(ctx)
	log.SetPrefix(lc.AwsRequestID + " ")                           // want `request data in the default logger \(log.SetPrefix\)`
	slog.SetDefault(slog.Default().With("order", o.ID))            // want `request data in the default logger \(slog.SetDefault\)`
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)                // no request data: silent
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil))) // no request data: silent
	reqLog := slog.Default().With("request_id", lc.AwsRequestID)   // a local logger: silent
	reqLog.InfoContext(ctx, "order", "id", o.ID)
	return nil
}

// tagEnv hands the tenant to code that reads the environment: the
// process environment keeps it for the next invocation.
func tagEnv(ctx context.Context, o Order) error {
	os.Setenv("CURRENT_ORDER", o.ID)   // want `request data in the process environment \(os.Setenv\)`
	os.Setenv("TZ", "UTC")             // no request data: silent
	os.Setenv("AWS_MAX_ATTEMPTS", "5") // no request data: silent
	return nil
}
