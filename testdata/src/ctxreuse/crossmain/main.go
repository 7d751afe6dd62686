// Package main registers handlers of other packages and calls a helper
// package that builds clients.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"ctxreuse/remote"
	"ctxreuse/store"
)

func handle(ctx context.Context, o remote.Order) error {
	s, err := store.New(ctx) // want `config.LoadDefaultConfig \(via store.New, at store.go:\d+:\d+, and 1 more: dynamodb.NewFromConfig at store.go:\d+:\d+\) loads the SDK configuration on every invocation of the handler`
	if err != nil {
		return err
	}
	store.Track(o.ID) // want `the handler stores request data in package variable recent \(via store.Track, at store.go:\d+:\d+\)`
	return s.Put(ctx, o.ID)
}

func good(ctx context.Context, o remote.Order) error {
	return store.Shared(ctx).Put(ctx, o.ID)
}

func main() {
	s, err := store.New(context.Background()) // once, in main
	if err != nil {
		log.Fatal(err)
	}
	switch os.Getenv("MODE") {
	case "remote":
		lambda.Start(remote.Handle) // want `config.LoadDefaultConfig \(via remote.Handle → store.New, at store.go:\d+:\d+, and 1 more: dynamodb.NewFromConfig at store.go:\d+:\d+\) loads the SDK configuration on every invocation of remote.Handle`
	case "fine":
		lambda.Start(remote.Fine)
	case "factory":
		lambda.Start(remote.NewHandler(s)) // want `http.Client\{\} with its own Transport \(via remote.NewHandler, at remote.go:\d+:\d+\) creates a client on every invocation of the closure returned by remote.NewHandler`
	case "good":
		lambda.Start(remote.NewGood(s))
	case "service":
		svc := &remote.Service{}
		lambda.Start(svc.Handle) // want `\(\*Service\).Handle stores request data in field s.last of the long-lived handler receiver \(via Service.Handle, at remote.go:\d+:\d+, and 1 more: package variable recent at store.go:\d+:\d+\)`
	default:
		lambda.Start(handle)
		lambda.Start(good)
	}
}
