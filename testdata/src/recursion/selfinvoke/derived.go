package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

// Alias invokes its own "live" alias: the same function.
//
//lambdalint:handler
func Alias(ctx context.Context, j Job) error {
	name := os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(name + ":live")}); err != nil { // want `invokes this same function`
		return err
	}
	version := os.Getenv("AWS_LAMBDA_FUNCTION_VERSION")
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(fmt.Sprintf("%s:%s", name, version))}) // want `invokes this same function`
	return err
}

// Sibling invokes the worker named after itself ("orders-api" calls
// "orders-worker"): another function, silent.
//
//lambdalint:handler
func Sibling(ctx context.Context, j Job) error {
	self := os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
	w := strings.Replace(self, "-api", "-worker", 1)
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: &w}); err != nil {
		return err
	}
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(self + "-dlq-replay")}); err != nil {
		return err
	}
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(fmt.Sprintf("%s-next", self))})
	return err
}
