// Command checkout takes the payment of an order.
//
// Violations: handle has all the business logic (validation, stock,
// payment, bookkeeping) in the handler itself, with three distinct SDK
// operations (handler-logic), instead of a core package the handler calls;
// and the payment step that was split out, billing.Record, takes the API
// Gateway request and writes to DynamoDB (core-coupled, at its call).
// billing.ParseCharge and billing.Receipt are adapters: no finding.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/shop/internal/billing"
)

var (
	db      *dynamodb.Client
	queue   *sqs.Client
	table   = os.Getenv("ORDERS_TABLE")
	stock   = os.Getenv("STOCK_TABLE")
	ledger  = os.Getenv("LEDGER_QUEUE_URL")
	maxCent = int64(500000)
)

// init builds the clients once per execution environment: no finding.
func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("loading AWS config: %v", err)
	}
	db = dynamodb.NewFromConfig(cfg)
	queue = sqs.NewFromConfig(cfg)
}

// handle: handler-logic (and core-coupled at the billing.Record call).
func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	charge, err := billing.ParseCharge(req)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400, Body: err.Error()}, nil
	}
	if charge.Cents > maxCent {
		return events.APIGatewayProxyResponse{StatusCode: 422, Body: "amount over the limit"}, nil
	}
	card := strings.ReplaceAll(charge.Card, " ", "")
	if len(card) < 12 || len(card) > 19 {
		return events.APIGatewayProxyResponse{StatusCode: 422, Body: "bad card number"}, nil
	}
	sum := 0
	for i := len(card) - 1; i >= 0; i-- {
		d := int(card[i] - '0')
		if d < 0 || d > 9 {
			return events.APIGatewayProxyResponse{StatusCode: 422, Body: "bad card number"}, nil
		}
		if (len(card)-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	if sum%10 != 0 {
		return events.APIGatewayProxyResponse{StatusCode: 422, Body: "bad card number"}, nil
	}

	order, err := db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(table),
		Key:       map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "ORDER#" + charge.OrderID}},
	})
	if err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	if order.Item == nil {
		return events.APIGatewayProxyResponse{StatusCode: 404, Body: "no such order"}, nil
	}
	status, _ := order.Item["status"].(*types.AttributeValueMemberS)
	if status != nil && status.Value == "paid" {
		return events.APIGatewayProxyResponse{StatusCode: 409, Body: "already paid"}, nil
	}
	var items []struct {
		SKU      string `json:"sku"`
		Quantity int    `json:"quantity"`
	}
	if body, ok := order.Item["body"].(*types.AttributeValueMemberS); ok {
		if err := json.Unmarshal([]byte(body.Value), &items); err != nil {
			return events.APIGatewayProxyResponse{}, err
		}
	}
	for _, it := range items {
		_, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:           aws.String(stock),
			Key:                 map[string]types.AttributeValue{"sku": &types.AttributeValueMemberS{Value: it.SKU}},
			UpdateExpression:    aws.String("SET available = available - :q"),
			ConditionExpression: aws.String("available >= :q"),
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":q": &types.AttributeValueMemberN{Value: strconv.Itoa(it.Quantity)},
			},
		})
		if err != nil {
			return events.APIGatewayProxyResponse{StatusCode: 409, Body: fmt.Sprintf("%s is out of stock", it.SKU)}, nil
		}
	}
	paymentID, err := billing.Record(ctx, db, table, req)
	if err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	entry, err := json.Marshal(map[string]any{"order": charge.OrderID, "cents": charge.Cents, "payment": paymentID})
	if err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	if _, err := queue.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(ledger), MessageBody: aws.String(string(entry))}); err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	return billing.Receipt(charge, paymentID), nil
}

// main registers handle: no finding.
func main() {
	lambda.Start(handle)
}
