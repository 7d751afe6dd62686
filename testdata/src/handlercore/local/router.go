package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

func ok(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK}, nil
}

// bigRouter dispatches fourteen routes, each case one delegating return:
// a dispatcher, however many routes it has, decides nothing itself. Silent.
func bigRouter(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	switch req.Resource + " " + req.HTTPMethod {
	case "/orders GET":
		return ok(ctx, req)
	case "/orders POST":
		return ok(ctx, req)
	case "/orders/{id} GET":
		return ok(ctx, req)
	case "/orders/{id} PUT":
		return ok(ctx, req)
	case "/orders/{id} DELETE":
		return ok(ctx, req)
	case "/carts GET":
		return ok(ctx, req)
	case "/carts POST":
		return ok(ctx, req)
	case "/carts/{id} GET":
		return ok(ctx, req)
	case "/carts/{id} DELETE":
		return ok(ctx, req)
	case "/users GET":
		return ok(ctx, req)
	case "/users POST", "/users PUT":
		return ok(ctx, req)
	case "/users/{id} GET":
		return ok(ctx, req)
	case "/health GET":
		return ok(ctx, req)
	case "/version GET":
		return ok(ctx, req)
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusNotFound}, nil
}

// pricing decides in each case: a rate table in code is logic, reported.
func pricing(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `main.pricing does the business logic itself: \d+ statements \(max 30\), cyclomatic complexity 14 \(over 12\)`
	rate := 0
	switch req.QueryStringParameters["tier"] {
	case "a":
		rate = 1
	case "b":
		rate = 2
	case "c":
		rate = 3
	case "d":
		rate = 5
	case "e":
		rate = 8
	case "f":
		rate = 13
	case "g":
		rate = 21
	case "h":
		rate = 34
	case "i":
		rate = 55
	case "j":
		rate = 89
	case "k":
		rate = 144
	case "l":
		rate = 233
	case "m":
		rate = 377
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK + rate%2}, nil
}

// discount returns a value per case: a table decided in code, not a
// dispatch. Reported.
func discount(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `main.discount does the business logic itself`
	rate := func(tier string) (int, error) {
		switch tier {
		case "a":
			return 1, nil
		case "b":
			return 2, nil
		case "c":
			return 3, nil
		case "d":
			return 5, nil
		case "e":
			return 8, nil
		case "f":
			return 13, nil
		case "g":
			return 21, nil
		case "h":
			return 34, nil
		case "i":
			return 55, nil
		case "j":
			return 89, nil
		case "k":
			return 144, nil
		case "l":
			return 233, nil
		}
		return 0, nil
	}
	r, _ := rate(req.QueryStringParameters["tier"])
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK + r%2}, nil
}

type invoiceEvent struct {
	ID     string  `json:"id"`
	Amount float64 `json:"amount"`
}

func created(ctx context.Context, e invoiceEvent) error  { return nil }
func paid(ctx context.Context, e invoiceEvent) error     { return nil }
func voided(ctx context.Context, e invoiceEvent) error   { return nil }
func refunded(ctx context.Context, e invoiceEvent) error { return nil }

// ebRouter routes EventBridge events: each case decodes the detail for
// the function it hands over to, and decides nothing. Silent.
func ebRouter(ctx context.Context, e events.CloudWatchEvent) error {
	switch e.DetailType {
	case "invoice.created":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return created(ctx, d)
	case "invoice.paid":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return paid(ctx, d)
	case "invoice.voided":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return fmt.Errorf("voided: %w", err)
		}
		return voided(ctx, d)
	case "invoice.refunded":
		var d invoiceEvent
		err := json.Unmarshal(e.Detail, &d)
		if err != nil {
			return err
		}
		return refunded(ctx, d)
	case "invoice.created.v2", "invoice.created.v3":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return created(ctx, d)
	case "invoice.paid.v2":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return paid(ctx, d)
	case "invoice.voided.v2":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return voided(ctx, d)
	case "invoice.refunded.v2":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return refunded(ctx, d)
	case "invoice.reminder":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		return paid(ctx, d)
	}
	return fmt.Errorf("unknown detail type %q", e.DetailType)
}

// ebWorker's cases compute before they hand over: logic, reported.
func ebWorker(ctx context.Context, e events.CloudWatchEvent) error { // want `main.ebWorker does the business logic itself: \d+ statements \(over 30\)`
	switch e.DetailType {
	case "invoice.created":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		d.Amount = d.Amount * 1.2
		return created(ctx, d)
	case "invoice.paid":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		d.Amount = d.Amount * 1.1
		return paid(ctx, d)
	case "invoice.voided":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		d.Amount = 0
		return voided(ctx, d)
	case "invoice.refunded":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		d.Amount = -d.Amount
		return refunded(ctx, d)
	case "invoice.reminder":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		d.ID = "reminder-" + d.ID
		return paid(ctx, d)
	case "invoice.late":
		var d invoiceEvent
		if err := json.Unmarshal(e.Detail, &d); err != nil {
			return err
		}
		d.Amount += 10
		return paid(ctx, d)
	}
	return nil
}
