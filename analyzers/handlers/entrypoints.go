package handlers

// entryPoint describes an aws-lambda-go function that takes a handler.
type entryPoint struct {
	arg int // index of the handler argument; -1: every function-typed argument
	// checked: the argument is interface{} and aws-lambda-go validates it
	// by reflection at run time, which handlersig repeats statically.
	checked bool
}

const (
	lambdaPkg    = "github.com/aws/aws-lambda-go/lambda"
	lambdaurlPkg = "github.com/aws/aws-lambda-go/lambdaurl"
	cfnPkg       = "github.com/aws/aws-lambda-go/cfn"
)

// entryPoints are keyed by package path and function name.
var entryPoints = map[[2]string]entryPoint{
	{lambdaPkg, "Start"}:                   {arg: 0, checked: true},
	{lambdaPkg, "StartWithOptions"}:        {arg: 0, checked: true},
	{lambdaPkg, "NewHandler"}:              {arg: 0, checked: true},
	{lambdaPkg, "NewHandlerWithOptions"}:   {arg: 0, checked: true},
	{lambdaPkg, "StartWithContext"}:        {arg: 1, checked: true},
	{lambdaPkg, "StartHandlerFunc"}:        {arg: 0},
	{lambdaPkg, "StartHandler"}:            {arg: 0},
	{lambdaPkg, "StartHandlerWithContext"}: {arg: 1},
	{lambdaPkg, "NewFunction"}:             {arg: 0},
	{lambdaurlPkg, "Start"}:                {arg: 0},
	{lambdaurlPkg, "Wrap"}:                 {arg: 0},
	{cfnPkg, "LambdaWrap"}:                 {arg: 0},
	{cfnPkg, "LambdaWrapSNS"}:              {arg: 0},
}
