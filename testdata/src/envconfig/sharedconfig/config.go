// Package sharedconfig exports configuration defaults that the function's
// main package loads into (envconfig.Process("", &sharedconfig.Defaults)):
// another package may change the exported variable, so its fields are
// not followed to their literals.
package sharedconfig

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Config is the function's configuration.
type Config struct {
	Table string
}

// Defaults are the values used when the environment sets none.
var Defaults = Config{Table: "orders-dev"}

// Put stores an order in the configured table.
func Put(ctx context.Context, c *dynamodb.Client) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(Defaults.Table)})
	return err
}
