// Package billing charges customers.
//
// Violation (core-coupled, reported at the call in cmd/checkout): Record,
// the core step that records a payment, takes API Gateway's event type, so
// it can only be called from this one kind of Lambda trigger (and not from
// a test, a queue consumer or a container without building a fake HTTP
// request). ParseCharge and Receipt also have events types in their
// signatures but are adapters (event in and a domain value out, or the
// reverse, no I/O): no finding.
package billing

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Charge is a payment to take.
type Charge struct {
	OrderID string `json:"orderId"`
	Cents   int64  `json:"cents"`
	Card    string `json:"card"`
}

// ParseCharge reads the charge from the API request body. An adapter
// (the event in, a Charge out): no finding.
func ParseCharge(req events.APIGatewayProxyRequest) (Charge, error) {
	var c Charge
	if err := json.Unmarshal([]byte(req.Body), &c); err != nil {
		return Charge{}, fmt.Errorf("malformed charge: %w", err)
	}
	if c.OrderID == "" || c.Cents <= 0 {
		return Charge{}, errors.New("a charge needs an order id and a positive amount")
	}
	return c, nil
}

// Receipt builds the HTTP response for a taken charge. An adapter (domain
// values in, the response out): no finding.
func Receipt(c Charge, paymentID string) events.APIGatewayProxyResponse {
	body, _ := json.Marshal(map[string]any{"orderId": c.OrderID, "payment": paymentID, "cents": c.Cents})
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(body)}
}

// Record marks the order paid and returns the payment id. core-coupled: it
// takes the API Gateway request (and parses it again) and writes to
// DynamoDB itself, so the payment step cannot run without a Lambda event;
// it should take a Charge.
func Record(ctx context.Context, db *dynamodb.Client, table string, req events.APIGatewayProxyRequest) (string, error) {
	c, err := ParseCharge(req)
	if err != nil {
		return "", err
	}
	paymentID := fmt.Sprintf("pay-%s-%d", c.OrderID, time.Now().Unix())
	_, err = db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(table),
		Key:              map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "ORDER#" + c.OrderID}},
		UpdateExpression: aws.String("SET #s = :paid, payment = :p"),
		ExpressionAttributeNames: map[string]string{
			"#s": "status",
		},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":paid": &types.AttributeValueMemberS{Value: "paid"},
			":p":    &types.AttributeValueMemberS{Value: paymentID},
		},
	})
	return paymentID, err
}
