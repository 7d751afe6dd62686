package main

import (
	"context"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	lambdav1 "github.com/aws/aws-sdk-go/service/lambda"

	"recursion/selflib"
)

var (
	client   *lambda.Client
	clientV1 *lambdav1.Lambda
	selfName = os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
	worker   = os.Getenv("WORKER_FUNCTION")
)

type Job struct {
	Page  int    `json:"page"`
	Token string `json:"token"`
}

type config struct {
	Function string `env:"AWS_LAMBDA_FUNCTION_NAME"`
	Next     string
	Worker   string
}

var cfg = config{Next: lambdacontext.FunctionName, Worker: os.Getenv("WORKER")}

// Paginate re-invokes itself synchronously for the next page.
//
//lambdalint:handler
func Paginate(ctx context.Context, j Job) error {
	if j.Token == "" {
		return nil
	}
	name := os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: &name}) // want `lambda Invoke invokes this same function .* synchronously: each invocation waits for another one of itself, doubling concurrency and cost`
	return err
}

// Async re-invokes itself through the ARN in the context.
//
//lambdalint:handler
func Async(ctx context.Context, j Job) error {
	lc, _ := lambdacontext.FromContext(ctx)
	in := &lambda.InvokeInput{InvocationType: types.InvocationTypeEvent}
	in.FunctionName = aws.String(lc.InvokedFunctionArn)
	_, err := client.Invoke(ctx, in) // want `lambda Invoke invokes this same function .* asynchronously: every invocation queues another one`
	return err
}

// PackageVar uses a package variable initialised from the environment.
//
//lambdalint:handler
func PackageVar(ctx context.Context, j Job) error {
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(selfName), InvocationType: "Event"}) // want `asynchronously`
	return err
}

// Fields uses struct fields set from the name or tagged with it.
//
//lambdalint:handler
func Fields(ctx context.Context, j Job) error {
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: &cfg.Next}); err != nil { // want `invokes this same function`
		return err
	}
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(cfg.Function)}) // want `invokes this same function`
	return err
}

// V1 uses the v1 SDK.
//
//lambdalint:handler
func V1(ctx context.Context, j Job) error {
	if _, err := clientV1.InvokeAsync(&lambdav1.InvokeAsyncInput{FunctionName: awsv1.String(lambdacontext.FunctionName)}); err != nil { // want `lambda InvokeAsync invokes this same function .* asynchronously`
		return err
	}
	_, err := clientV1.InvokeWithContext(ctx, &lambdav1.InvokeInput{ // want `lambda InvokeWithContext invokes this same function .* asynchronously`
		FunctionName:   awsv1.String(lambdacontext.FunctionName),
		InvocationType: awsv1.String(lambdav1.InvocationTypeEvent),
	})
	return err
}

// Helpers goes through helpers of another package.
//
//lambdalint:handler
func Helpers(ctx context.Context, j Job) error {
	if err := selflib.InvokeSelf(ctx, client, j); err != nil { // want `lambda Invoke \(via selflib.InvokeSelf\) invokes this same function .* asynchronously`
		return err
	}
	if _, err := selflib.Invoke(ctx, client, selfName, nil); err != nil { // want `lambda Invoke at invoke.go:\d+:\d+ \(via selflib.Invoke\) invokes this same function .* synchronously`
		return err
	}
	return again(ctx, j)
}

func again(ctx context.Context, j Job) error {
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(ownName())}) // want `invokes this same function`
	return err
}

func ownName() string { return strings.TrimSpace(os.Getenv("AWS_LAMBDA_FUNCTION_NAME")) }

// Others invokes other functions: silent.
//
//lambdalint:handler
func Others(ctx context.Context, j Job) error {
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(os.Getenv("WORKER_FUNCTION"))}); err != nil {
		return err
	}
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(worker)}); err != nil {
		return err
	}
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(cfg.Worker)}); err != nil {
		return err
	}
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(selfName + "-worker")}); err != nil {
		return err
	}
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(selfName), InvocationType: types.InvocationTypeDryRun}); err != nil {
		return err
	}
	if _, err := selflib.Invoke(ctx, client, worker, nil); err != nil {
		return err
	}
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(siblingARN(ctx))}); err != nil {
		return err
	}
	lc, _ := lambdacontext.FromContext(ctx)
	next := strings.Replace(lc.InvokedFunctionArn, selfName, worker, 1)
	if _, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: &next}); err != nil {
		return err
	}
	return selflib.Fanout(ctx, client, nil)
}

// siblingARN keeps the region and account of the invoked ARN and names
// another function: not this one.
func siblingARN(ctx context.Context) string {
	lc, _ := lambdacontext.FromContext(ctx)
	parts := strings.Split(lc.InvokedFunctionArn, ":")
	return strings.Join(append(parts[:6], os.Getenv("WORKER_FUNCTION")), ":")
}

// Qualified invokes its own ARN with the alias cut off: still itself.
//
//lambdalint:handler
func Qualified(ctx context.Context, j Job) error {
	lc, _ := lambdacontext.FromContext(ctx)
	arn := strings.TrimSuffix(lc.InvokedFunctionArn, ":live")
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(arn)}) // want `invokes this same function`
	return err
}

func main() {}

// A struct whose field holds the running function's name in one value and
// another function's in the other: which one is invoked depends on the
// value, so reading the field says nothing. Silent.
type target struct{ name string }

var (
	selfT   = target{name: os.Getenv("AWS_LAMBDA_FUNCTION_NAME")}
	workerT = target{name: os.Getenv("WORKER_FUNCTION")}
)

func callTarget(ctx context.Context, t target) error {
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(t.name), InvocationType: types.InvocationTypeEvent})
	return err
}

// Targets fans out to the worker, through a local helper and through a
// library invoker built for it. Silent.
//
//lambdalint:handler
func Targets(ctx context.Context, j Job) error {
	_ = selfT.name
	if err := callTarget(ctx, workerT); err != nil {
		return err
	}
	return selflib.NewInvoker(client, worker).Async(ctx, nil)
}

// A field set from the own name and normalised in place, or copied from
// another value of its type: still the own name.
type next struct{ fn string }

var nx = next{fn: os.Getenv("AWS_LAMBDA_FUNCTION_NAME")}

func normalise() { nx.fn = strings.TrimSpace(nx.fn) }

// Normalised is reported.
//
//lambdalint:handler
func Normalised(ctx context.Context, j Job) error {
	normalise()
	_, err := client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(nx.fn)}) // want `invokes this same function`
	return err
}
