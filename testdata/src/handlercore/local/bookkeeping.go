package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	pool    *pgxpool.Pool
	presign *s3.PresignClient
	objects *s3.Client
)

// report borrows a connection for one statement: Acquire and Release are
// the pool's bookkeeping, one operation. Silent.
func report(ctx context.Context, e events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 503}, err
	}
	defer conn.Release()
	if err := conn.Exec(ctx, "SET statement_timeout = 5000"); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// download checks the object exists and signs, locally, a URL to read it
// and one to replace it: one request. Silent.
func download(ctx context.Context, e events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	key := e.PathParameters["key"]
	if _, err := objects.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("b"), Key: aws.String(key)}); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 404}, nil
	}
	req, err := presign.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String(key)})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	up, err := presign.PresignPutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String(key)})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	_ = time.Minute
	return events.APIGatewayProxyResponse{StatusCode: 302, Headers: map[string]string{"Location": req.URL, "X-Upload": up.URL}}, nil
}
