package main

import (
	"context"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	snstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"recursion/triggerlib"
)

const maxAttempts = 3

// RetryLater re-queues a failed message with a delay and an attempt
// counter it checks first: the loop stops after maxAttempts.
//
//lambdalint:handler
func RetryLater(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		n := 0
		if a, ok := m.MessageAttributes["attempt"]; ok && a.StringValue != nil {
			n, _ = strconv.Atoi(*a.StringValue)
		}
		if n >= maxAttempts {
			continue // gives up: the redrive policy's DLQ keeps it
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		_, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl:     &url,
			MessageBody:  &m.Body,
			DelaySeconds: 60,
			MessageAttributes: map[string]sqstypes.MessageAttributeValue{
				"attempt": {DataType: aws.String("Number"), StringValue: aws.String(strconv.Itoa(n + 1))},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// RetryByReceiveCount checks ApproximateReceiveCount, which a message sent
// again starts afresh: the loop never ends.
//
//lambdalint:handler
func RetryByReceiveCount(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if c, _ := strconv.Atoi(m.Attributes["ApproximateReceiveCount"]); c > maxAttempts {
			continue
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: &m.Body}); err != nil { // want `sqs SendMessage writes to the sqs queue that triggered`
			return err
		}
	}
	return nil
}

// RetryCountless checks a counter but sends the message back without one:
// every copy reads as the first attempt.
//
//lambdalint:handler
func RetryCountless(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if a, ok := m.MessageAttributes["attempt"]; ok && a.StringValue != nil && *a.StringValue == "3" {
			continue
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &url, MessageBody: &m.Body}); err != nil { // want `sqs SendMessage writes to the sqs queue that triggered`
			return err
		}
	}
	return nil
}

// Republish puts a hop counter on the notifications it publishes back to
// its topic and drops those that went round too often.
//
//lambdalint:handler
func Republish(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		hops := 0
		if a, ok := r.SNS.MessageAttributes["hops"].(map[string]any); ok {
			hops, _ = strconv.Atoi(a["Value"].(string))
		}
		if hops > 2 {
			return nil
		}
		_, err := snsc.Publish(ctx, &sns.PublishInput{
			TopicArn: aws.String(r.SNS.TopicArn),
			Message:  aws.String(r.SNS.Message),
			MessageAttributes: map[string]snstypes.MessageAttributeValue{
				"hops": {DataType: aws.String("Number"), StringValue: aws.String(strconv.Itoa(hops + 1))},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// RetryTenant checks that a tenant attribute is there and copies it
// forward: nothing counts, the loop never ends.
//
//lambdalint:handler
func RetryTenant(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		t, ok := m.MessageAttributes["tenant"]
		if !ok {
			continue
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		_, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{ // want `sqs SendMessage writes to the sqs queue that triggered`
			QueueUrl:     &url,
			MessageBody:  &m.Body,
			DelaySeconds: 30,
			MessageAttributes: map[string]sqstypes.MessageAttributeValue{
				"tenant": {DataType: aws.String("String"), StringValue: t.StringValue},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// RetryOtherKey counts one attribute but checks another.
//
//lambdalint:handler
func RetryOtherKey(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		n := 0
		if a, ok := m.MessageAttributes["attempt"]; ok && a.StringValue != nil {
			n, _ = strconv.Atoi(*a.StringValue)
		}
		if _, ok := m.MessageAttributes["ping"]; ok {
			continue
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		_, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{ // want `sqs SendMessage writes to the sqs queue that triggered`
			QueueUrl:    &url,
			MessageBody: &m.Body,
			MessageAttributes: map[string]sqstypes.MessageAttributeValue{
				"attempt": {DataType: aws.String("Number"), StringValue: aws.String(strconv.Itoa(n + 1))},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Relay marks what it publishes back to its topic and skips marked
// notifications when they come round: one hop. Silent.
//
//lambdalint:handler
func Relay(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		if _, relayed := r.SNS.MessageAttributes["relayed"]; relayed {
			continue
		}
		_, err := snsc.Publish(ctx, &sns.PublishInput{
			TopicArn: aws.String(r.SNS.TopicArn),
			Message:  aws.String(r.SNS.Message),
			MessageAttributes: map[string]snstypes.MessageAttributeValue{
				"relayed": {DataType: aws.String("String"), StringValue: aws.String("1")},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// RelayMarkedOnly skips the notifications without the mark and marks
// what it publishes: every copy is relayed again.
//
//lambdalint:handler
func RelayMarkedOnly(ctx context.Context, e events.SNSEvent) error {
	for _, r := range e.Records {
		if _, relayed := r.SNS.MessageAttributes["relayed"]; !relayed {
			continue
		}
		_, err := snsc.Publish(ctx, &sns.PublishInput{ // want `sns Publish writes to the sns topic that triggered`
			TopicArn: aws.String(r.SNS.TopicArn),
			Message:  aws.String(r.SNS.Message),
			MessageAttributes: map[string]snstypes.MessageAttributeValue{
				"relayed": {DataType: aws.String("String"), StringValue: aws.String("1")},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// RetryThroughHelper re-queues through a helper of another package that
// counts the attempts itself: bounded, silent.
//
//lambdalint:handler
func RetryThroughHelper(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if err := triggerlib.RequeueBounded(ctx, sqsc, m, maxAttempts); err != nil {
			return err
		}
	}
	return nil
}

// attemptOf reads the counter of a message.
func attemptOf(m events.SQSMessage) int {
	if a, ok := m.MessageAttributes["attempt"]; ok && a.StringValue != nil {
		n, _ := strconv.Atoi(*a.StringValue)
		return n
	}
	return 0
}

// RetryCountedByHelper reads the counter through attemptOf and writes
// the next value: bounded, silent.
//
//lambdalint:handler
func RetryCountedByHelper(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		n := attemptOf(m) + 1
		if n > maxAttempts {
			continue
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl: &url,
			MessageAttributes: map[string]sqstypes.MessageAttributeValue{
				"attempt": {DataType: aws.String("Number"), StringValue: aws.String(strconv.Itoa(n))},
			},
		}); err != nil {
			return err
		}
	}
	return nil
}

// RetryCopiesCounter checks the counter read through attemptOf but
// writes it back unchanged: it never reaches the maximum, a loop.
//
//lambdalint:handler
func RetryCopiesCounter(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		n := attemptOf(m)
		if n > maxAttempts {
			continue
		}
		url := triggerlib.QueueURL(m.EventSourceARN)
		if _, err := sqsc.SendMessage(ctx, &sqs.SendMessageInput{ // want `sqs SendMessage writes to the sqs queue that triggered`
			QueueUrl: &url,
			MessageAttributes: map[string]sqstypes.MessageAttributeValue{
				"attempt": {DataType: aws.String("Number"), StringValue: aws.String(strconv.Itoa(n))},
			},
		}); err != nil {
			return err
		}
	}
	return nil
}
