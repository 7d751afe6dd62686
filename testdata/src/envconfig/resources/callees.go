package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"envconfig/storelib"
)

// Literals passed to helpers of another package that write to the
// resource they name.
func shared(ctx context.Context, c *dynamodb.Client, n *sns.Client) error {
	if err := storelib.Save(ctx, c, "orders-prod"); err != nil { // want `TableName "orders-prod" is hard-coded, passed to storelib.Save as table, the TableName of its dynamodb PutItem at store.go:\d+:\d+: it differs between stages and accounts; read it from an environment variable \(os.Getenv\("TABLE_NAME"\)\)`
		return err
	}
	if err := storelib.Archive(ctx, c, "orders-archive"); err != nil { // want `TableName "orders-archive" is hard-coded, passed to storelib.Archive as table, the TableName of its dynamodb PutItem at store.go:\d+:\d+`
		return err
	}
	if err := storelib.Notify(ctx, n, "arn:aws:sns:eu-west-1:123456789012:orders", "x"); err != nil { // want `TopicArn "arn:aws:sns:eu-west-1:123456789012:orders" is hard-coded, passed to storelib.Notify as topicARN`
		return err
	}
	if err := storelib.Mirror(ctx, c, "orders-eu", "orders-us"); err != nil { // want `TableName "orders-eu" is hard-coded, passed to storelib.Mirror as primary` `TableName "orders-us" is hard-coded, passed to storelib.Mirror as replica`
		return err
	}
	if err := storelib.NotifyTarget(ctx, n, "arn:aws:sns:eu-west-1:123456789012:endpoint/APNS/app/1", "x"); err != nil { // want `TargetArn "arn:aws:sns:eu-west-1:123456789012:endpoint/APNS/app/1" is hard-coded, passed to storelib.NotifyTarget as target, the TargetArn of its sns Publish.*os.Getenv\("TARGET_ARN"\)`
		return err
	}
	// From the environment, a part of a name, a name reworked: silent.
	if err := storelib.Save(ctx, c, os.Getenv("ORDERS_TABLE")); err != nil {
		return err
	}
	if err := storelib.SaveStaged(ctx, c, "orders"); err != nil {
		return err
	}
	return storelib.SaveNormalised(ctx, c, "Orders")
}
