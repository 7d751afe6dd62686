// want package:`closure\(\d+ packages, \d+ bytes\)`

// The closure is over the (low) max-packages of lambdalint.toml.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	cfg, _ = config.LoadDefaultConfig(context.Background())
	s3c    = s3.NewFromConfig(cfg)
	ddb    = dynamodb.NewFromConfig(cfg)
	queue  = sqs.NewFromConfig(cfg)
	client = &http.Client{}
)

func handle(ctx context.Context, e events.SQSEvent) error { return nil }

func main() {
	lambda.Start(handle) // want `the function links \d+ packages with [0-9.]+ MiB of Go source \(the standard library: \d+ packages, [0-9.]+ MiB\), over \[depbloat\] max-packages = 20; the largest modules: github.com/aws/aws-.*\(\d+ packages, [0-9.]+ MiB\)`
}
