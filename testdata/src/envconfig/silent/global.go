package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/route53"
)

// Global services answer in one region: pinning it is the service's
// requirement, not configuration. Silent.
func globalClients(ctx context.Context) (*cloudfront.Client, *route53.Client) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"))
	cf := cloudfront.NewFromConfig(cfg)
	r53 := route53.NewFromConfig(cfg)
	return cf, r53
}

func globalOptions(ctx context.Context) *cloudfront.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return cloudfront.NewFromConfig(cfg, func(o *cloudfront.Options) { o.Region = "us-east-1" })
}

func inlineConfig() *cloudfront.Client {
	return cloudfront.NewFromConfig(aws.Config{Region: "us-east-1"})
}
