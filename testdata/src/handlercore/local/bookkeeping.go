package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

var (
	cache   *redis.Client
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

// cacheAll takes a lock, writes a key and drops another: redis's Set,
// SetNX and Del take a context and are requests; SetPoolSize and Close
// are the client's own. Reported.
func cacheAll(ctx context.Context, e events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `main.cacheAll does the business logic itself: .*3 SDK/database operations \(over 2: redis.Client.Del, redis.Client.Set, redis.Client.SetNX\)`
	cache.SetPoolSize(10)
	defer cache.Close()
	cache.SetNX(ctx, "lock", "1", 0)
	cache.Set(ctx, "a", e.Body, 0)
	cache.Del(ctx, "b")
	return events.APIGatewayProxyResponse{StatusCode: 204}, nil
}
