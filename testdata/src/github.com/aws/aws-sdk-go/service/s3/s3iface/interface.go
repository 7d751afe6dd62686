// Package s3iface is a stub of github.com/aws/aws-sdk-go/service/s3/s3iface for tests.
package s3iface

import "github.com/aws/aws-sdk-go/service/s3"

type S3API interface {
	PutObject(*s3.PutObjectInput) (*s3.PutObjectOutput, error)
}
