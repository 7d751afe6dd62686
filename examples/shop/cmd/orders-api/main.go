// Command orders-api is the clean function of the shop: an API Gateway
// (HTTP API) handler that only translates HTTP to the core orders package.
// The SDK client is built once per execution environment, in init, and the
// table name comes from the environment.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/shop/internal/orders"
	"example.com/shop/internal/store"
)

var svc *orders.Service

// init builds the client once per execution environment: no finding.
func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("loading AWS config: %v", err)
	}
	table := os.Getenv("ORDERS_TABLE")
	if table == "" {
		log.Fatal("ORDERS_TABLE is not set")
	}
	svc = orders.NewService(store.NewDynamo(dynamodb.NewFromConfig(cfg), table))
}

// handle decodes, delegates to the orders core and encodes: no finding.
func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	switch req.RequestContext.HTTP.Method {
	case http.MethodPost:
		var in orders.NewOrder
		if err := json.Unmarshal([]byte(req.Body), &in); err != nil {
			return respond(http.StatusBadRequest, map[string]string{"error": "malformed JSON"})
		}
		o, err := svc.Create(ctx, in)
		if errors.Is(err, orders.ErrInvalid) {
			return respond(http.StatusUnprocessableEntity, map[string]string{"error": err.Error()})
		}
		if err != nil {
			return events.APIGatewayV2HTTPResponse{}, err
		}
		return respond(http.StatusCreated, o)
	case http.MethodGet:
		o, err := svc.Get(ctx, req.PathParameters["id"])
		if err != nil {
			return respond(http.StatusNotFound, map[string]string{"error": err.Error()})
		}
		return respond(http.StatusOK, o)
	}
	return respond(http.StatusMethodNotAllowed, map[string]string{"error": "method not allowed"})
}

// respond is an adapter (a domain value in, the response out): no finding.
func respond(status int, v any) (events.APIGatewayV2HTTPResponse, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return events.APIGatewayV2HTTPResponse{
		StatusCode: status,
		Headers:    map[string]string{"Content-Type": "application/json"},
		Body:       string(body),
	}, nil
}

// main registers handle: no finding.
func main() {
	lambda.Start(handle)
}
