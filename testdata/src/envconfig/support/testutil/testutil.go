// Package testutil is test support: it imports testing, no function links
// it, and its LocalStack wiring is silent.
package testutil

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

const TopicARN = "arn:aws:sns:eu-west-1:123456789012:orders-test"

func Table(t *testing.T) *dynamodb.PutItemInput {
	t.Helper()
	return &dynamodb.PutItemInput{TableName: aws.String("orders-test")}
}

func Config(t *testing.T) aws.Config {
	return aws.Config{Region: "us-east-1"}
}
