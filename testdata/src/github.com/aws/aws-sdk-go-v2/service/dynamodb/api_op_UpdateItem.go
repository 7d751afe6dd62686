package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type UpdateItemInput struct {
	TableName                 *string
	Key                       map[string]types.AttributeValue
	UpdateExpression          *string
	ExpressionAttributeNames  map[string]string
	ExpressionAttributeValues map[string]types.AttributeValue
}
type UpdateItemOutput struct{}

func (c *Client) UpdateItem(ctx context.Context, in *UpdateItemInput, optFns ...func(*Options)) (*UpdateItemOutput, error) {
	return nil, nil
}

type DeleteItemInput struct {
	TableName *string
	Key       map[string]types.AttributeValue
}
type DeleteItemOutput struct{}

func (c *Client) DeleteItem(ctx context.Context, in *DeleteItemInput, optFns ...func(*Options)) (*DeleteItemOutput, error) {
	return nil, nil
}
