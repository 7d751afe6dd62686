module example.com/realmod

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/aws/aws-sdk-go-v2 v1.48.0
)

require github.com/aws/smithy-go v1.28.9 // indirect
