// Package events is a stub of github.com/aws/aws-lambda-go/events.
package events

import "time"

type S3Event struct {
	Records []S3EventRecord `json:"Records"`
}

type S3EventRecord struct {
	EventSource string   `json:"eventSource"`
	EventName   string   `json:"eventName"`
	AWSRegion   string   `json:"awsRegion"`
	S3          S3Entity `json:"s3"`
}

type S3Entity struct {
	Bucket S3Bucket `json:"bucket"`
	Object S3Object `json:"object"`
}

type S3Bucket struct {
	Name string `json:"name"`
	Arn  string `json:"arn"`
}

type S3Object struct {
	Key  string `json:"key"`
	Size int64  `json:"size"`
}

type SQSEvent struct {
	Records []SQSMessage `json:"Records"`
}

type SQSMessage struct {
	MessageId      string            `json:"messageId"`
	ReceiptHandle  string            `json:"receiptHandle"`
	Body           string            `json:"body"`
	EventSourceARN string            `json:"eventSourceARN"`
	Attributes     map[string]string `json:"attributes"`

	MessageAttributes map[string]SQSMessageAttribute `json:"messageAttributes"`
}

type SQSMessageAttribute struct {
	StringValue *string `json:"stringValue,omitempty"`
	BinaryValue []byte  `json:"binaryValue,omitempty"`
	DataType    string  `json:"dataType"`
}

type SQSEventResponse struct {
	BatchItemFailures []SQSBatchItemFailure `json:"batchItemFailures"`
}

type SQSBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

type SNSEvent struct {
	Records []SNSEventRecord `json:"Records"`
}

type SNSEventRecord struct {
	EventSubscriptionArn string    `json:"EventSubscriptionArn"`
	EventSource          string    `json:"EventSource"`
	SNS                  SNSEntity `json:"Sns"`
}

type SNSEntity struct {
	MessageID string    `json:"MessageId"`
	TopicArn  string    `json:"TopicArn"`
	Subject   string    `json:"Subject"`
	Message   string    `json:"Message"`
	Timestamp time.Time `json:"Timestamp"`

	MessageAttributes map[string]interface{} `json:"MessageAttributes"`
}

type DynamoDBEvent struct {
	Records []DynamoDBEventRecord `json:"Records"`
}

type DynamoDBEventRecord struct {
	EventID        string               `json:"eventID"`
	EventName      string               `json:"eventName"`
	EventSourceArn string               `json:"eventSourceARN"`
	Change         DynamoDBStreamRecord `json:"dynamodb"`
}

// DynamoDBOperationType is the EventName of a stream record.
type DynamoDBOperationType string

const (
	DynamoDBOperationTypeInsert DynamoDBOperationType = "INSERT"
	DynamoDBOperationTypeModify DynamoDBOperationType = "MODIFY"
	DynamoDBOperationTypeRemove DynamoDBOperationType = "REMOVE"
)

type DynamoDBStreamRecord struct {
	Keys     map[string]DynamoDBAttributeValue `json:"Keys,omitempty"`
	NewImage map[string]DynamoDBAttributeValue `json:"NewImage,omitempty"`
}

type DynamoDBAttributeValue struct{ value any }

func (av DynamoDBAttributeValue) String() string { return "" }

type KinesisEvent struct {
	Records []KinesisEventRecord `json:"Records"`
}

type KinesisEventRecord struct {
	EventSourceArn string        `json:"eventSourceARN"`
	Kinesis        KinesisRecord `json:"kinesis"`
}

type KinesisRecord struct {
	Data         []byte `json:"data"`
	PartitionKey string `json:"partitionKey"`
}

type APIGatewayProxyRequest struct {
	Resource              string                        `json:"resource"`
	Path                  string                        `json:"path"`
	HTTPMethod            string                        `json:"httpMethod"`
	Headers               map[string]string             `json:"headers"`
	QueryStringParameters map[string]string             `json:"queryStringParameters"`
	PathParameters        map[string]string             `json:"pathParameters"`
	Body                  string                        `json:"body"`
	IsBase64Encoded       bool                          `json:"isBase64Encoded,omitempty"`
	RequestContext        APIGatewayProxyRequestContext `json:"requestContext"`
}

type APIGatewayProxyRequestContext struct {
	RequestID string `json:"requestId"`
	AccountID string `json:"accountId"`
}

type APIGatewayProxyResponse struct {
	StatusCode      int               `json:"statusCode"`
	Headers         map[string]string `json:"headers"`
	Body            string            `json:"body"`
	IsBase64Encoded bool              `json:"isBase64Encoded,omitempty"`
}

type APIGatewayV2HTTPRequest struct {
	RawPath        string                         `json:"rawPath"`
	Headers        map[string]string              `json:"headers"`
	PathParameters map[string]string              `json:"pathParameters"`
	RequestContext APIGatewayV2HTTPRequestContext `json:"requestContext"`
	Body           string                         `json:"body"`
}

type APIGatewayV2HTTPRequestContext struct {
	RequestID string                                        `json:"requestId"`
	HTTP      APIGatewayV2HTTPRequestContextHTTPDescription `json:"http"`
}

type APIGatewayV2HTTPRequestContextHTTPDescription struct {
	Method string `json:"method"`
	Path   string `json:"path"`
}

type APIGatewayV2HTTPResponse struct {
	StatusCode int               `json:"statusCode"`
	Headers    map[string]string `json:"headers"`
	Body       string            `json:"body"`
}

type LambdaFunctionURLRequest struct {
	RawPath string `json:"rawPath"`
	Body    string `json:"body"`
}

type LambdaFunctionURLStreamingResponse struct {
	StatusCode int `json:"statusCode"`
}

type CloudWatchEvent struct {
	ID         string `json:"id"`
	DetailType string `json:"detail-type"`
	Source     string `json:"source"`
	Detail     []byte `json:"detail"`
}

type EventBridgeEvent = CloudWatchEvent

type CognitoEventUserPoolsPreSignup struct {
	UserName string `json:"userName"`
}
