package rules

func init() {
	register(
		Rule{
			ID: "sdk-v1", Analyzer: "depbloat", Severity: Warning,
			Title: "function built with the monolithic aws-sdk-go v1",
			Rationale: "aws-sdk-go v1 reached end of support on July 31, 2025: it gets no more fixes, security ones included. " +
				"It is one module holding every service's API model, so each dependency update moves the whole SDK. " +
				"aws-sdk-go-v2 has a module per service: a function depends on the clients it uses and nothing else.",
			Bad: "import (\n\t\"github.com/aws/aws-sdk-go/aws/session\"\n\t\"github.com/aws/aws-sdk-go/service/s3\"\n)\n\nvar client = s3.New(session.Must(session.NewSession()))",
			Good: "import (\n\t\"github.com/aws/aws-sdk-go-v2/config\"\n\t\"github.com/aws/aws-sdk-go-v2/service/s3\"\n)\n\n" +
				"func init() {\n\tcfg, err := config.LoadDefaultConfig(context.Background())\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tclient = s3.NewFromConfig(cfg)\n}",
			Fix: "Migrate to aws-sdk-go-v2: github.com/aws/aws-sdk-go/service/X becomes github.com/aws/aws-sdk-go-v2/service/X, session becomes config.LoadDefaultConfig, " +
				"dynamodbattribute becomes feature/dynamodb/attributevalue, s3manager becomes feature/s3/manager. See https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/migrate-gosdk.html.",
		},
		Rule{
			ID: "test-package", Analyzer: "depbloat", Severity: Error,
			Title: "test or debug package linked into a function binary",
			Rationale: "Keep the deployment package to its runtime necessities. A non-test file of the function, or of a package of the module it imports, that imports testing, testify, gomock, ginkgo/gomega or httptest links the test framework into the binary: " +
				"testing registers its -test.* flags, testify brings go-spew, go-difflib and yaml. net/http/pprof and expvar register debug handlers on http.DefaultServeMux and expose the process' internals if that mux is ever served.",
			Bad:  "// internal/testutil/fake.go (not a _test.go file)\npackage testutil\n\nimport \"github.com/stretchr/testify/assert\"\n\n// main.go\nimport \"example.com/fn/internal/testutil\"",
			Good: "// internal/testutil/fake_test.go, or a package only _test.go files import\npackage testutil\n\nimport \"github.com/stretchr/testify/assert\"",
			Fix:  "Move the code that needs the package into _test.go files or into a package that only tests import; remove debug imports from function builds (or guard them with a build tag). List a package that is really needed at run time under [depbloat] allow.",
		},
		Rule{
			ID: "closure-size", Analyzer: "depbloat", Severity: Warning,
			Title: "function binary whose dependency closure is over the configured size",
			Rationale: "Every package a function links adds to the binary, the deployment package and the code initialised on each cold start. " +
				"The closure is the main package and every package it imports transitively, counted once; its size is estimated from the Go source of those packages. " +
				"The defaults (600 packages, 48 MiB of source) leave room for a function with aws-lambda-go and three aws-sdk-go-v2 clients (about 340 packages and 21 MB, two thirds of it the standard library).",
			Bad:  "import (\n\t_ \"github.com/aws/aws-sdk-go-v2/service/ec2\" // 15 MB of generated API for one DescribeInstances call\n\t\"github.com/gin-gonic/gin\"\n)",
			Good: "import (\n\t\"github.com/aws/aws-sdk-go-v2/service/s3\"\n\t\"net/http\"\n)",
			Fix:  "Drop or replace the largest modules the message names, split a function that does unrelated jobs, or set [depbloat] max-packages / max-source-bytes in lambdalint.toml.",
		},
		Rule{
			ID: "framework", Analyzer: "depbloat", Severity: Info,
			Title:     "whole web framework linked into a function",
			Rationale: "Behind API Gateway or a function URL, a function serves a few routes; a full web framework (gin, echo, fiber, beego, iris, …) and an adapter to run it on Lambda add their dependency trees for routing that net/http's ServeMux does since Go 1.22.",
			Bad:       "r := gin.Default()\nr.GET(\"/orders/:id\", getOrder)\nlambda.Start(ginadapter.New(r).ProxyWithContext)",
			Good:      "mux := http.NewServeMux()\nmux.HandleFunc(\"GET /orders/{id}\", getOrder)\nlambdaurl.Start(mux)",
			Fix:       "Use net/http's ServeMux with lambdaurl (function URLs) or an httpadapter (API Gateway); keep the framework only when the function uses what it adds.",
		},
	)
}
