package rules

func init() {
	register(
		Rule{
			ID: "hardcoded-resource", Analyzer: "envconfig", Severity: Warning,
			Title: "bucket, table, queue, topic, ARN or endpoint written as a literal",
			Rationale: "Use environment variables to pass operational parameters to the function. " +
				"A bucket or table name, queue URL, topic or state-machine ARN, secret id, Parameter Store name or path, or endpoint written in the code names one account, region and stage: " +
				"the same binary cannot be deployed to test and production, and a rename needs a rebuild. " +
				"A literal is reported where the resource is named: in the SDK input (with the constant, variable, configuration struct or map it comes from as related information), or at the call that passes it to a helper, of any package, that writes to the resource its parameter names; string literals that are whole ARNs, queue URLs or hosts of one resource are reported wherever they are written. " +
				"AWS-owned names that are the same everywhere (managed policy ARNs, the public parameters under /aws/service/) are not reported.",
			Bad:  "_, err := client.PutItem(ctx, &dynamodb.PutItemInput{\n\tTableName: aws.String(\"orders-prod\"),\n\tItem:      item,\n})",
			Good: "var table = os.Getenv(\"TABLE_NAME\")\n\n_, err := client.PutItem(ctx, &dynamodb.PutItemInput{\n\tTableName: aws.String(table),\n\tItem:      item,\n})",
			Fix:  "Read the value from an environment variable (named after the field: TABLE_NAME, BUCKET_NAME, QUEUE_URL, TOPIC_ARN) set in the function's configuration, once at package level or in main.",
		},
		Rule{
			ID: "hardcoded-region", Analyzer: "envconfig", Severity: Warning,
			Title:     "AWS region written as a literal",
			Rationale: "Lambda sets AWS_REGION to the function's region and the SDK reads it. A region in the code sends calls to another region when the function is deployed elsewhere (cross-region latency, data residency) and makes multi-region deployment impossible. The one region of a global service (CloudFront, Route 53, IAM, Organizations, Cost Explorer: us-east-1; Global Accelerator: us-west-2), in its Options or in a config only its clients use, is the service's requirement and is not reported.",
			Bad:       "cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(\"us-east-1\"))",
			Good:      "cfg, err := config.LoadDefaultConfig(ctx) // AWS_REGION, set by Lambda",
			Fix:       "Drop the region setting, or read it from an environment variable when the function must call another region on purpose.",
		},
		Rule{
			ID: "hardcoded-credentials", Analyzer: "envconfig", Severity: Error,
			Title: "access keys, secrets or database passwords written in the code",
			Rationale: "Never store credentials in code: anyone with the source, the repository history or the deployment package has them, and they do not rotate. " +
				"A Lambda function gets temporary credentials for its execution role automatically; database passwords, HMAC or JWT signing keys and the API keys, tokens and webhook URLs of other services (Stripe, Slack, GitHub, …) belong in Secrets Manager or SSM Parameter Store.",
			Bad:  "cfg.Credentials = credentials.NewStaticCredentialsProvider(\"AKIA…\", \"wJalr…\", \"\")",
			Good: "cfg, err := config.LoadDefaultConfig(ctx) // the execution role's credentials",
			Fix:  "Remove the literal, rotate the key or password, and use the execution role (or read the secret at start-up from Secrets Manager, or use IAM database authentication).",
		},
		Rule{
			ID: "env-dev-default", Analyzer: "envconfig", Severity: Info, Off: true,
			Title: "development default for an operational parameter",
			Rationale: "A literal used when the environment variable is empty (if v == \"\" { v = \"local-table\" }, getenv(key, def)) is fine on a developer's machine, but a stage deployed without the variable silently talks to the default resource. " +
				"Literals under a test of the environment that selects a local run (AWS_SAM_LOCAL, IS_OFFLINE, LOCALSTACK_HOSTNAME, a STAGE compared with \"dev\" or \"test\": a whole word local, offline, localstack, emulator, dev or test) count too: the deployed function never takes that branch.",
			Bad:  "table := os.Getenv(\"TABLE_NAME\")\nif table == \"\" {\n\ttable = \"orders-dev\"\n}",
			Good: "table, ok := os.LookupEnv(\"TABLE_NAME\")\nif !ok {\n\tlog.Fatal(\"TABLE_NAME is not set\")\n}",
			Fix:  "Fail at start-up when the variable is missing, or make sure every stage sets it.",
		},
	)
}
