// Package awsclient builds AWS clients for the shop's functions.
package awsclient

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// SQS loads the AWS configuration and returns a new SQS client. Every call
// reads the environment and the shared config files again and builds a new
// client with its own connection pool.
func SQS(ctx context.Context) (*sqs.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return sqs.NewFromConfig(cfg), nil
}
