package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"recursion/crosslib"
)

func handle(ctx context.Context, c crosslib.Category) (int, error) {
	names := crosslib.Flatten(c)  // want `crosslib.Flatten runs recursive code on every invocation of main.handle: it calls crosslib.walk \(tree.go:\d+\) via crosslib.Flatten`
	n := crosslib.Fib(len(names)) // want `crosslib.Fib runs recursive code on every invocation of main.handle: it is recursive \(Fib → Fib, tree.go:\d+\)`
	n += crosslib.Plain(n)
	n += helper(c)
	return n, nil
}

func helper(c crosslib.Category) int {
	return len(crosslib.Flatten(c)) // reported once, at the first call
}

func main() {
	lambda.Start(handle)
	lambda.Start(crosslib.Handle) // want `the handler crosslib.Handle runs recursive code on every invocation: it calls crosslib.walk`
	lambda.Start(func(ctx context.Context, n int) (int, error) {
		return crosslib.Plain(n), nil
	})
}
