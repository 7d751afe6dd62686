package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type BatchWriteItemInput struct {
	RequestItems map[string][]types.WriteRequest
}
type BatchWriteItemOutput struct{}

func (c *Client) BatchWriteItem(ctx context.Context, in *BatchWriteItemInput, optFns ...func(*Options)) (*BatchWriteItemOutput, error) {
	return nil, nil
}

type TransactWriteItemsInput struct {
	TransactItems []types.TransactWriteItem
}
type TransactWriteItemsOutput struct{}

func (c *Client) TransactWriteItems(ctx context.Context, in *TransactWriteItemsInput, optFns ...func(*Options)) (*TransactWriteItemsOutput, error) {
	return nil, nil
}
