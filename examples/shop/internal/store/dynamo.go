// Package store keeps orders in DynamoDB.
package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/shop/internal/orders"
)

// Dynamo is an orders.Store over one table. The client is passed in, so it
// is built once by the function's main package and reused.
type Dynamo struct {
	client *dynamodb.Client
	table  string
}

// NewDynamo returns a store over table.
func NewDynamo(client *dynamodb.Client, table string) *Dynamo {
	return &Dynamo{client: client, table: table}
}

// Put stores an order as one item.
func (d *Dynamo) Put(ctx context.Context, o orders.Order) error {
	body, err := json.Marshal(o)
	if err != nil {
		return err
	}
	_, err = d.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(d.table),
		Item: map[string]types.AttributeValue{
			"pk":   &types.AttributeValueMemberS{Value: "ORDER#" + o.ID},
			"body": &types.AttributeValueMemberS{Value: string(body)},
		},
	})
	return err
}

// Get reads an order.
func (d *Dynamo) Get(ctx context.Context, id string) (orders.Order, error) {
	out, err := d.client.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(d.table),
		Key:       map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "ORDER#" + id}},
	})
	if err != nil {
		return orders.Order{}, err
	}
	body, ok := out.Item["body"].(*types.AttributeValueMemberS)
	if !ok {
		return orders.Order{}, fmt.Errorf("order %s not found", id)
	}
	var o orders.Order
	err = json.Unmarshal([]byte(body.Value), &o)
	return o, err
}
