// Command report returns the day's sales figures to the back office.
//
// Violations: the handler returns a response without an error, which
// aws-lambda-go rejects when the function starts (every invocation then
// fails); the table name and a long-term access key are literals in the
// code; and net/http/pprof, a debugging package, is linked into the
// function binary.
package main

import (
	"context"
	"log"
	"net/http"
	_ "net/http/pprof"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var db *dynamodb.Client

// init: the long-term access key and secret are literals (envconfig's
// hardcoded-credentials rule).
func init() {
	cfg, err := config.LoadDefaultConfig(context.Background(),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIA4SHOPDEMO7KQ2XZB", "k8Fq2Lr9Tz0VbXw4Nc6Yp1Hs3Dj5Gm7Ua0Qe2Ri9", "")),
	)
	if err != nil {
		log.Fatalf("loading AWS config: %v", err)
	}
	db = dynamodb.NewFromConfig(cfg)
}

// handle: handler-signature (a single result that is not an error) and
// hardcoded-resource (the table name literal).
func handle(ctx context.Context, req events.APIGatewayProxyRequest) events.APIGatewayProxyResponse {
	out, err := db.Scan(ctx, &dynamodb.ScanInput{
		TableName: aws.String("shop-orders-prod"),
		Select:    "COUNT",
	})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError, Body: err.Error()}
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: strconv.Itoa(int(out.Count))}
}

// main registers handle: no finding of its own (the rejection is
// reported at handle).
func main() {
	lambda.Start(handle)
}
