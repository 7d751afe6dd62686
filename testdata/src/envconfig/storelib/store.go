// Package storelib is a shared package of helpers that take the name of
// the resource they write to.
package storelib

import (
	"context"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

// Save puts an item into the table it is given.
func Save(ctx context.Context, c *dynamodb.Client, table string) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
	return err
}

// Archive hands its table on to Save.
func Archive(ctx context.Context, c *dynamodb.Client, table string) error {
	return Save(ctx, c, table)
}

// Notify publishes to the topic it is given.
func Notify(ctx context.Context, c *sns.Client, topicARN, msg string) error {
	_, err := c.Publish(ctx, &sns.PublishInput{TopicArn: &topicARN, Message: aws.String(msg)})
	return err
}

// SaveStaged builds the name from the stage: the argument is a part of
// the name, which the environment completes.
func SaveStaged(ctx context.Context, c *dynamodb.Client, base string) error {
	name := os.Getenv("STAGE") + "-" + base
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(name)})
	return err
}

// SaveNormalised reworks its parameter before use.
func SaveNormalised(ctx context.Context, c *dynamodb.Client, table string) error {
	table = strings.ToLower(table)
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
	return err
}

// Mirror saves to two tables, each named by a parameter.
func Mirror(ctx context.Context, c *dynamodb.Client, primary, replica string) error {
	if err := Save(ctx, c, primary); err != nil {
		return err
	}
	return Save(ctx, c, replica)
}

// NotifyTarget publishes to a target ARN (an endpoint or a topic).
func NotifyTarget(ctx context.Context, c *sns.Client, target, msg string) error {
	_, err := c.Publish(ctx, &sns.PublishInput{TargetArn: aws.String(target), Message: aws.String(msg)})
	return err
}
