// Command health is a clean function: the client is built once per
// execution environment and the table comes from the environment.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type status struct {
	Healthy bool   `json:"healthy"`
	Bucket  string `json:"bucket"`
}

var (
	client *s3.Client
	bucket = os.Getenv("BUCKET")
)

func handle(ctx context.Context) (status, error) {
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(bucket)})
	return status{Healthy: err == nil, Bucket: bucket}, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	client = s3.NewFromConfig(cfg)
	lambda.Start(handle)
}
