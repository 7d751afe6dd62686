package main

import (
	"context"
	"encoding/json"
	"os"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// appConfig gathers the function's settings in one struct.
type appConfig struct {
	Table  string
	Bucket string
	Stage  string
}

// Filled with literals once and never changed: its fields are as
// hard-coded as the literals.
var appCfg = appConfig{
	Table: "orders-table",
	Stage: "prod",
}

// Literal defaults that start-up code overwrites, or hands to a loader.
var (
	envCfg    = appConfig{Table: "orders-local"}
	loadedCfg = appConfig{Table: "orders-default", Bucket: "uploads-default"}
	parsedCfg = appConfig{Bucket: "uploads-parsed"}
)

func init() {
	if t := os.Getenv("TABLE_NAME"); t != "" {
		envCfg.Table = t
	}
	loadConfigInto(&loadedCfg)
	_ = json.Unmarshal([]byte(os.Getenv("APP_CONFIG")), &parsedCfg)
}

func loadConfigInto(c *appConfig) { c.Table = os.Getenv("TABLE_NAME") }

func storeOrder(ctx context.Context, body []byte) error {
	_, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(appCfg.Table), // want `TableName "orders-table" is hard-coded \(field Table of variable appCfg at config.go:\d+\): it differs between stages`
	})
	if err != nil {
		return err
	}
	report := appConfig{Bucket: "reports-bucket"}
	_, err = s3c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(report.Bucket), // want `Bucket "reports-bucket" is hard-coded`
		Key:    aws.String("reports/latest.json"),
	})
	if err != nil {
		return err
	}
	// Silent: overwritten in init, filled by a loader, unmarshalled into.
	_, _ = ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(envCfg.Table)})
	_, _ = ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(loadedCfg.Table)})
	_, _ = s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(parsedCfg.Bucket), Key: aws.String("k")})
	// Silent: assigned twice, or a field the literal leaves out.
	cfg2 := appConfig{Table: "orders-a"}
	if len(body) > 10 {
		cfg2 = appConfig{Table: os.Getenv("TABLE_B")}
	}
	_, _ = ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(cfg2.Table)})
	_, _ = s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(appCfg.Bucket), Key: aws.String("k")})
	// Silent: a method with a pointer receiver, called or handed on as a
	// value, may change the fields.
	mutable := appConfig{Table: "orders-mutable"}
	mutable.applyEnv()
	_, _ = ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(mutable.Table)})
	lazyOnce.Do(lazyCfg.applyEnv)
	_, _ = ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(lazyCfg.Table)})
	// The field's address given to the SDK input only reads it.
	_, err = ddb.GetItem(ctx, &dynamodb.GetItemInput{TableName: &appCfg.Stage}) // want `TableName "prod" is hard-coded \(field Stage of variable appCfg at config.go:\d+\)`
	return err
}

var (
	lazyCfg  = appConfig{Table: "orders-lazy"}
	lazyOnce sync.Once
)

func (c *appConfig) applyEnv() {
	if t := os.Getenv("TABLE_NAME"); t != "" {
		c.Table = t
	}
}
