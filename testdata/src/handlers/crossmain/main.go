package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"handlers/crossimpl"
)

func main() {
	switch os.Getenv("MODE") {
	case "func":
		lambda.Start(crossimpl.Handle) // want `handler crossimpl.Handle via lambda.Start`
	case "factory":
		lambda.Start(crossimpl.New("orders")) // want `handler factory crossimpl.New via lambda.Start`
	default:
		app := &crossimpl.App{}
		lambda.Start(app.Handle) // want `handler \(\*App\).Handle via lambda.Start`
	}
}
