// want package:`closure\(\d+ packages, \d+ bytes; net/http/httptest via depbloat/httpadapter/internal/(dot)?server -> net/http/httptest\)`

// A function that runs an http.Handler per event through httptest's
// recorder (what Lambda HTTP adapters do): the recorder is not a test
// server, so only the package that starts one is reported.
package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"depbloat/httpadapter/internal/adapter"
	"depbloat/httpadapter/internal/dotserver" // want `depbloat/httpadapter/internal/dotserver links net/http/httptest into the function binary from non-test code`
	"depbloat/httpadapter/internal/server"    // want `depbloat/httpadapter/internal/server links net/http/httptest into the function binary from non-test code`
)

var mux = http.NewServeMux()

func handle(ctx context.Context, e events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	req := httptest.NewRequest(e.HTTPMethod, e.Path, strings.NewReader(e.Body)).WithContext(ctx)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	_ = adapter.Serve(mux, req)
	_ = server.URL + dotserver.URL
	return events.APIGatewayProxyResponse{StatusCode: rec.Code, Body: rec.Body.String()}, nil
}

func main() { lambda.Start(handle) }
