package main

import "text/template"

// shared holds the internal packages every function may import, by path.
var shared = map[string]string{
	"internal/awsclients/clients.go": `// Package awsclients builds the SDK clients once per execution environment.
package awsclients

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	once   sync.Once
	cfg    aws.Config
	cfgErr error

	s3Client  *s3.Client
	ddbClient *dynamodb.Client
	sqsClient *sqs.Client
)

func load() {
	cfg, cfgErr = config.LoadDefaultConfig(context.Background(), config.WithRegion(os.Getenv("AWS_REGION")))
	if cfgErr != nil {
		return
	}
	s3Client = s3.NewFromConfig(cfg)
	ddbClient = dynamodb.NewFromConfig(cfg)
	sqsClient = sqs.NewFromConfig(cfg)
}

// S3 returns the shared S3 client.
func S3() (*s3.Client, error) {
	once.Do(load)
	return s3Client, cfgErr
}

// DynamoDB returns the shared DynamoDB client.
func DynamoDB() (*dynamodb.Client, error) {
	once.Do(load)
	return ddbClient, cfgErr
}

// SQS returns the shared SQS client.
func SQS() (*sqs.Client, error) {
	once.Do(load)
	return sqsClient, cfgErr
}
`,
	"internal/core/orders.go": `// Package core holds business logic free of Lambda types.
package core

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Order is a customer order.
type Order struct {
	ID       string    ` + "`json:\"id\"`" + `
	Customer string    ` + "`json:\"customer\"`" + `
	Lines    []Line    ` + "`json:\"lines\"`" + `
	Placed   time.Time ` + "`json:\"placed\"`" + `
}

// Line is one line of an order.
type Line struct {
	SKU      string ` + "`json:\"sku\"`" + `
	Quantity int    ` + "`json:\"quantity\"`" + `
	Cents    int64  ` + "`json:\"cents\"`" + `
}

// ErrEmpty is returned for orders without lines.
var ErrEmpty = errors.New("order has no lines")

// Validate checks an order.
func Validate(o Order) error {
	if strings.TrimSpace(o.ID) == "" {
		return errors.New("order without id")
	}
	if len(o.Lines) == 0 {
		return ErrEmpty
	}
	for i, l := range o.Lines {
		if l.Quantity <= 0 {
			return fmt.Errorf("line %d: quantity %d", i, l.Quantity)
		}
		if l.Cents < 0 {
			return fmt.Errorf("line %d: negative price", i)
		}
	}
	return nil
}

// Total returns the order total in cents.
func Total(o Order) int64 {
	var t int64
	for _, l := range o.Lines {
		t += int64(l.Quantity) * l.Cents
	}
	return t
}

// Discount applies a tiered discount.
func Discount(total int64) int64 {
	switch {
	case total > 100000:
		return total * 90 / 100
	case total > 10000:
		return total * 95 / 100
	}
	return total
}

// Key returns the storage key of an order.
func Key(o Order) string {
	return fmt.Sprintf("orders/%s/%s.json", o.Customer, o.ID)
}
`,
	"internal/store/store.go": `// Package store keeps orders in DynamoDB.
package store

import (
	"context"
	"os"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"` + modulePath + `/internal/core"
)

// Store writes orders to the table named by ORDERS_TABLE.
type Store struct {
	DB    *dynamodb.Client
	Table string
}

// New returns a store over a shared client.
func New(db *dynamodb.Client) *Store {
	return &Store{DB: db, Table: os.Getenv("ORDERS_TABLE")}
}

// Put writes one order.
func (s *Store) Put(ctx context.Context, o core.Order) error {
	_, err := s.DB.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(s.Table),
		Item: map[string]types.AttributeValue{
			"pk":    &types.AttributeValueMemberS{Value: o.ID},
			"cust":  &types.AttributeValueMemberS{Value: o.Customer},
			"total": &types.AttributeValueMemberN{Value: strconv.FormatInt(core.Total(o), 10)},
		},
	})
	return err
}
`,
	"internal/blob/blob.go": `// Package blob writes documents to S3.
package blob

import (
	"bytes"
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Writer writes to the bucket named by DOCS_BUCKET.
type Writer struct {
	S3     *s3.Client
	Bucket string
}

// New returns a writer over a shared client.
func New(c *s3.Client) *Writer { return &Writer{S3: c, Bucket: os.Getenv("DOCS_BUCKET")} }

// Put writes one object.
func (w *Writer) Put(ctx context.Context, key string, data []byte) error {
	_, err := w.S3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(w.Bucket),
		Key:    aws.String(key),
		Body:   bytes.NewReader(data),
	})
	return err
}
`,
	"internal/legacy/legacy.go": `// Package legacy is old code that builds a client on every call.
package legacy

import (
	"bytes"
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Upload loads the configuration and creates a client on each call.
func Upload(ctx context.Context, key string, data []byte) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg)
	_, err = client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(os.Getenv("ARCHIVE_BUCKET")),
		Key:    aws.String(key),
		Body:   bytes.NewReader(data),
	})
	return err
}
`,
	"internal/lambdakit/kit.go": `// Package lambdakit builds handlers from plain functions.
package lambdakit

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// SQS returns a handler that processes each message body with process and
// reports the failed ones for retry.
func SQS(process func(ctx context.Context, body string) error) func(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
		var resp events.SQSEventResponse
		for _, m := range ev.Records {
			if err := process(ctx, m.Body); err != nil {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
			}
		}
		return resp, nil
	}
}

// Forwarder returns a handler that forwards messages to queueURL; it
// creates its client on every invocation.
func Forwarder(queueURL string) func(context.Context, events.SQSEvent) error {
	return func(ctx context.Context, ev events.SQSEvent) error {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return err
		}
		client := sqs.NewFromConfig(cfg)
		for _, m := range ev.Records {
			body := m.Body
			if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &queueURL, MessageBody: &body}); err != nil {
				return fmt.Errorf("forward %s: %w", m.MessageId, err)
			}
		}
		return nil
	}
}
`,
}

var domainTmpl = template.Must(template.New("domain").Parse(`// Package d{{printf "%03d" .G}} is the business logic of one group of functions.
package d{{printf "%03d" .G}}

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"{{.Module}}/internal/core"
)

// Saver stores orders.
type Saver interface {
	Put(ctx context.Context, o core.Order) error
}

// Decode parses an order document.
func Decode(body string) (core.Order, error) {
	var o core.Order
	if err := json.NewDecoder(strings.NewReader(body)).Decode(&o); err != nil {
		return o, fmt.Errorf("d{{printf "%03d" .G}}: decode: %w", err)
	}
	return o, nil
}

// Process validates, prices and stores an order.
func Process(ctx context.Context, s Saver, o core.Order) (int64, error) {
	if err := core.Validate(o); err != nil {
		return 0, err
	}
	sort.Slice(o.Lines, func(i, j int) bool { return o.Lines[i].SKU < o.Lines[j].SKU })
	total := core.Discount(core.Total(o))
	if err := s.Put(ctx, o); err != nil {
		return 0, fmt.Errorf("d{{printf "%03d" .G}}: store %s: %w", o.ID, err)
	}
	return total, nil
}

// Summarise renders a one-line summary.
func Summarise(o core.Order, total int64) string {
	skus := make([]string, 0, len(o.Lines))
	for _, l := range o.Lines {
		skus = append(skus, l.SKU)
	}
	return fmt.Sprintf("%s %s %d [%s]", o.ID, o.Customer, total, strings.Join(skus, ","))
}
`))
