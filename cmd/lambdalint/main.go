// Command lambdalint checks AWS Lambda functions written in Go against the
// AWS Lambda best practices, and Lambda deployment packages (zip files).
//
//	lambdalint [flags] [packages]     analyse Go packages (default ./...)
//	lambdalint zip [flags] FILE.zip   check a deployment package
//	lambdalint rules                  list the rule catalogue
//	lambdalint explain RULE           explain one rule
//	lambdalint version                print the version
//
// Run by `go vet -vettool=$(command -v lambdalint)`, it speaks go vet's
// protocol and reports the same findings.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/lambdalint/lambdalint/analyzers"
	"github.com/lambdalint/lambdalint/analyzers/summary"
	"github.com/lambdalint/lambdalint/internal/depvet"
)

func main() {
	if vetProtocol(os.Args[1:]) {
		vetTool()
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// vetTool answers the go command's vet protocol; it does not return.
// Dependency packages whose facts need no function bodies are checked
// from their declarations (internal/depvet); unitchecker does the rest.
func vetTool() {
	if unit := os.Args[len(os.Args)-1]; strings.HasSuffix(unit, ".cfg") &&
		depvet.Run(unit, analyzers.All(), selectsAnalyzers(os.Args[1:len(os.Args)-1]), depvet.Policy{
			DeclarationsOnly: summary.ThirdPartyFiles,
			NeedsBodies:      analyzers.FactsNeedBodies,
		}) {
		os.Exit(0)
	}
	unitchecker.Main(analyzers.All()...)
}

// selectsAnalyzers reports whether the vet tool's flags enable or disable
// analyzers or set their flags, which unitchecker alone parses.
func selectsAnalyzers(flags []string) bool {
	for _, f := range flags {
		name, _, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		for _, a := range analyzers.All() {
			if name == a.Name || strings.HasPrefix(name, a.Name+".") {
				return true
			}
		}
	}
	return false
}

// vetProtocol reports whether the go command invoked us as a vet tool.
func vetProtocol(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "zip":
			return runZip(args[1:], stdout, stderr)
		case "rules":
			return runRules(args[1:], stdout, stderr)
		case "explain":
			return runExplain(args[1:], stdout, stderr)
		case "version":
			fmt.Fprintln(stdout, "lambdalint", version())
			return 0
		case "help", "-h", "-help", "--help":
			printUsage(stdout)
			return 0
		}
	}
	return runAnalysis(args, stdout, stderr)
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func usage(w io.Writer) {
	fmt.Fprint(w, `lambdalint checks AWS Lambda functions written in Go.

Usage:
  lambdalint [flags] [packages]     analyse Go packages (default ./...)
  lambdalint zip [flags] FILE.zip   check a deployment package
  lambdalint rules                  list the rule catalogue
  lambdalint explain RULE           rationale, examples and fix of a rule
  lambdalint version                print the version

  go vet -vettool=$(command -v lambdalint) ./...

Exit status: 0 no findings at or above the failing severity, 1 findings,
2 the run could not be done.

Flags for analysis:
`)
}
