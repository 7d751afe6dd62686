// Package recursion defines an Analyzer that reports recursive code in
// Lambda functions: recursive functions, functions that invoke their own
// Lambda function, and handlers that write to the resource that triggered
// them.
//
// # Analyzer recursion
//
// recursion: report recursive code, self-invocation and trigger loops
//
// AWS advises against recursive code in Lambda functions. Three rules:
//
// recursive-call (warning): a recursive or mutually recursive function (a
// strongly connected component of the package's static call graph, or a
// closure that calls the variable it is assigned to) that a handler runs.
// Only calls whose target is known statically count: calls through
// interfaces and function values do not, and w.inner.Write(p) inside the
// Write method of another type is a call of another function. The rule
// looks at the code reachable from the package's handlers; a handler
// that calls into another package of the module is reported at the call
// (with the recursive function as related information), carried by a fact
// that says which functions are recursive or reach recursion. Packages
// without handlers report nothing themselves (they are reported where a
// handler reaches them), and the standard library and downloaded modules
// are not the function's own code. A tree walk over a parsed document is
// recursion too and is reported, unless it carries an explicit depth limit
// (a parameter tested against a limit in an if that returns, on its own
// or as one side of || (not of &&: depth > max && strict leaves only when
// strict is set), or in an if
// around every recursive call against a constant, package variable or
// field, passed on plus a constant: walk(c, depth+1); or a depth field
// of a pointer receiver tested the same way, incremented on the way down
// and shared by calls on the same receiver: p.depth++; p.parse(c)); when
// the depth is bounded by the
// data, suppress it with //lambdalint:ignore recursive-call and the reason.
//
// self-invocation (error): a Lambda Invoke, InvokeAsync or
// InvokeWithResponseStream (aws-sdk-go-v2 and v1, clients behind
// interfaces included) whose FunctionName comes from
// os.Getenv("AWS_LAMBDA_FUNCTION_NAME"), lambdacontext.FunctionName or
// lambdacontext.FromContext(ctx).InvokedFunctionArn, through local
// variables, package variables and struct fields set from them, helpers
// that return them, and helpers (of any package) whose parameter is the
// name. The message says whether the call is synchronous (doubles
// concurrency and cost) or asynchronous (a runaway loop); DryRun is not
// reported. Invoking a different function, from the environment, is fine.
//
// trigger-loop (error): a handler for an S3, SQS, SNS, DynamoDB Streams or
// Kinesis event that writes to the resource it was triggered by, decided
// by data flow from the event record's source field (record.S3.Bucket.Name
// or Arn, SQSMessage.EventSourceARN, SNSEntity.TopicArn,
// DynamoDBEventRecord.EventSourceArn, KinesisEventRecord.EventSourceArn;
// for S3's events delivered by EventBridge, detail.bucket.name of the
// struct the handler decodes events.EventBridgeEvent's Detail into, when
// it has bucket.name and object.key as S3's event does)
// into the write's resource field (PutObject/CopyObject/multipart Bucket,
// also through the upload managers: v2 manager.Uploader.Upload,
// transfermanager UploadObject, v1 s3manager.Uploader.Upload;
// SendMessage QueueUrl, Publish TopicArn, PutItem/UpdateItem/DeleteItem
// TableName, PutRecord(s) StreamName/StreamARN). The value is followed
// through local variables, calls (a value computed from the source, as
// queueURL(arn), is the source) and helpers of any package whose
// parameter names the written resource. An S3 handler that skips objects
// by key before writing (an if on the object key that continues or
// returns, as in `if strings.HasPrefix(key, "processed/") { continue }`)
// stops the loop itself and is not reported, unless the key it writes
// passes that test: keeping only ".csv" (also through a local ext :=
// path.Ext(key), or a list, ext != ".jpg" && ext != ".jpeg") and writing
// "normalized/"+key loops, written inline or through a helper, of any
// package, that writes its key parameter as it is. An SQS or SNS handler that
// counts the copies it sends back retries a bounded number of times and
// is not reported: before the write, an if that ends by continuing or
// returning tests a value read from m.MessageAttributes["K"] (also
// through a function of the package that returns it), and the
// message written sets MessageAttributes "K" to that value plus one
// (strconv.Itoa(n+1)); so does one that marks what it sends and skips
// marked messages (`if _, relayed := attrs["relayed"]; relayed {
// continue }`, the write setting "relayed"). Checking an attribute and
// copying it forward
// still loops, and so does a test of SQS's own ApproximateReceiveCount,
// which a message sent anew starts again. A counter read or written in a
// helper is not seen (the write is reported). A DynamoDB Streams consumer
// that handles only some event names is not reported for a write whose
// own stream records it skips: the names the code at the write runs for
// come from comparisons of record.EventName with "INSERT", "MODIFY",
// "REMOVE" or the events.DynamoDBOperationType constants (an if or switch
// case around the write, or an if or case before it that continues or
// returns), in the writing function and in the handler; PutItem produces
// INSERT or MODIFY (a new key or a replaced item), UpdateItem MODIFY (it
// is taken to update an existing item, as the record's own: an upsert
// inserts a key once, so it cannot feed an INSERT-only consumer
// forever), DeleteItem REMOVE. So an INSERT-only consumer that updates
// the new item is fine, one that puts items into its own table is still
// a loop (each put of a new key is another INSERT). A consumer that skips
// records whose new image carries a marker attribute (if _, ok :=
// r.Change.NewImage["enriched"]; ok { continue }) and sets that attribute
// in the write (its UpdateExpression, expression attribute names or the
// put Item) skips its own record and is not reported. Only a write that
// triggers the code at its own place is reported: a loop through two
// writes in different cases (REMOVE → update, MODIFY → delete) is not
// seen. Writing to a resource named in the environment is fine.
package recursion
