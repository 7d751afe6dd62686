package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Look-alikes of a global service's region: the config also builds a
// regional client, or names another region.
func mixedClients(ctx context.Context) (*cloudfront.Client, *s3.Client) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1")) // want `region "us-east-1" is hard-coded`
	return cloudfront.NewFromConfig(cfg), s3.NewFromConfig(cfg)
}

func wrongGlobalRegion(ctx context.Context) *cloudfront.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `region "eu-west-1" is hard-coded`
	return cloudfront.NewFromConfig(cfg, func(o *cloudfront.Options) {
		o.Region = "eu-central-1" // want `region "eu-central-1" is hard-coded`
	})
}
