package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

var (
	db     *dynamodb.Client
	store  *s3.Client
	topic  *sns.Client
	table  = os.Getenv("TABLE")
	bucket = os.Getenv("BUCKET")
)

type Order struct {
	ID       string  `json:"id"`
	Customer string  `json:"customer"`
	Qty      int     `json:"qty"`
	Price    float64 `json:"price"`
}

// fat does everything itself: validation, pricing, three services.
//
//lambdalint:handler
func fat(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `main.fat does the business logic itself: \d+ statements \(over 30\), cyclomatic complexity \d+ \(max 12\), 3 SDK/database operations \(over 2: dynamodb.Client.GetItem, dynamodb.Client.PutItem, sns.Client.Publish\)`
	var o Order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	if o.ID == "" || o.Customer == "" {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	if o.Qty <= 0 || o.Qty > 100 {
		return events.APIGatewayProxyResponse{StatusCode: 422}, nil
	}
	prev, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table)})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	if prev.Item != nil {
		return events.APIGatewayProxyResponse{StatusCode: 409}, nil
	}
	total := float64(o.Qty) * o.Price
	discount := 0.0
	switch {
	case total > 1000:
		discount = 0.1
	case total > 500:
		discount = 0.05
	case strings.HasPrefix(o.Customer, "vip-"):
		discount = 0.02
	}
	total -= total * discount
	tax := total * 0.2
	if strings.HasSuffix(o.Customer, ".de") {
		tax = total * 0.19
	}
	total += tax
	item := map[string]types.AttributeValue{}
	item["id"] = nil
	item["total"] = nil
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: item}); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	msg := fmt.Sprintf("order %s: %.2f", o.ID, total)
	if _, err := topic.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(os.Getenv("TOPIC")), Message: &msg}); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	for i := 0; i < 3; i++ {
		if err := ctx.Err(); err != nil {
			break
		}
	}
	body, _ := json.Marshal(map[string]any{"id": o.ID, "total": total})
	headers := map[string]string{"Content-Type": "application/json"}
	resp := events.APIGatewayProxyResponse{StatusCode: 201, Headers: headers, Body: string(body)}
	if req.Headers["x-debug"] == "1" {
		resp.Headers["x-total"] = fmt.Sprint(total)
	}
	if req.Headers["x-trace"] != "" {
		resp.Headers["x-trace"] = req.Headers["x-trace"]
	}
	return resp, nil
}

// thin decodes, checks the input shape and delegates: silent (about 25
// lines, like most well-separated handlers).
//
//lambdalint:handler
func thin(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o Order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return jsonResponse(http.StatusBadRequest, map[string]string{"error": "invalid JSON"})
	}
	if o.ID == "" || o.Customer == "" || o.Qty <= 0 {
		return jsonResponse(http.StatusBadRequest, map[string]string{"error": "id, customer and qty are required"})
	}
	if len(o.ID) > 64 {
		return jsonResponse(http.StatusBadRequest, map[string]string{"error": "id too long"})
	}
	res, err := placeOrder(ctx, o)
	switch {
	case errors.Is(err, errConflict):
		return jsonResponse(http.StatusConflict, map[string]string{"error": err.Error()})
	case err != nil:
		return jsonResponse(http.StatusInternalServerError, map[string]string{"error": "internal"})
	}
	return jsonResponse(http.StatusCreated, res)
}

var errConflict = errors.New("conflict")

// placeOrder is the core: plain values in and out.
func placeOrder(ctx context.Context, o Order) (Order, error) {
	_, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
	return o, err
}

// jsonResponse is an adapter: domain value in, events type out.
func jsonResponse(status int, v any) (events.APIGatewayProxyResponse, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: status, Body: string(b), Headers: map[string]string{"Content-Type": "application/json"}}, nil
}

// queue delegates each record to a function that takes the record.
//
//lambdalint:handler
func queue(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, r := range e.Records {
		o, err := toOrder(r)
		if err == nil {
			err = archive(ctx, r)
		}
		if err == nil {
			_, err = placeOrder(ctx, o)
		}
		if err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: r.MessageId})
		}
	}
	return resp, nil
}

// toOrder is an adapter: events type in, domain value out.
func toOrder(r events.SQSMessage) (Order, error) {
	var o Order
	if err := json.Unmarshal([]byte(r.Body), &o); err != nil {
		return Order{}, fmt.Errorf("message %s: %w", r.MessageId, err)
	}
	return o, nil
}

// archive does I/O on the record: core logic coupled to Lambda.
func archive(ctx context.Context, r events.SQSMessage) error { // want `main.archive is core logic coupled to Lambda: it takes events.SQSMessage and calls s3.Client.PutObject, and main.queue runs it`
	_, err := store.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(r.MessageId)})
	return err
}

// stream passes the whole event on to process.
//
//lambdalint:handler
func stream(ctx context.Context, e events.DynamoDBEvent) error {
	return process(ctx, e)
}

// process takes the event and does the work.
func process(ctx context.Context, e events.DynamoDBEvent) error { // want `main.process is core logic coupled to Lambda: it takes events.DynamoDBEvent \(\d+ statements, complexity \d+\)`
	seen := map[string]bool{}
	for _, r := range e.Records {
		if r.EventName == "REMOVE" {
			continue
		}
		if seen[r.EventID] {
			continue
		}
		seen[r.EventID] = true
		for k, v := range r.Change.NewImage {
			if k == "" || v.String() == "" {
				continue
			}
			if strings.HasPrefix(k, "_") {
				continue
			}
			fmt.Println(k, v.String())
		}
		if len(seen) > 100 {
			return errors.New("too many")
		}
	}
	return nil
}

// route takes and returns events types but only dispatches: a piece of
// the handler (a router's route), not core logic: silent.
func route(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	switch req.HTTPMethod {
	case http.MethodGet:
		return getOrder(ctx, req)
	case http.MethodPost:
		return thin(ctx, req)
	case http.MethodPut:
		return jsonResponse(http.StatusOK, parseRequest(req))
	}
	return errorResponse(errConflict), nil
}

// getOrder is a route that does the I/O itself with the request in hand:
// core logic coupled to Lambda.
func getOrder(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `main.getOrder is core logic coupled to Lambda: it takes events.APIGatewayProxyRequest and returns events.APIGatewayProxyResponse and calls dynamodb.Client.GetItem`
	out, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table)})
	if err != nil {
		return errorResponse(err), nil
	}
	return jsonResponse(http.StatusOK, out.Item)
}

// parseRequest decodes and validates the request into a domain value: a
// converter, silent even with many checks.
func parseRequest(req events.APIGatewayProxyRequest) Order {
	var o Order
	if req.IsBase64Encoded {
		return Order{}
	}
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return Order{}
	}
	if strings.TrimSpace(o.Customer) == "" || len(o.Customer) > 200 {
		return Order{}
	}
	if o.Qty <= 0 || o.Qty > 100 {
		return Order{}
	}
	if o.Price < 0 || o.Price > 1e6 {
		return Order{}
	}
	if id := req.PathParameters["id"]; id != "" {
		o.ID = id
	} else if o.ID == "" {
		o.ID = req.RequestContext.RequestID
	}
	if v := req.QueryStringParameters["currency"]; v != "" && len(v) != 3 {
		return Order{}
	}
	for _, h := range []string{"x-tenant", "x-channel"} {
		if req.Headers[h] == "" {
			return Order{}
		}
	}
	return o
}

// errorResponse maps domain errors to a response: a converter, silent.
func errorResponse(err error) events.APIGatewayProxyResponse {
	status, msg := http.StatusInternalServerError, "internal"
	switch {
	case errors.Is(err, errConflict):
		status, msg = http.StatusConflict, "conflict"
	case errors.Is(err, os.ErrNotExist):
		status, msg = http.StatusNotFound, "not found"
	case errors.Is(err, os.ErrPermission):
		status, msg = http.StatusForbidden, "forbidden"
	case strings.Contains(err.Error(), "throttl"):
		status, msg = http.StatusTooManyRequests, "slow down"
	case strings.Contains(err.Error(), "timeout"), strings.Contains(err.Error(), "deadline"):
		status, msg = http.StatusGatewayTimeout, "timeout"
	}
	b, _ := json.Marshal(map[string]string{"error": msg})
	return events.APIGatewayProxyResponse{StatusCode: status, Body: string(b)}
}

// signup validates the input shape with many early returns and delegates:
// the guard clauses do not count as branching, silent.
//
//lambdalint:handler
func signup(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayProxyResponse, error) {
	var o Order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return jsonResponse(http.StatusBadRequest, "invalid JSON")
	}
	if !strings.Contains(o.Customer, "@") || len(o.Customer) > 254 {
		return jsonResponse(http.StatusBadRequest, "customer must be an email")
	}
	if o.ID == "" || len(o.ID) > 64 || strings.ContainsAny(o.ID, " /") {
		return jsonResponse(http.StatusBadRequest, "id is invalid")
	}
	if o.Qty < 1 || o.Qty > 500 {
		return jsonResponse(http.StatusBadRequest, "qty must be 1-500")
	}
	if o.Price < 0 || (o.Qty > 100 && o.Price == 0) {
		return jsonResponse(http.StatusBadRequest, "price is invalid")
	}
	if req.RequestContext.HTTP.Method != http.MethodPost {
		return jsonResponse(http.StatusMethodNotAllowed, "POST only")
	}
	res, err := placeOrder(ctx, o)
	if err != nil {
		return errorResponse(err), nil
	}
	return jsonResponse(http.StatusCreated, res)
}

// notCalled is coupled but no handler runs it: silent.
func notCalled(ctx context.Context, e events.S3Event) error {
	_, err := store.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(e.Records[0].S3.Bucket.Name)})
	return err
}

func main() {
	_ = notCalled
	lambda.Start(bigRouter)
	lambda.Start(report)
	lambda.Start(download)
	lambda.Start(cacheAll)
	lambda.Start(ebRouter)
	lambda.Start(ebWorker)
	lambda.Start((&Mirror{}).Handle)
	lambda.Start((&Embedded{}).Handle)
	lambda.Start((&Orders{}).Handle)
	lambda.Start(pricing)
	lambda.Start(discount)
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		return route(ctx, req)
	})
}
