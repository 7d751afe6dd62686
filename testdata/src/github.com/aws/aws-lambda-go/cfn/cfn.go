package cfn

import "context"

type Event struct {
	RequestType        string                 `json:"RequestType"`
	ResourceProperties map[string]interface{} `json:"ResourceProperties"`
}

type CustomResourceFunction func(context.Context, Event) (physicalResourceID string, data map[string]interface{}, err error)
type CustomResourceLambdaFunction func(context.Context, Event) (reason string, err error)
type SNSCustomResourceLambdaFunction func(context.Context, interface{}) error

func LambdaWrap(lambdaFunction CustomResourceFunction) (fn CustomResourceLambdaFunction)  { return nil }
func LambdaWrapSNS(lambdaFunction CustomResourceFunction) SNSCustomResourceLambdaFunction { return nil }
