module example.com/e2e/v1fn

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/aws/aws-sdk-go v1.55.8
)

require github.com/jmespath/go-jmespath v0.4.0 // indirect
