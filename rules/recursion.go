package rules

func init() {
	register(
		Rule{
			ID: "recursive-call", Analyzer: "recursion", Severity: Warning,
			Title: "recursive or mutually recursive function run by a handler",
			Rationale: "AWS advises against recursive code in Lambda functions: a function that calls itself until some condition is met can run until the stack overflows or the timeout ends the invocation, and each such failure is retried. " +
				"The rule follows the static call graph (direct calls and calls of concrete methods) from the handlers, across packages of the module; calls through interfaces and function values are not recursion unless the target is known. " +
				"Recursion with an explicit depth limit is not reported: a parameter tested against a limit in an if that returns (if depth > maxDepth { return errTooDeep }), or against a constant, package variable or field in an if around every recursive call (if depth < maxDepth { walk(c, depth+1) }), and passed on plus a constant (walk(c, depth+1)), or a depth field of a pointer receiver tested so and incremented on the way down (p.depth++; p.parse(c)); a countdown (if n == 0 { return }; f(n-1)) is not a limit, its depth is the data's. " +
				"Recursion over data whose depth is bounded otherwise (a small parsed tree) is sometimes fine: say so with //lambdalint:ignore recursive-call <why the depth is bounded>.",
			Bad:  "func retry(ctx context.Context, o Order, n int) error {\n\tif err := save(ctx, o); err != nil {\n\t\treturn retry(ctx, o, n+1)\n\t}\n\treturn nil\n}",
			Good: "func save(ctx context.Context, o Order) error {\n\tfor attempt := 0; attempt < 3; attempt++ {\n\t\tif err := put(ctx, o); err == nil {\n\t\t\treturn nil\n\t\t}\n\t}\n\treturn errSave\n}",
			Fix:  "Rewrite the recursion as a loop with an explicit stack or queue, or bound its depth.",
		},
		Rule{
			ID: "self-invocation", Analyzer: "recursion", Severity: Error,
			Title: "function that invokes its own Lambda function",
			Rationale: "A Lambda Invoke whose function name is AWS_LAMBDA_FUNCTION_NAME, lambdacontext.FunctionName or the invoked ARN starts another invocation of the same function. " +
				"Synchronously (RequestResponse, the default) each invocation waits for the next, doubling concurrency and cost until the timeout; asynchronously (Event) it is a runaway loop that only Lambda's recursive-loop detection or a throttle stops. " +
				"The name is followed through local variables, package variables, struct fields set from it and helpers, across packages; a qualifier (name + \":live\") keeps it, while a name derived by another affix (strings.Replace(name, \"-api\", \"-worker\", 1), name + \"-next\") is another function.",
			Bad:  "lambdaClient.Invoke(ctx, &lambda.InvokeInput{\n\tFunctionName:   aws.String(os.Getenv(\"AWS_LAMBDA_FUNCTION_NAME\")),\n\tInvocationType: types.InvocationTypeEvent,\n})",
			Good: "for _, page := range pages { // do the rest of the work in this invocation\n\tprocess(ctx, page)\n}\n// or hand it to SQS / Step Functions with an explicit end",
			Fix:  "Do the remaining work in a loop in the same invocation, or hand it to a queue or a Step Functions state machine that ends.",
		},
		Rule{
			ID: "trigger-loop", Analyzer: "recursion", Severity: Error,
			Title: "handler that writes to the resource that triggered it",
			Rationale: "A function triggered by an S3 bucket, SQS queue, SNS topic, DynamoDB stream or Kinesis stream that writes back to that same resource triggers itself: an endless loop that runs up cost. " +
				"The rule follows the resource name from the event record (record.S3.Bucket.Name, EventSourceARN, Sns.TopicArn) through variables, helper calls and packages or, for S3's events that EventBridge delivers, from detail.bucket.name of the struct the handler decodes events.EventBridgeEvent's Detail into (one with bucket.name and object.key, as S3's event has), into the write (PutObjectInput.Bucket, SendMessageInput.QueueUrl, PublishInput.TopicArn, PutItemInput.TableName, the tables of BatchWriteItem and TransactWriteItems, PutRecordInput.StreamName). " +
				"An S3 handler that skips objects by key (if strings.HasPrefix(key, \"processed/\") { continue }) is not reported, unless its guards are all affix tests the written key defeats (skipping \"processed/\" while writing \"thumbs/\" + key; keeping only \".csv\" while writing \"processed/\" + key, which ends as the upload did), nor a DynamoDB Streams consumer that handles only event names its write cannot produce (an INSERT-only consumer that updates the item it was notified of). " +
				"A name rebuilt at separators (\"arn:aws:sns:\" + region + \":\" + account + \":\" + topic) is the same resource; a sibling named after the source (bucket + \"-resized\", fmt.Sprintf(\"%s-archive\", bucket), strings.TrimSuffix(topic, \"-raw\") + \"-enriched\") is another one and is not reported.",
			Bad:  "for _, r := range e.Records {\n\tclient.PutObject(ctx, &s3.PutObjectInput{\n\t\tBucket: aws.String(r.S3.Bucket.Name),\n\t\tKey:    aws.String(\"thumbs/\" + r.S3.Object.Key),\n\t})\n}",
			Good: "client.PutObject(ctx, &s3.PutObjectInput{\n\tBucket: aws.String(os.Getenv(\"OUTPUT_BUCKET\")),\n\tKey:    aws.String(\"thumbs/\" + r.S3.Object.Key),\n})",
			Fix:  "Write to a different resource named in the environment; for S3, or write under a prefix the trigger does not match and skip those keys in the handler.",
		},
	)
}
