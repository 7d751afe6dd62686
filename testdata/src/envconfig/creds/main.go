// Package main carries credentials in code.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	v1creds "github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

const (
	accessKeyID = "AKIAZ7QF3PLMXW2KD9TR" // reported at the use
	secretKey   = "q8Vd2Lx0Rr7mNn5Tt1Pp9Ee4Ww6Zz3Yy0Uu2Ii8A"
)

var provider = credentials.NewStaticCredentialsProvider(accessKeyID, secretKey, "") // want `credentials are written in the code: credentials.NewStaticCredentialsProvider is given an access key id \(constant accessKeyID at main.go:\d+\) and a secret access key \(constant secretKey at main.go:\d+\);`

// A key and its secret elsewhere in the code.
var keys = map[string]string{
	"id":     "AKIAQ7RF3PLMXW2KD9TS",                     // want `an AWS access key id is written in the code`
	"secret": "z8Vd2Lx0Rr7mNn5Tt1Pp9Ee4Ww6Zz3Yy0Uu2Ii8C", // want `a secret-access-key-shaped string sits next to an access key id`
}

var v1c = v1creds.NewStaticCredentials("ASIAQ2W3E4R5T6Y7U8I9", "not-telling-you-what-the-secret-is", "") // want `credentials.NewStaticCredentials is given an access key id and a secret access key;`

// One finding per provider, at the call, also when the keys are on the
// next line; it names the arguments and never prints them.
var split = credentials.NewStaticCredentialsProvider( // want `^credentials are written in the code: credentials.NewStaticCredentialsProvider is given an access key id, a secret access key and a session token; anyone with the source`
	"AKIAQ2W3E4R5T6Y7U8I7",
	"r8Vd2Lx0Rr7mNn5Tt1Pp9Ee4Ww6Zz3Yy0Uu2Ii8B",
	"FwoGZXIvYXdzEJr//////////wEaDH7token",
)

// Only the key id is a literal: the secret comes from the environment.
var half = credentials.NewStaticCredentialsProvider("AKIAQ2W3E4R5T6Y7U8I6", os.Getenv("AWS_SECRET"), "") // want `is given an access key id; anyone`

var creds = aws.Credentials{AccessKeyID: "AKIA" + "Z7QF3PLMXW2KD9TR"} // want `credentials are written in the code \(the AccessKeyID field\)`

// Both keys in one struct: one finding naming both fields.
var both = aws.Credentials{
	AccessKeyID:     "AKIAQ9W8E7R6T5Y4U3I2", // want `^credentials are written in the code \(the AccessKeyID and SecretAccessKey fields\)`
	SecretAccessKey: "q8Vd2Lx0Rr7mNn5Tt1Pp9Ee4Ww6Zz3Yy0Uu2Ii8D",
}

func open(ctx context.Context) {
	_, _ = sql.Open("postgres", "postgres://app:s3cr3t-pass@db.internal:5432/orders")                     // want `a database password is written in the code \(sql.Open\)`
	_, _ = sql.Open("mysql", "app:hunter2@tcp(db.internal:3306)/orders")                                  // want `a database password is written in the code`
	_, _ = pgxpool.New(ctx, "host=db.internal user=app password=Tr0ub4dor dbname=orders sslmode=require") // want `a database password is written in the code \(pgxpool.New\)`
	_ = redis.NewClient(&redis.Options{Addr: "cache.internal:6379", Password: "redis-pass-1"})            // want `a database password is written in the code \(the Password field of redis options\)`

	// Look-alikes: no password, local development, placeholders.
	_, _ = sql.Open("postgres", "postgres://app@db.internal:5432/orders?sslmode=require")
	_, _ = sql.Open("postgres", "postgres://postgres:postgres@localhost:5432/orders")
	_, _ = sql.Open("postgres", "postgres://app:%s@db.internal:5432/orders")
	_ = redis.NewClient(&redis.Options{Addr: "cache.internal:6379", Password: ""})
	_, _ = config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("test", "test", "")))
	_ = "AKIAIOSFODNN7EXAMPLE"
}

func main() {
	_ = provider
	_ = v1c
	_ = creds
	_ = keys
	lambda.Start(open)
}
