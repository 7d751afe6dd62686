// Package main builds clients on every invocation.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go/aws/session"
	v1s3 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

type Order struct {
	ID string `json:"id"`
}

func handle(ctx context.Context, e events.SQSEvent) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the SDK configuration on every invocation of the handler`
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig creates a client on every invocation`
	_, err = db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(tableName)})
	if err != nil {
		return err
	}
	sess := session.Must(session.NewSession())                                                 // want `session.NewSession loads the SDK configuration`
	_ = v1s3.New(sess)                                                                         // want `s3.New creates a client`
	hc := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{MaxIdleConns: 10}} // want `http.Client\{\} with its own Transport creates a client`
	// Without a transport of its own a client shares the default pool:
	// silent.
	shared := &http.Client{Timeout: 5 * time.Second}
	_, _ = hc, shared
	return nil
}

// store builds its client on each call: reported where it builds it,
// with the handler's call as related information.
func newStore(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig \(in main.newStore, which the handler calls at main.go:\d+:\d+\) loads the SDK configuration on every invocation of the handler`
	return s3.NewFromConfig(cfg)            // want `s3.NewFromConfig \(in main.newStore, which the handler calls at main.go:\d+:\d+\) creates a client`
}

func handleOrder(ctx context.Context, o Order) error {
	client := newStore(ctx)
	_ = client
	pool, err := pgxpool.New(ctx, dsn()) // want `pgxpool.New creates a client`
	if err != nil {
		return err
	}
	defer pool.Close()
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"}) // want `redis.NewClient creates a client`
	_ = rdb
	conn, err := sql.Open("postgres", dsn()) // want `sql.Open creates a client`
	if err != nil {
		return err
	}
	defer conn.Close()
	return nil
}

var tableName = "orders"

func dsn() string { return "" }

func main() {
	lambda.Start(handle)
	lambda.Start(handleOrder)
	lambda.Start(localGuards)
	lambda.Start(valueHandler{}.Handle)
	lambda.Start(sharedHandler{&deps{}}.Handle)
	lambda.Start((&pointerHandler{}).Handle)
	lambda.Start(viaVar)
	lambda.Start(viaOnce)
	lambda.Start(debugHandler{}.Handle)
	lambda.Start(shadow)
	lambda.Start(shadowViaHelper)
	lambda.Start(legacy)
	lambda.Start(checkInventory)
	lambda.Start(checkPerCall)
	lambda.Start(transportAlone)
	lambda.Start(viaSeam)
	lambda.Start(viaSeamOnce)
}

// A Transport built on its own per invocation is a pool of its own:
// reported, as is one handed to a client later.
func transportAlone(ctx context.Context) error {
	tr := &http.Transport{MaxIdleConns: 10} // want `http.Transport\{\} creates a client`
	hc := &http.Client{Transport: tr}       // want `http.Client\{\} with its own Transport creates a client`
	_ = hc
	return nil
}
