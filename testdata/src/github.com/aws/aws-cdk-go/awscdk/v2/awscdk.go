// Package awscdk is a stub of the AWS CDK for Go.
package awscdk

type App interface{ Synth() }

type Environment struct {
	Account *string
	Region  *string
}

type StackProps struct{ Env *Environment }

type Stack interface{ StackName() *string }

func NewApp(props any) App                                    { return nil }
func NewStack(scope App, id *string, props *StackProps) Stack { return nil }
