// want package:`; github.com/aws/aws-sdk-go/service/s3 via depbloat/v1lib/internal/store -> github.com/aws/aws-sdk-go/service/s3\)`

// A function whose own store package uses aws-sdk-go v1: reported at the
// import of that package, with the chain.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"depbloat/v1lib/internal/store" // want `depbloat/v1lib/internal/store links aws-sdk-go v1 \(depbloat/v1lib/internal/store -> github.com/aws/aws-sdk-go/aws at store.go:12; depbloat/v1lib/internal/store -> github.com/aws/aws-sdk-go/aws/session at store.go:13; depbloat/v1lib/internal/store -> github.com/aws/aws-sdk-go/service/s3 at store.go:14\).*; import github.com/aws/aws-sdk-go-v2/aws, github.com/aws/aws-sdk-go-v2/config, github.com/aws/aws-sdk-go-v2/service/s3 instead`
)

var orders = store.New()

func handle(ctx context.Context, e events.SQSEvent) error {
	for _, r := range e.Records {
		if err := orders.Put(ctx, r.MessageId, []byte(r.Body)); err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handle) }
