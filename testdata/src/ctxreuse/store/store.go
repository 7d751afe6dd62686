// Package store wraps DynamoDB; New builds a client on every call.
package store

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type Store struct {
	db    *dynamodb.Client
	table string
}

// New is meant to run once, in main.
func New(ctx context.Context) (*Store, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Store{db: dynamodb.NewFromConfig(cfg), table: os.Getenv("TABLE_NAME")}, nil
}

func (s *Store) Put(ctx context.Context, id string) error {
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table)})
	return err
}

var shared *Store

// Shared is lazily initialised.
func Shared(ctx context.Context) *Store {
	if shared == nil {
		shared, _ = New(ctx)
	}
	return shared
}

var recent []string

// Track keeps ids in package state.
func Track(id string) {
	recent = append(recent, id)
}
