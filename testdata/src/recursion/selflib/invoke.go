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
