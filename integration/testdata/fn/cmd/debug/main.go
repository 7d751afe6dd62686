// Command debug links the profiler into a function binary.
package main

import (
	"context"
	"net/http"
	_ "net/http/pprof"

	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context) (string, error) {
	go http.ListenAndServe("localhost:6060", nil)
	return "ok", nil
}

func main() {
	lambda.Start(handle)
}
