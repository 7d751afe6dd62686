// want package:`; github.com/gin-gonic/gin via github.com/gin-gonic/gin\)`

// A function serving one route with gin through the API Gateway adapter.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin" // want `the function links the gin web framework \(github.com/gin-gonic/gin\) through github.com/awslabs/aws-lambda-go-api-proxy/gin: 3 packages and [0-9.]+ MiB of Go source outside the standard library in its closure, of the function's \d+; .*net/http's ServeMux`
	"github.com/gin-gonic/gin"
)

var adapter *ginadapter.GinLambda

func init() {
	r := gin.Default()
	r.GET("/ping", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	adapter = ginadapter.New(r)
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return adapter.ProxyWithContext(ctx, req)
}

func main() { lambda.Start(handle) }
