// Package ginadapter is a stub of github.com/awslabs/aws-lambda-go-api-proxy/gin for tests.
package ginadapter

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/gin-gonic/gin"
)

type GinLambda struct{ engine *gin.Engine }

func New(engine *gin.Engine) *GinLambda { return &GinLambda{engine} }

func (g *GinLambda) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}
