// Package billing charges customers.
//
// Violation: the core takes API Gateway's event type, so it can only be
// called from this one kind of Lambda trigger (and not from a test, a queue
// consumer or a container without building a fake HTTP request).
package billing

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
)

// Charge is a payment to take.
type Charge struct {
	OrderID string `json:"orderId"`
	Cents   int64  `json:"cents"`
	Card    string `json:"card"`
}

// ParseCharge reads the charge from the API request body.
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

// Receipt builds the HTTP response for a taken charge.
func Receipt(c Charge, paymentID string) events.APIGatewayProxyResponse {
	body, _ := json.Marshal(map[string]any{"orderId": c.OrderID, "payment": paymentID, "cents": c.Cents})
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(body)}
}
