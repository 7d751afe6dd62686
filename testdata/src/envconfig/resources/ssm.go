package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
)

var params *ssm.Client

const dbURLParam = "/orders/prod/db-url"

func parameters(ctx context.Context) error {
	if _, err := params.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/orders/prod/api-key"), WithDecryption: aws.Bool(true)}); err != nil { // want `parameter Name "/orders/prod/api-key" is hard-coded: it differs between stages and accounts; read it from an environment variable \(os.Getenv\("PARAMETER_NAME"\)\)`
		return err
	}
	if _, err := params.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(dbURLParam)}); err != nil { // want `parameter Name "/orders/prod/db-url" is hard-coded \(constant dbURLParam`
		return err
	}
	if _, err := params.GetParametersByPath(ctx, &ssm.GetParametersByPathInput{Path: aws.String("/orders/prod/")}); err != nil { // want `parameter Path "/orders/prod/" is hard-coded`
		return err
	}
	// AWS's public parameters are the same in every account and stage:
	// silent.
	if _, err := params.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")}); err != nil {
		return err
	}
	if _, err := params.GetParametersByPath(ctx, &ssm.GetParametersByPathInput{Path: aws.String("/aws/service/global-infrastructure/regions")}); err != nil {
		return err
	}
	// From the environment: silent.
	_, err := params.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(os.Getenv("API_KEY_PARAM"))})
	return err
}

// A bus of the application's own and a key of its own are resources.
func ownBus(ctx context.Context, c *s3.Client) {
	_, _ = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("BUCKET")), SSEKMSKeyId: aws.String("alias/orders-prod")}) // want `SSEKMSKeyId "alias/orders-prod" is hard-coded`
}

// A helper that looks a parameter up, given AWS's public one: silent.
func latestAMI(ctx context.Context, name string) (*ssm.GetParameterOutput, error) {
	return params.GetParameter(ctx, &ssm.GetParameterInput{Name: aws.String(name)})
}

func ami(ctx context.Context) error {
	_, err := latestAMI(ctx, "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
	return err
}
