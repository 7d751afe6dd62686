// want package:`closure\(\d+ packages, \d+ bytes; github.com/aws/aws-sdk-go/aws via github.com/aws/aws-sdk-go/aws; .*; github.com/aws/aws-sdk-go/service/s3/s3iface via github.com/aws/aws-sdk-go/service/s3/s3iface\)`

// A function on aws-sdk-go v1: every v1 import is reported with its v2
// replacement.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"                // want `github.com/aws/aws-sdk-go/aws is aws-sdk-go v1, .* import github.com/aws/aws-sdk-go-v2/aws instead`
	"github.com/aws/aws-sdk-go/aws/session"        // want `aws/session is aws-sdk-go v1, which reached end of support on July 31, 2025 .*; import github.com/aws/aws-sdk-go-v2/config instead`
	"github.com/aws/aws-sdk-go/service/dynamodb"   // want `service/dynamodb is aws-sdk-go v1, .* import github.com/aws/aws-sdk-go-v2/service/dynamodb instead`
	"github.com/aws/aws-sdk-go/service/s3"         // want `service/s3 is aws-sdk-go v1, .* import github.com/aws/aws-sdk-go-v2/service/s3 instead`
	"github.com/aws/aws-sdk-go/service/s3/s3iface" // want `s3iface is aws-sdk-go v1, .* import an interface of your own with the methods you call`
)

var (
	sess                = session.Must(session.NewSession())
	db                  = dynamodb.New(sess)
	store s3iface.S3API = s3.New(sess)
)

func handle(ctx context.Context, e events.SQSEvent) error {
	for range e.Records {
		if _, err := store.PutObject(&s3.PutObjectInput{Bucket: aws.String(os.Getenv("BUCKET"))}); err != nil {
			return err
		}
	}
	_ = db
	return nil
}

func main() { lambda.Start(handle) }
