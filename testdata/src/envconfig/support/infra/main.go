// Command infra is a CDK app: it describes the deployment, where resource
// names, ARNs and regions are the configuration. Silent.
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-sdk-go-v2/aws"
)

const alarmTopic = "arn:aws:sns:eu-west-1:123456789012:alarms"

func main() {
	app := awscdk.NewApp(nil)
	awscdk.NewStack(app, aws.String("Orders"), &awscdk.StackProps{Env: &awscdk.Environment{
		Account: aws.String("123456789012"),
		Region:  aws.String("eu-west-1"),
	}})
	_ = alarmTopic
	app.Synth()
}
