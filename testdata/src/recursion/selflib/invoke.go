// Package selflib holds invocation helpers used by selfinvoke.
package selflib

import (
	"context"
	"encoding/json"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

// InvokeSelf re-invokes the running function asynchronously.
func InvokeSelf(ctx context.Context, c *lambda.Client, payload any) error {
	b, _ := json.Marshal(payload)
	_, err := c.Invoke(ctx, &lambda.InvokeInput{
		FunctionName:   aws.String(os.Getenv("AWS_LAMBDA_FUNCTION_NAME")),
		InvocationType: types.InvocationTypeEvent,
		Payload:        b,
	})
	return err
}

// Invoke invokes the function it is given, synchronously.
func Invoke(ctx context.Context, c *lambda.Client, name string, payload []byte) ([]byte, error) {
	out, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(name), Payload: payload})
	if err != nil {
		return nil, err
	}
	return out.Payload, nil
}

// Fanout invokes the worker named in the environment: another function.
func Fanout(ctx context.Context, c *lambda.Client, payload []byte) error {
	_, err := c.Invoke(ctx, &lambda.InvokeInput{
		FunctionName:   aws.String(os.Getenv("WORKER_FUNCTION")),
		InvocationType: types.InvocationTypeEvent,
		Payload:        payload,
	})
	return err
}

// Invoker invokes the function named in its field: Self sets it to the
// running function, NewInvoker to any other. Its Async is not a
// self-invocation by itself.
type Invoker struct {
	Client   *lambda.Client
	Function string
}

// Self returns an Invoker of the running function.
func Self(c *lambda.Client) *Invoker {
	return &Invoker{Client: c, Function: os.Getenv("AWS_LAMBDA_FUNCTION_NAME")}
}

func (i *Invoker) Async(ctx context.Context, payload []byte) error {
	_, err := i.Client.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(i.Function), InvocationType: types.InvocationTypeEvent, Payload: payload})
	return err
}

// NewInvoker returns an Invoker of the function named.
func NewInvoker(c *lambda.Client, name string) *Invoker {
	return &Invoker{Client: c, Function: name}
}
