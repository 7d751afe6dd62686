package main

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	ddb     *dynamodb.Client
	lastRec Order
	docs    = map[string]Order{}
	s3Cli   *s3.Client
	reg     = registry{m: map[string]*s3.Client{}}
)

// A fetched value decoded and cached per key is a cache, not a record of
// requests: silent.
func cachedDoc(ctx context.Context, o Order) error {
	if _, ok := docs[o.ID]; ok {
		return nil
	}
	raw, err := fetch(ctx, o.ID)
	if err != nil {
		return err
	}
	var d Order
	if err := json.Unmarshal(raw, &d); err != nil {
		return err
	}
	docs[o.ID] = d
	return nil
}

func fetch(ctx context.Context, id string) ([]byte, error) { return nil, nil }

// A check that the client is ready guards nothing after it: calling the
// client changes nothing the test reads.
func readyCheck(ctx context.Context, o Order) error {
	if ddb == nil {
		return errors.New("not initialised")
	}
	_, _ = ddb.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(tableName)})
	lastRec = o // want `request data in package variable lastRec`
	return nil
}

// A receiver flag is a switch, not a guard of the other fields.
type flagged2 struct {
	enabled bool
	last    string
}

func (f *flagged2) Handle(ctx context.Context, o Order) error {
	if !f.enabled {
		return nil
	}
	f.last = o.ID // want `request data in field f.last of the long-lived handler receiver`
	return nil
}

// Lazy initialisation through a helper that sets the tested client, and a
// per-key client cache filled through a value-receiver method: silent.
func viaHelper(ctx context.Context, o Order) error {
	if s3Cli == nil {
		initS3(ctx)
	}
	return nil
}

func initS3(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	s3Cli = s3.NewFromConfig(cfg)
}

type registry struct{ m map[string]*s3.Client }

func (r registry) put(k string, c *s3.Client) { r.m[k] = c }

func perRegion(ctx context.Context, o Order) error {
	if _, ok := reg.m[o.ID]; ok {
		return nil
	}
	cfg, _ := config.LoadDefaultConfig(ctx)
	reg.put(o.ID, s3.NewFromConfig(cfg))
	return nil
}
