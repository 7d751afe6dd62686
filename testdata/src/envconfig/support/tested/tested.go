// Package tested is function code with tests beside it: go vet analyses
// it with its _test.go files, which import testing, and it is still
// reported.
package tested

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func Put() *dynamodb.PutItemInput {
	return &dynamodb.PutItemInput{TableName: aws.String("orders")} // want `TableName "orders" is hard-coded`
}
