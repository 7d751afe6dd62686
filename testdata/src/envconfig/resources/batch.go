package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

const auditTable = "audit-prod"

// batch keys its requests by table name: literal names are reported like
// a TableName.
func batch(ctx context.Context, ddb *dynamodb.Client, reqs []types.WriteRequest) error {
	_, err := ddb.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{
		"orders-prod":          reqs, // want `TableName "orders-prod" is hard-coded: it differs between stages and accounts; read it from an environment variable \(os.Getenv\("TABLE_NAME"\)\)`
		auditTable:             reqs, // want `TableName "audit-prod" is hard-coded \(constant auditTable at batch.go:\d+\)`
		os.Getenv("LOG_TABLE"): reqs,
	}})
	return err
}
