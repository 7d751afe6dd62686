package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Names every account has, the same in every stage: the default event
// bus, an AWS managed KMS key; and an event source and detail type, which
// are the application's vocabulary, not resources.
func publish(ctx context.Context, eb *eventbridge.Client, c *s3.Client) error {
	_, err := eb.PutEvents(ctx, &eventbridge.PutEventsInput{Entries: []types.PutEventsRequestEntry{{
		EventBusName: aws.String("default"),
		Source:       aws.String("com.example.orders"),
		DetailType:   aws.String("OrderCreated"),
	}}})
	if err != nil {
		return err
	}
	_, err = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(conf.Bucket), Key: aws.String("k"), SSEKMSKeyId: aws.String("alias/aws/s3")})
	return err
}

// A foundation model's id is the same in every account and stage.
func summarise(ctx context.Context, br *bedrockruntime.Client, body []byte) error {
	_, err := br.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String("anthropic.claude-3-haiku-20240307-v1:0"), ContentType: aws.String("application/json"), Body: body})
	return err
}

// A local emulator's endpoint is never a deployed stage's.
var localS3 = s3.New(s3.Options{BaseEndpoint: aws.String("http://localhost:4566")})
