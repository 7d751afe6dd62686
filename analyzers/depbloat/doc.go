// Package depbloat defines an Analyzer that reports what a Lambda
// function's binary links and should not.
//
// # Analyzer depbloat
//
// depbloat: report the aws-sdk-go v1 SDK, test and debug packages, oversized dependency closures and whole web frameworks in a function binary
//
// AWS advises to control and minimise a function's dependencies and keep
// the deployment package to its runtime necessities. depbloat looks at
// what a function binary links: a function's main package (package main
// that links github.com/aws/aws-lambda-go/lambda, directly or through
// lambdaurl, an adapter or a package of its own, or that registers a
// handler) and every package it imports, transitively. Findings are
// reported in the main package only, at the import that brings the package
// in; packages that no function main reaches, and _test.go files, are
// never reported.
//
// Rules:
//
//   - sdk-v1 (warning): an import of github.com/aws/aws-sdk-go/... in the
//     main package, or of a package of the module that imports it (the
//     message shows the chain and the file:line of the v1 import). v1
//     reached end of support on July 31, 2025 and is one module holding
//     every service; the message names the aws-sdk-go-v2 package to use
//     (service/s3 becomes github.com/aws/aws-sdk-go-v2/service/s3, session
//     becomes config, dynamodbattribute becomes
//     feature/dynamodb/attributevalue, …). A library package is not
//     reported on its own: it does not know whether a function links it.
//   - test-package (error): a test or debug package (testing and
//     testing/..., net/http/httptest, testify, gomock, go.uber.org/mock,
//     ginkgo, gomega, gocheck, goconvey, sqlmock, httpmock, gock,
//     gotest.tools, quicktest, is, go-testdeep, goleak; net/http/pprof,
//     expvar, gops, pkg/profile, fgprof) imported by a non-test file of the
//     main package, or of a package of the module that the main package
//     imports (through any number of the module's own packages). A package
//     listed under [depbloat] allow is not reported. Test packages that a
//     third-party module imports are not reported: the function's authors
//     cannot move them. A package that uses net/http/httptest only for
//     its request and response recorder (NewRequest, NewRecorder), as
//     Lambda HTTP adapters do to run an http.Handler per event, is not
//     reported: a test server (NewServer), or a blank import, is.
//   - closure-size (warning): the closure has more packages than
//     [depbloat] max-packages (default 600) or more Go source than
//     max-source-bytes (default 48 MiB). The message gives the totals, the
//     standard library's share, and the five largest modules outside it.
//   - framework (info): the closure holds a whole web framework (gin, echo,
//     fiber, beego, iris, buffalo, revel, martini, hertz), imported
//     directly or through an adapter such as aws-lambda-go-api-proxy,
//     with the size of its closure. Routers that add little to net/http
//     (gorilla/mux, chi, httprouter) are not reported.
//
// How the closure is computed: every package exports a fact holding its
// transitive closure (itself and everything its non-test files import),
// each package with its module and the size of its Go files (the files the
// build uses, from the file set: test files excluded), and the flagged
// packages it reaches with the shortest import chain. The fact of a
// package is the union of its imports' facts, so a package imported along
// several paths is counted once. Facts are computed for every dependency,
// the standard library included, by every driver (standalone, go vet,
// golangci-lint, nogo).
//
// How size is estimated: the sum of the sizes of the Go source files of
// every package in the closure. It is not the binary size (the linker
// drops unreachable code, generated API models shrink a lot), but it grows
// with it and it names what to cut. Packages the compiler adds without an
// import (runtime internals reached only by the toolchain) and non-Go
// files (assembly) are not counted.
//
// How modules are named: by the module the driver reports for each
// package (analysis.Pass.Module, set by the standalone driver and go vet);
// without it, estimated from the import path: no dot in the first element
// is the standard library ("std"); github.com/owner/repo and similar
// hosts; gopkg.in/name.vN; golang.org/x/name; domain/name otherwise; a
// major version element (/v2) is kept; aws-sdk-go-v2 is split into its
// service and feature modules.
//
// Default thresholds: a function with aws-lambda-go, aws-sdk-go-v2's
// config and the s3, dynamodb and sqs clients links about 340 packages
// (205 of them the standard library) and 21 MB of Go source (12.7 MB
// standard library, 3.5 MB s3, 1.9 MB dynamodb), well under 600 packages
// and 48 MiB.
package depbloat
