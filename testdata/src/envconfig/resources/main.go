// Package main hard-codes operational parameters.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	lambdasvc "github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	v1ddb "github.com/aws/aws-sdk-go/service/dynamodb"
)

const topicARN = "arn:aws:sns:eu-west-1:123456789012:orders" // the use is reported

var ordersTable = "orders-prod"

type Settings struct {
	DeadLetterARN string
}

var settings = Settings{DeadLetterARN: "arn:aws:sqs:eu-west-1:123456789012:orders-dlq"} // want `ARN "arn:aws:sqs:eu-west-1:123456789012:orders-dlq" is hard-coded`

var (
	cfg, _ = config.LoadDefaultConfig(context.Background(), config.WithRegion("eu-west-1")) // want `region "eu-west-1" is hard-coded`
	ddb    = dynamodb.NewFromConfig(cfg)
	s3c    = s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.Region = "us-east-1" // want `region "us-east-1" is hard-coded`
	})
	sqsc = sqs.NewFromConfig(cfg)
	snsc = sns.NewFromConfig(cfg)
)

func handle(ctx context.Context, e events.SQSEvent) error {
	_, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String("orders"), // want `TableName "orders" is hard-coded: it differs between stages and accounts; read it from an environment variable \(os.Getenv\("TABLE_NAME"\)\)`
	})
	if err != nil {
		return err
	}
	_, _ = ddb.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(ordersTable)}) // want `TableName "orders-prod" is hard-coded \(variable ordersTable at main.go:\d+\)`
	bucket := "invoices-prod"
	_, _ = s3c.PutObject(ctx, &s3.PutObjectInput{
		Bucket:      aws.String(bucket), // want `Bucket "invoices-prod" is hard-coded`
		Key:         aws.String("invoices/2024/" + e.Records[0].MessageId + ".pdf"),
		ContentType: aws.String("application/pdf"),
	})
	_, _ = sqsc.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String("https://sqs.eu-west-1.amazonaws.com/123456789012/orders"), // want `QueueUrl "https://sqs.eu-west-1.amazonaws.com/123456789012/orders" is hard-coded`
		MessageBody: aws.String("{}"),
	})
	_, _ = snsc.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topicARN), Message: aws.String("done")}) // want `TopicArn "arn:aws:sns:eu-west-1:123456789012:orders" is hard-coded \(constant topicARN at main.go:\d+\)`
	in := &secretsmanager.GetSecretValueInput{}
	in.SecretId = aws.String("prod/db/password")                                                 // want `SecretId "prod/db/password" is hard-coded`
	_ = &kinesis.PutRecordInput{StreamName: aws.String("clicks"), PartitionKey: aws.String("k")} // want `StreamName "clicks" is hard-coded`
	_ = &lambdasvc.InvokeInput{FunctionName: aws.String("billing-prod")}                         // want `FunctionName "billing-prod" is hard-coded`
	_ = &sfn.StartExecutionInput{
		StateMachineArn: aws.String("arn:aws:states:eu-west-1:123456789012:stateMachine:fulfil"), // want `StateMachineArn "arn:aws:states:eu-west-1:123456789012:stateMachine:fulfil" is hard-coded`
		Name:            aws.String("execution-1"),
	}
	_ = &dynamodb.QueryInput{
		TableName:              aws.String(os.Getenv("TABLE_NAME")),
		IndexName:              aws.String("byCustomer"),
		KeyConditionExpression: aws.String("customerId = :c"),
	}
	_ = &sqs.GetQueueUrlInput{QueueName: aws.String("orders")} // want `QueueName "orders" is hard-coded`
	_ = settings
	return nil
}

func v1() {
	sess := session.Must(session.NewSession(&v1aws.Config{Region: v1aws.String("us-west-2")})) // want `region "us-west-2" is hard-coded`
	_ = v1aws.NewConfig().WithRegion("ap-southeast-2")                                         // want `region "ap-southeast-2" is hard-coded`
	db := v1ddb.New(sess)
	_, _ = db.PutItem(&v1ddb.PutItemInput{TableName: v1aws.String("legacy")}) // want `TableName "legacy" is hard-coded`
	_ = aws.Config{Region: "ca-central-1"}                                    // want `region "ca-central-1" is hard-coded`
	_ = dynamodb.Options{Region: "sa-east-1"}                                 // want `region "sa-east-1" is hard-coded`
}

func main() {
	if os.Getenv("LEGACY") != "" {
		v1()
	}
	log.Println("starting; topic arn:aws:sns:eu-west-1:123456789012:orders")
	lambda.Start(handle)
}
