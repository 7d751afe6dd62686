package lambda

import (
	"context"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
)

type Lambda struct{}

func New(p *session.Session, cfgs ...*aws.Config) *Lambda { return &Lambda{} }

type InvokeInput struct {
	FunctionName   *string
	InvocationType *string
	Payload        []byte
}
type InvokeOutput struct{}
type InvokeAsyncInput struct{ FunctionName *string }
type InvokeAsyncOutput struct{}

func (c *Lambda) Invoke(in *InvokeInput) (*InvokeOutput, error)                { return nil, nil }
func (c *Lambda) InvokeAsync(in *InvokeAsyncInput) (*InvokeAsyncOutput, error) { return nil, nil }

// Added for the recursion tests.

const (
	InvocationTypeEvent           = "Event"
	InvocationTypeRequestResponse = "RequestResponse"
	InvocationTypeDryRun          = "DryRun"
)

func (c *Lambda) InvokeWithContext(ctx context.Context, in *InvokeInput) (*InvokeOutput, error) {
	return nil, nil
}
