// Package testutil is test support: it imports testing, no function links
// it, and its LocalStack wiring is silent; a real key is not.
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

// A key pasted into a helper is in the repository all the same.
var ciKey = "AKIAQ7RF3PLMXW2KD9TZ" // want `an AWS access key id is written in the code`

func Key() string { return ciKey }
