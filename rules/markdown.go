package rules

import (
	"fmt"
	"strings"
)

// analyzerIntro is one line about each analyzer (SPEC.md's table), shown
// above its rules in RULES.md.
var analyzerIntro = map[string]string{
	"handlercore": "Keeps the Lambda handler apart from the core logic: business logic inside the handler, core code coupled to aws-lambda-go event types.",
	"recursion":   "Avoids recursive code: recursive functions, a function invoking its own Lambda, a handler writing to the resource that triggered it.",
	"ctxreuse":    "Takes advantage of execution-context reuse and keeps code stateless: clients built per invocation, request data in package state, goroutines outliving the handler.",
	"envconfig":   "Uses environment variables for operational parameters: literal resource names, ARNs, endpoints and regions; credentials in code.",
	"depbloat":    "Controls dependencies: the monolithic aws-sdk-go v1, test and debug packages linked into a function, oversized dependency closures.",
	"handlersig":  "Handler signatures and payload types that aws-lambda-go rejects at run time, so that every invocation fails.",
	"lambdalint":  "The //lambdalint:ignore directives themselves; reported by every analyzer for its own rules.",
	"zipcheck":    "`lambdalint zip`: deployment packages (.zip) checked against the Lambda limits and the runtime's layout.",
}

// Markdown renders the catalogue as RULES.md: a table of every rule, then
// one section per analyzer with one section per rule. The headings give
// the anchors that Analyzer.URL and the table link to (#<analyzer>,
// #<rule-id>).
func Markdown() string {
	var b strings.Builder
	all := All()
	b.WriteString("# lambdalint rules\n\n")
	b.WriteString("<!-- Generated from the rule catalogue (package rules) by `go test ./rules -update`. Do not edit. -->\n\n")
	b.WriteString("Every finding names its rule. Rule ids are stable: use them in `-enable`/`-disable`, in\n")
	b.WriteString("`lambdalint.toml` (`[rules.<id>]`) and in `//lambdalint:ignore <id> <reason>`. An analyzer's name\n")
	b.WriteString("stands for all of its rules. `lambdalint explain <id>` prints a section of this file.\n\n")
	b.WriteString("| Rule | Analyzer | Severity | Title |\n| --- | --- | --- | --- |\n")
	for _, r := range all {
		sev := string(r.Severity)
		if r.Off {
			sev += " (off by default)"
		}
		fmt.Fprintf(&b, "| [`%s`](#%s) | [%s](#%s) | %s | %s |\n", r.ID, anchor(r.ID), r.Analyzer, anchor(r.Analyzer), sev, cell(r.Title))
	}
	last := ""
	for _, r := range all {
		if r.Analyzer != last {
			last = r.Analyzer
			fmt.Fprintf(&b, "\n## %s\n", r.Analyzer)
			if intro := analyzerIntro[r.Analyzer]; intro != "" {
				fmt.Fprintf(&b, "\n%s\n", intro)
			}
		}
		fmt.Fprintf(&b, "\n### %s\n\n", r.ID)
		fmt.Fprintf(&b, "%s.\n\n", upperFirst(r.Title))
		fmt.Fprintf(&b, "Analyzer `%s`, severity **%s**", r.Analyzer, r.Severity)
		if r.Off {
			b.WriteString(", off by default (enable it with `-enable " + r.ID + "` or `enable = [\"" + r.ID + "\"]`)")
		}
		b.WriteString(".\n\n")
		fmt.Fprintf(&b, "%s\n", strings.TrimSpace(r.Rationale))
		lang := "go"
		if r.Analyzer == "zipcheck" {
			lang = "sh"
		}
		if r.Bad != "" {
			fmt.Fprintf(&b, "\nBad:\n\n```%s\n%s\n```\n", lang, strings.TrimRight(r.Bad, "\n"))
		}
		if r.Good != "" {
			fmt.Fprintf(&b, "\nGood:\n\n```%s\n%s\n```\n", lang, strings.TrimRight(r.Good, "\n"))
		}
		if r.Fix != "" {
			fmt.Fprintf(&b, "\nFix: %s\n", strings.TrimSpace(r.Fix))
		}
	}
	return b.String()
}

// anchor is GitHub's heading anchor for an id: ids are already lower case
// and kebab-case, so only characters outside [a-z0-9_-] are dropped.
func anchor(id string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(id) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			b.WriteRune(c)
		} else if c == ' ' {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// cell escapes text for a table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
