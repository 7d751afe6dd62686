// Package envconfig defines an Analyzer that reports operational
// parameters and credentials written in the code instead of read from the
// environment.
//
// # Analyzer envconfig
//
// envconfig: report hard-coded resource names, ARNs, endpoints, regions and credentials
//
// AWS advises to pass operational parameters to a function in environment
// variables and never to store credentials in code: the same binary then
// deploys to every stage and account, and secrets stay out of the source
// and the package. The analyzer looks at all the code of a package (not
// only what a handler reaches: configuration hard-coded in main is still
// hard-coded), except _test.go files and example packages (a path element
// example, examples, _example or _examples). In test support (packages
// whose non-test files import testing, a testing/ package or testify) and
// infrastructure code (non-test files importing the AWS CDK, CDK for
// Terraform or Pulumi) the names, ARNs and regions are the tests' or the
// deployment's configuration: there only hardcoded-credentials is
// reported.
//
// hardcoded-resource (warning): a constant string given to a field of an
// aws-sdk-go-v2 (service/*, feature/*) or aws-sdk-go v1 (service/*) type
// whose name ends in Name, Arn, ARN, Url, URL, Id, ID, Bucket or Endpoint
// (TableName, Bucket, QueueUrl, QueueName, TopicArn, FunctionName,
// SecretId, StreamName, StateMachineArn, KeyId, …), in a composite literal
// or an assignment (in.TableName = …), and the table names that key a
// DynamoDB batch's RequestItems; BaseEndpoint/Endpoint of aws.Config
// and config WithEndpoint; and, anywhere in the code, string literals that
// are whole resource ARNs (arn:aws:…:<account>:…) or ARN formats that
// fill in only the region (arn:aws:sns:%s:123456789012:orders), SQS
// queue URLs, or
// hosts of one resource (an ElastiCache, RDS, DocumentDB, Redshift,
// Neptune or DAX cluster, a search domain, an API Gateway or AppSync API,
// an MSK or MQ broker, a function URL: in an address, a
// URL or a DSN; not a service's regional endpoint), and
// the Resource of an arn.ARN literal. The
// value is followed through aws.String and similar pointer helpers,
// constants (reported at the use, with related information at the
// constant), variables assigned once, and the fields of a configuration
// struct variable assigned once from a keyed literal and never changed
// after (no field assigned, no &cfg given to a loader or decoder, no
// pointer method called or taken as a value; not an exported variable of
// a package other than main, which another package may load into), and
// the unexported fields of a struct of the package that exactly one keyed
// literal sets and nothing changes (&reporter{region: "eu-west-1"}), and
// the entries of a map variable assigned once from a literal and only
// read after (indexed, ranged over, len; not passed to a call, copied or
// written): buckets["thumbs"] is its entry's value, queues[kind] one of
// the values, reported at the use for all of them. A
// field set from a parameter of a function of the package, never
// reassigned (TableName: aws.String(table) in putItem(ctx, table, item)),
// or from an unexported field that one keyed literal sets from such a
// parameter (newRepo(db, table) returning &repo{table: table}), is
// reported at the calls of the package that pass a literal for it:
// putItem(ctx, "audit-events", item); so is a literal passed to a function
// of any package whose parameter is, unchanged and never reassigned, the
// resource of one of its writes, directly or through its helpers (summary
// facts: storelib.Save(ctx, db, "orders-prod")), though not one the
// function reworks first (a stage prefix added). Field names that look like
// resources but hold request data, schema or code-level names are not
// reported: Name, Id, IndexName (a secondary index is part of the table's
// schema, written next to the key expressions that use it), AttributeName,
// MetricName, RoleSessionName, MessageGroupId, MessageDeduplicationId,
// VersionId, UploadId, ShardId, AccountId, ExecutionArn and the like.
// Suggested fix: replace the literal with os.Getenv("NAME"), NAME derived
// from the field (TableName → TABLE_NAME, Bucket → BUCKET_NAME, QueueUrl
// → QUEUE_URL), adding the os import.
//
// hardcoded-region (warning): a region-shaped literal given to
// config.WithRegion, aws.Config{Region: …} (v1 and v2), v1
// aws.NewConfig().WithRegion, or the Region of a service's Options. Lambda
// sets AWS_REGION and the SDK reads it. Not reported: the one region of a
// global service (CloudFront, Route 53, IAM, Organizations, Cost Explorer
// and the billing services: us-east-1; Global Accelerator: us-west-2) in
// its own Options or in a config given only to such services' clients.
// Suggested fix: os.Getenv("AWS_REGION").
//
// hardcoded-credentials (error): literal keys given to
// credentials.NewStaticCredentialsProvider (v2), NewStaticCredentials
// (v1) or aws.Credentials; AKIA/ASIA access key ids anywhere and the
// 40-character secret-shaped strings of the same file; connection strings
// with a password given to sql.Open or a database or cache client
// (pgxpool, pgx, redis, mysql, mongo, …) and Password (mysql: Passwd)
// fields of their options; signing keys of eight characters or more given
// to hmac.New or a golang-jwt SignedString, written there or kept in a
// constant or a variable assigned once ([]byte("…") included); the
// secrets of other services that announce themselves anywhere (Stripe
// live keys, Slack, GitHub, GitLab, npm, OpenAI and Anthropic tokens,
// Google API keys, SendGrid keys, JSON Web Tokens, private keys in PEM,
// Slack, Discord and Teams webhook URLs); and random-looking literals (16
// characters or more, letters and digits, not words, paths, hosts or
// environment variable names) given to a field, constant or variable
// whose name ends in Secret, Token, APIKey, SecretKey, PrivateKey or
// SigningKey (not NextToken and the other pagination tokens). A static
// provider is reported once, at the call, naming the
// arguments that are literal (access key id, secret access key, session
// token); the message never prints the secret. Not reported: the
// "test"/"dummy" keys given to local emulators (shorter than an access
// key), AWS's documented example key (…EXAMPLE), DSNs without a password,
// with a placeholder (%s, ${…}) or to localhost.
//
// env-dev-default (info, off by default): a literal used only when an
// environment variable is empty (if v == "" { v = "orders-dev" },
// getenv("TABLE_NAME", "orders-dev"), cmp.Or(os.Getenv(…), …)), or only
// in a branch that the environment selects for a local run
// (if os.Getenv("AWS_SAM_LOCAL") == "true" { … LocalStack region … }),
// written there or followed there from a constant, variable or
// configuration field (which the rules above still report where the
// deployed code uses it); such uses are never reported by the rules
// above. A negated switch (AWS_SAM_LOCAL != "true", IS_OFFLINE == "",
// !isLocal) guards what the deployed function runs: its body is checked
// as usual. ARNs of what AWS
// owns (managed policies, Step Functions service integrations) are not
// resources of the function.
//
// Never reported: values read from os.Getenv/os.LookupEnv or from config
// structs filled from them, content types, object keys and prefixes,
// expressions (KeyConditionExpression), attribute names, log, error and
// format text (fmt, log, slog, errors and logger methods).
//
// Settings (lambdalint.toml): [envconfig] resource-fields lists extra SDK
// field names that hold resource identifiers.
package envconfig
