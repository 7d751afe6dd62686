// Package main is an example, not deployed code: nothing is reported.
package main

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func main() {
	_ = &dynamodb.PutItemInput{TableName: aws.String("orders")}
}
