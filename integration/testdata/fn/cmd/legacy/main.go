// Command legacy has a finding its owners accept, suppressed for
// golangci-lint with //nolint:lambdalint; the standalone command still
// reports it, which the integration test relies on.
package main

import (
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(e events.SQSEvent) events.SQSEventResponse {
	return events.SQSEventResponse{}
}

func main() {
	lambda.Start(handle) //nolint:lambdalint // migrated next quarter
}
