package main

import (
	"context"
	"encoding/json"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

// API Gateway and SQS handlers decode the body first: what json.Unmarshal
// or a Decoder fills from the event is request data too.
var (
	lastBody   Order
	lastCustID string
	recent     []string
	strict     = os.Getenv("STRICT") == "1"
	settingsV  struct{ Limit int }
)

func decoded(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o Order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	lastCustID = o.ID // want `request data in package variable lastCustID`
	var p Order
	if err := json.NewDecoder(strings.NewReader(req.Body)).Decode(&p); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	recent = append(recent, p.ID)                                       // want `request data in package variable recent`
	if err := json.Unmarshal([]byte(req.Body), &lastBody); err != nil { // want `request data in package variable lastBody`
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}

	// Look-alikes: decoding configuration that is not the request, and
	// request data decoded into locals that stay local.
	if err := json.Unmarshal([]byte(os.Getenv("SETTINGS")), &settingsV); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	var q Order
	_ = json.Unmarshal([]byte(req.Body), &q)
	local := []string{q.ID}
	_ = local
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// An early return on a flag or on configuration is not lazy
// initialisation: what follows runs on every invocation that passes it,
// and it does not set what the test reads.
func gated(ctx context.Context, o Order) error {
	if !strict {
		return nil
	}
	if tableName == "" {
		return os.ErrNotExist
	}
	lastCustID = o.ID // want `request data in package variable lastCustID`
	return nil
}

func negated(ctx context.Context, o Order) error {
	if !strict {
		recent = append(recent, o.ID) // want `request data in package variable recent`
	}
	return nil
}

// apiApp decodes straight into a field of its long-lived receiver.
type apiApp struct {
	current Order
	limit   int
}

func (a *apiApp) Handle(ctx context.Context, req events.APIGatewayProxyRequest) error {
	if a.limit == 0 { // lazy configuration of the receiver: silent
		_ = json.Unmarshal([]byte(os.Getenv("LIMITS")), &a.limit)
	}
	return json.Unmarshal([]byte(req.Body), &a.current) // want `request data in field a.current of the long-lived handler receiver`
}
