package main

import (
	"context"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// A helper that takes the table name: the literal its caller passes is the
// hard-coded name.
func putAudit(ctx context.Context, c *dynamodb.Client, table, id string) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
	return err
}

// A repository whose constructor keeps the table in an unexported field.
type repo struct {
	db    *dynamodb.Client
	table string
}

func newRepo(db *dynamodb.Client, table string) *repo {
	return &repo{db: db, table: table}
}

func (r *repo) put(ctx context.Context) error {
	_, err := r.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(r.table)})
	return err
}

// A helper that cleans its parameter before use, and a field set in two
// places: followed no further. Silent.
func putTrimmed(ctx context.Context, c *dynamodb.Client, table string) error {
	table = strings.TrimSpace(table)
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
	return err
}

type twice struct{ table string }

func (t *twice) put(ctx context.Context, c *dynamodb.Client) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(t.table)})
	return err
}

func passed(ctx context.Context, c *dynamodb.Client) error {
	if err := putAudit(ctx, c, "audit-events", "x"); err != nil { // want `TableName "audit-events" is hard-coded, passed to putAudit as table: it differs between stages and accounts`
		return err
	}
	if err := newRepo(c, "orders-prod").put(ctx); err != nil { // want `TableName "orders-prod" is hard-coded, passed to newRepo as table`
		return err
	}
	// From the environment, and the look-alikes above: silent.
	if err := putAudit(ctx, c, os.Getenv("AUDIT_TABLE"), "x"); err != nil {
		return err
	}
	if err := putTrimmed(ctx, c, "scratch-table"); err != nil {
		return err
	}
	t := &twice{table: os.Getenv("A")}
	t.table = "fallback-table"
	return t.put(ctx, c)
}

// A struct of the package whose unexported fields one keyed literal sets:
// the literals are the hard-coded region and bucket.
type reporter struct {
	region string
	bucket string
}

var rep = &reporter{region: "eu-west-1", bucket: "reports-prod"}

func (r *reporter) upload(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(r.region)) // want `region "eu-west-1" is hard-coded \(field region, set at params.go:\d+\)`
	if err != nil {
		return err
	}
	_, err = s3.NewFromConfig(cfg).PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(r.bucket)}) // want `Bucket "reports-prod" is hard-coded \(field bucket, set at params.go:\d+\)`
	return err
}

// Set positionally as well, or from the environment: silent.
type archiver struct{ bucket string }

var (
	arch  = archiver{bucket: "archive-prod"}
	arch2 = archiver{"archive-dev"}
)

type mirror struct{ bucket string }

var mir = mirror{bucket: os.Getenv("MIRROR_BUCKET")}

func (a archiver) put(ctx context.Context, c *s3.Client) error {
	_, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(a.bucket)})
	return err
}

func (m mirror) put(ctx context.Context, c *s3.Client) error {
	_, err := c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(m.bucket)})
	return err
}

// A method helper, called as a method value and as a method expression:
// the parameter index skips the receiver.
func (r *repo) putTo(ctx context.Context, table string) error {
	_, err := r.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table)})
	return err
}

func methods(ctx context.Context, r *repo) error {
	if err := r.putTo(ctx, "ledger-prod"); err != nil { // want `TableName "ledger-prod" is hard-coded, passed to putTo as table`
		return err
	}
	return (*repo).putTo(r, ctx, "ledger-dr") // want `TableName "ledger-dr" is hard-coded, passed to putTo as table`
}

// A generic struct whose field a setter of the generic type changes, and
// two structs whose fields are set from each other: not followed, and no
// endless walk. Silent.
type gcache[T any] struct {
	db    *dynamodb.Client
	table string
}

func (g *gcache[T]) setTable(t string) { g.table = t }

func (g *gcache[T]) put(ctx context.Context) error {
	_, err := g.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(g.table)})
	return err
}

var orders = &gcache[string]{table: "orders-default"}

type rec struct{ table string }
type row struct{ table string }

func toRec(o row) rec { return rec{table: o.table} }
func toRow(r rec) row { return row{table: r.table} }

func (o row) put(ctx context.Context, c *dynamodb.Client) error {
	_, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(o.table)})
	return err
}

func putOrders(ctx context.Context) error {
	_, err := orders.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(orders.table)})
	return err
}
