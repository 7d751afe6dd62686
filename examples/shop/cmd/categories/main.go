// Command categories lists the category paths of the catalogue.
//
// Violation: the core walks the category tree recursively
// (internal/catalog.Paths) on every invocation (recursive-call, at the call
// in handle). The command-line export calls itself for every next page too,
// but no handler runs it, so it is not reported.
package main

import (
	"context"
	"encoding/json"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/shop/internal/catalog"
)

// Request asks for one page of paths.
type Request struct {
	Tree catalog.Category `json:"tree"`
	Page int              `json:"page"`
}

// Response is one page.
type Response struct {
	Paths []string `json:"paths"`
	Next  int      `json:"next,omitempty"`
}

const pageSize = 100

var (
	queue    *sqs.Client
	queueURL = os.Getenv("CATEGORIES_QUEUE_URL")
)

// init builds the SQS client once per execution environment: no finding.
func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("loading AWS config: %v", err)
	}
	queue = sqs.NewFromConfig(cfg)
}

// handle: recursive-call at the catalog.Paths call (the tree walk is
// recursive and runs on every invocation).
func handle(ctx context.Context, req Request) (Response, error) {
	paths := catalog.Paths(&req.Tree, "")
	start := req.Page * pageSize
	if start >= len(paths) {
		return Response{}, nil
	}
	end := min(start+pageSize, len(paths))
	resp := Response{Paths: paths[start:end]}
	if end < len(paths) {
		resp.Next = req.Page + 1
	}
	return resp, nil
}

// export writes every page to the queue, one message a page, calling itself
// for the next page. It is recursive too, but only main runs it (a one-off
// export from the command line), never a handler: no finding.
func export(ctx context.Context, req Request) error {
	resp, err := handle(ctx, req)
	if err != nil || len(resp.Paths) == 0 {
		return err
	}
	body, err := json.Marshal(resp)
	if err != nil {
		return err
	}
	if _, err := queue.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queueURL), MessageBody: aws.String(string(body))}); err != nil {
		return err
	}
	if resp.Next == 0 {
		return nil
	}
	return export(ctx, Request{Tree: req.Tree, Page: resp.Next})
}

// main runs export from the command line or starts the handler: no finding.
func main() {
	if os.Getenv("EXPORT") != "" {
		if err := export(context.Background(), Request{}); err != nil {
			log.Fatal(err)
		}
		return
	}
	lambda.Start(handle)
}
