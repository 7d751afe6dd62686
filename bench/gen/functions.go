package main

import "text/template"

// fnTmpl renders cmd/fnNNN/main.go for each kind of function.
var fnTmpl = map[string]*template.Template{}

func init() {
	for kind, src := range fnSources {
		fnTmpl[kind] = template.Must(template.New(kind).Parse(src))
	}
}

var fnSources = map[string]string{
	// A clean function: clients built in init, names from the environment,
	// core logic in the domain package.
	"clean": `// Command {{.Name}} stores orders from SQS.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/awsclients"
	"{{.Module}}/internal/domain/d{{printf "%03d" .G}}"
	"{{.Module}}/internal/store"
)

var orders *store.Store

func init() {
	db, err := awsclients.DynamoDB()
	if err != nil {
		log.Fatalf("{{.Name}}: %v", err)
	}
	orders = store.New(db)
}

func handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, m := range ev.Records {
		o, err := d{{printf "%03d" .G}}.Decode(m.Body)
		if err == nil {
			_, err = d{{printf "%03d" .G}}.Process(ctx, orders, o)
		}
		if err != nil {
			log.Printf("{{.Name}}: %s: %v", m.MessageId, err)
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(handle)
}
`,
	// Clean too: nil-guarded lazy initialisation inside the handler.
	"lazyclean": `// Command {{.Name}} archives documents.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"{{.Module}}/internal/blob"
	"{{.Module}}/internal/core"
)

var writer *blob.Writer

func handle(ctx context.Context, o core.Order) error {
	if writer == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return err
		}
		writer = blob.New(s3.NewFromConfig(cfg))
	}
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return writer.Put(ctx, core.Key(o), data)
}

func main() {
	lambda.Start(handle)
}
`,
	// handlersig: too many arguments.
	"badsig": `// Command {{.Name}} has a handler aws-lambda-go rejects.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/core"
)

func handle(ctx context.Context, o core.Order, dryRun bool) (string, error) {
	if err := core.Validate(o); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s %d %v", o.ID, core.Total(o), dryRun), nil
}

func main() {
	lambda.Start(handle)
}
`,
	// ctxreuse: config and client per invocation.
	"perinvocation": `// Command {{.Name}} creates its clients on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"{{.Module}}/internal/domain/d{{printf "%03d" .G}}"
	"{{.Module}}/internal/store"
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("AWS_REGION")))
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	s := store.New(db)
	for _, m := range ev.Records {
		o, err := d{{printf "%03d" .G}}.Decode(m.Body)
		if err != nil {
			return err
		}
		if _, err := d{{printf "%03d" .G}}.Process(ctx, s, o); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handle)
}
`,
	// ctxreuse: request data kept in package state.
	"requeststate": `// Command {{.Name}} keeps request data between invocations.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var (
	lastRequestID string
	seen          = map[string]bool{}
)

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	lastRequestID = req.RequestContext.RequestID
	seen[req.Path] = true
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: "ok"}, nil
}

func main() {
	lambda.Start(handle)
}
`,
	// ctxreuse: a goroutine still running when the handler returns.
	"goroutine": `// Command {{.Name}} leaks a goroutine per invocation.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/awsclients"
	"{{.Module}}/internal/domain/d{{printf "%03d" .G}}"
	"{{.Module}}/internal/store"
)

var orders *store.Store

func init() {
	db, err := awsclients.DynamoDB()
	if err != nil {
		log.Fatal(err)
	}
	orders = store.New(db)
}

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		body := m.Body
		go func() {
			o, err := d{{printf "%03d" .G}}.Decode(body)
			if err != nil {
				log.Print(err)
				return
			}
			if _, err := d{{printf "%03d" .G}}.Process(context.Background(), orders, o); err != nil {
				log.Print(err)
			}
		}()
	}
	return nil
}

func main() {
	lambda.Start(handle)
}
`,
	// envconfig: literal table, region and an access key.
	"hardcoded": `// Command {{.Name}} hard-codes its resources.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"{{.Module}}/internal/core"
)

var db *dynamodb.Client

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background(), config.WithRegion("eu-west-1"))
	if err != nil {
		panic(err)
	}
	db = dynamodb.NewFromConfig(cfg)
}

const fallbackKey = "AKIAIOSFODNN7EXAMPLE"

func handle(ctx context.Context, o core.Order) error {
	_, err := db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String("orders-prod-{{.I}}"),
		Item: map[string]types.AttributeValue{
			"pk":  &types.AttributeValueMemberS{Value: o.ID},
			"key": &types.AttributeValueMemberS{Value: fallbackKey},
		},
	})
	return err
}

func main() {
	lambda.Start(handle)
}
`,
	// recursion: a recursive walk in the function's own code.
	"recursion": `// Command {{.Name}} walks a tree recursively.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

// Node is a tree node of the request.
type Node struct {
	Name     string  ` + "`json:\"name\"`" + `
	Children []*Node ` + "`json:\"children\"`" + `
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	c := 1
	for _, ch := range n.Children {
		c += count(ch)
	}
	return c
}

func handle(ctx context.Context, root Node) (int, error) {
	return count(&root), nil
}

func main() {
	lambda.Start(handle)
}
`,
	// recursion: writes to the bucket that triggered it.
	"triggerloop": `// Command {{.Name}} rewrites objects into the bucket that triggered it.
package main

import (
	"context"
	"log"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"{{.Module}}/internal/awsclients"
)

var client *s3.Client

func init() {
	c, err := awsclients.S3()
	if err != nil {
		log.Fatal(err)
	}
	client = c
}

func handle(ctx context.Context, ev events.S3Event) error {
	for _, r := range ev.Records {
		bucket := r.S3.Bucket.Name
		key := r.S3.Object.Key
		_, err := client.PutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String(bucket),
			Key:    aws.String(key + ".processed"),
			Body:   strings.NewReader(key),
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handle)
}
`,
	// handlercore: all the business logic inside the handler.
	"fathandler": `// Command {{.Name}} does everything in its handler.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"sort"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/awsclients"
	"{{.Module}}/internal/core"
	"{{.Module}}/internal/store"
)

var orders *store.Store

func init() {
	db, err := awsclients.DynamoDB()
	if err != nil {
		log.Fatal(err)
	}
	orders = store.New(db)
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o core.Order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400, Body: err.Error()}, nil
	}
	if strings.TrimSpace(o.ID) == "" {
		return events.APIGatewayProxyResponse{StatusCode: 400, Body: "missing id"}, nil
	}
	if len(o.Lines) == 0 {
		return events.APIGatewayProxyResponse{StatusCode: 400, Body: "no lines"}, nil
	}
	var total int64
	skus := map[string]int{}
	for i, l := range o.Lines {
		if l.Quantity <= 0 {
			return events.APIGatewayProxyResponse{StatusCode: 400, Body: fmt.Sprintf("line %d: bad quantity", i)}, nil
		}
		if l.Cents < 0 {
			return events.APIGatewayProxyResponse{StatusCode: 400, Body: fmt.Sprintf("line %d: bad price", i)}, nil
		}
		skus[l.SKU] += l.Quantity
		total += int64(l.Quantity) * l.Cents
	}
	switch {
	case total > 100000:
		total = total * 90 / 100
	case total > 10000:
		total = total * 95 / 100
	case total == 0:
		return events.APIGatewayProxyResponse{StatusCode: 400, Body: "empty order"}, nil
	}
	names := make([]string, 0, len(skus))
	for s := range skus {
		names = append(names, s)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "%s=%d;", n, skus[n])
	}
	if req.QueryStringParameters["dry"] == "1" {
		return events.APIGatewayProxyResponse{StatusCode: 200, Body: b.String()}, nil
	}
	if err := orders.Put(ctx, o); err != nil {
		var nf interface{ NotFound() bool }
		if errors.As(err, &nf) {
			return events.APIGatewayProxyResponse{StatusCode: 404}, nil
		}
		return events.APIGatewayProxyResponse{StatusCode: 500, Body: err.Error()}, nil
	}
	body, err := json.Marshal(map[string]any{"id": o.ID, "total": total, "skus": b.String()})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 201, Body: string(body)}, nil
}

func main() {
	lambda.Start(handle)
}
`,
	// handlercore: core logic that takes a Lambda event type.
	"coupled": `// Command {{.Name}} couples its logic to the event type.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/awsclients"
	"{{.Module}}/internal/domain/d{{printf "%03d" .G}}"
	"{{.Module}}/internal/store"
)

var orders *store.Store

func init() {
	db, err := awsclients.DynamoDB()
	if err != nil {
		log.Fatal(err)
	}
	orders = store.New(db)
}

func processRecords(ctx context.Context, ev events.SQSEvent) (int, error) {
	n := 0
	for _, m := range ev.Records {
		o, err := d{{printf "%03d" .G}}.Decode(m.Body)
		if err != nil {
			return n, err
		}
		if _, err := d{{printf "%03d" .G}}.Process(ctx, orders, o); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func handle(ctx context.Context, ev events.SQSEvent) error {
	_, err := processRecords(ctx, ev)
	return err
}

func main() {
	lambda.Start(handle)
}
`,
	// ctxreuse across packages: a helper that creates a client per call.
	"crosspkg": `// Command {{.Name}} calls a helper that creates a client per call.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/core"
	"{{.Module}}/internal/legacy"
)

func handle(ctx context.Context, o core.Order) error {
	data, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return legacy.Upload(ctx, core.Key(o), data)
}

func main() {
	lambda.Start(handle)
}
`,
	// Handlers built by factories of another package: one clean, one bad.
	"factory": `// Command {{.Name}} uses handler factories.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"{{.Module}}/internal/awsclients"
	"{{.Module}}/internal/domain/d{{printf "%03d" .G}}"
	"{{.Module}}/internal/lambdakit"
	"{{.Module}}/internal/store"
)

var orders *store.Store

func init() {
	db, err := awsclients.DynamoDB()
	if err != nil {
		log.Fatal(err)
	}
	orders = store.New(db)
}

func process(ctx context.Context, body string) error {
	o, err := d{{printf "%03d" .G}}.Decode(body)
	if err != nil {
		return err
	}
	_, err = d{{printf "%03d" .G}}.Process(ctx, orders, o)
	return err
}

func main() {
	if os.Getenv("FORWARD_ONLY") != "" {
		lambda.Start(lambdakit.Forwarder(os.Getenv("FORWARD_QUEUE_URL")))
		return
	}
	lambda.Start(lambdakit.SQS(process))
}
`,
}
