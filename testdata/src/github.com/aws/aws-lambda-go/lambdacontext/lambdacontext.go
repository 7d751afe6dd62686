package lambdacontext

import "context"

var (
	FunctionName    string
	FunctionVersion string
	MemoryLimitInMB int
	LogGroupName    string
)

type CognitoIdentity struct{ CognitoIdentityID string }

type ClientContext struct{ Custom map[string]string }

type LambdaContext struct {
	AwsRequestID       string
	InvokedFunctionArn string
	Identity           CognitoIdentity
	ClientContext      ClientContext
}

func FromContext(ctx context.Context) (*LambdaContext, bool)               { return nil, false }
func NewContext(parent context.Context, lc *LambdaContext) context.Context { return parent }
