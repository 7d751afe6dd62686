package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/lambdalint/lambdalint/rules"
)

func sample() []Finding {
	return []Finding{
		{Analyzer: "handlersig", Rule: "handler-signature", Severity: rules.Error, File: "cmd/fn/main.go", Line: 12, Column: 3,
			Message: "handler returns only Response, which does not implement error",
			Related: []Location{{File: "internal/h/h.go", Line: 4, Column: 6, Message: "the handler is declared here"}}},
		{Analyzer: "handlersig", Rule: "payload-no-fields", Severity: rules.Warning, File: "cmd/fn/main.go", Line: 20, Column: 1, Message: "struct order has no exported fields"},
		{Analyzer: "zipcheck", Rule: "junk", Severity: rules.Info, File: "function.zip", Message: "3 files a function never needs", Entry: ".git/config"},
		{Analyzer: "handlersig", Rule: "handler-signature", Severity: rules.Error, File: "cmd/old/main.go", Line: 5, Column: 2, Message: "suppressed one", Suppressed: "never deployed"},
	}
}

func format(t *testing.T, name string, fs []Finding, opt Options) string {
	t.Helper()
	f, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, fs, opt); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestLookup(t *testing.T) {
	for _, n := range []string{"text", "json", "sarif", "github"} {
		if _, err := Lookup(n); err != nil {
			t.Errorf("Lookup(%q): %v", n, err)
		}
	}
	if _, err := Lookup("xml"); err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) {
		t.Errorf("Lookup(xml): %v", err)
	}
}

func TestText(t *testing.T) {
	got := format(t, "text", sample(), Options{})
	want := `cmd/fn/main.go:12:3: handler returns only Response, which does not implement error [handler-signature]
	internal/h/h.go:4:6: the handler is declared here
cmd/fn/main.go:20:1: struct order has no exported fields [payload-no-fields]
function.zip: .git/config: 3 files a function never needs [junk]
3 findings: 1 error, 1 warning, 1 info
`
	if got != want {
		t.Errorf("text output:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(got, "\x1b[") {
		t.Error("colour without Options.Color")
	}
	if got := format(t, "text", nil, Options{}); got != "no findings\n" {
		t.Errorf("empty: %q", got)
	}
}

func TestTextColor(t *testing.T) {
	got := format(t, "text", sample()[:1], Options{Color: true})
	if !strings.Contains(got, "\x1b[") {
		t.Errorf("no colour with Options.Color:\n%q", got)
	}
	if !strings.Contains(got, "handler returns only Response") {
		t.Errorf("message lost: %q", got)
	}
}

func TestJSON(t *testing.T) {
	var out struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(format(t, "json", sample(), Options{})), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Findings) != 3 {
		t.Fatalf("%d findings, want 3 (the suppressed one left out)", len(out.Findings))
	}
	for _, k := range []string{"analyzer", "rule", "severity", "file", "line", "column", "message", "entry"} {
		if _, ok := out.Findings[0][k]; !ok {
			t.Errorf("finding lacks %q: %v", k, out.Findings[0])
		}
	}
	f := out.Findings[0]
	if f["analyzer"] != "handlersig" || f["rule"] != "handler-signature" || f["severity"] != "error" ||
		f["file"] != "cmd/fn/main.go" || f["line"] != 12.0 || f["column"] != 3.0 || f["entry"] != "" {
		t.Errorf("finding 0 = %v", f)
	}
	if z := out.Findings[2]; z["analyzer"] != "zipcheck" || z["entry"] != ".git/config" || z["file"] != "function.zip" {
		t.Errorf("zip finding = %v", z)
	}
	want := map[string]int{"findings": 3, "errors": 1, "warnings": 1, "infos": 1}
	for k, v := range want {
		if out.Summary[k] != v {
			t.Errorf("summary.%s = %d, want %d", k, out.Summary[k], v)
		}
	}
}

func TestJSONEmpty(t *testing.T) {
	got := format(t, "json", nil, Options{})
	if !strings.Contains(got, `"findings": []`) {
		t.Errorf("findings must be [] when there are none, never null:\n%s", got)
	}
	got = format(t, "json", sample()[3:], Options{})
	if !strings.Contains(got, `"findings": []`) || !strings.Contains(got, `"findings": 0`) {
		t.Errorf("only a suppressed finding:\n%s", got)
	}
}

func TestGithub(t *testing.T) {
	fs := []Finding{
		{Rule: "handler-signature", Severity: rules.Error, File: "cmd/a,b:c/main.go", Line: 3, Column: 7, Message: "100% wrong\nsecond line\r"},
		{Rule: "junk", Severity: rules.Info, File: "fn.zip", Entry: "x/.DS_Store", Message: "junk"},
		{Rule: "payload-no-fields", Severity: rules.Warning, File: "a.go", Line: 1, Column: 1, Message: "w"},
		{Rule: "handler-signature", Severity: rules.Error, File: "b.go", Line: 1, Column: 1, Message: "s", Suppressed: "why"},
	}
	got := format(t, "github", fs, Options{})
	want := "::error file=cmd/a%2Cb%3Ac/main.go,line=3,col=7,title=lambdalint handler-signature::100%25 wrong%0Asecond line%0D\n" +
		"::notice file=fn.zip,title=lambdalint junk::x/.DS_Store: junk\n" +
		"::warning file=a.go,line=1,col=1,title=lambdalint payload-no-fields::w\n"
	if got != want {
		t.Errorf("github output:\n%s\nwant:\n%s", got, want)
	}
}

type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string `json:"id"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					Help struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region *struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
				LogicalLocations []struct {
					FullyQualifiedName string `json:"fullyQualifiedName"`
				} `json:"logicalLocations"`
			} `json:"locations"`
			RelatedLocations []struct {
				ID      int `json:"id"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"relatedLocations"`
			Suppressions []struct {
				Kind          string `json:"kind"`
				Justification string `json:"justification"`
			} `json:"suppressions"`
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIF(t *testing.T) {
	var doc sarifDoc
	if err := json.Unmarshal([]byte(format(t, "sarif", sample(), Options{Tool: "lambdalint", Version: "v1.2.3"})), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != "2.1.0" || !strings.Contains(doc.Schema, "sarif-2.1.0") || len(doc.Runs) != 1 {
		t.Fatalf("version %q schema %q runs %d", doc.Version, doc.Schema, len(doc.Runs))
	}
	run := doc.Runs[0]
	drv := run.Tool.Driver
	if drv.Name != "lambdalint" || len(drv.Rules) != len(rules.All()) {
		t.Errorf("driver %q with %d rules, want the %d of the catalogue", drv.Name, len(drv.Rules), len(rules.All()))
	}
	for _, r := range drv.Rules {
		if r.ID == "" || r.ShortDescription.Text == "" || r.Help.Text == "" || r.DefaultConfiguration.Level == "" {
			t.Errorf("incomplete rule %+v", r)
		}
	}
	if len(run.Results) != 4 {
		t.Fatalf("%d results, want 4 (suppressed ones are kept in SARIF)", len(run.Results))
	}
	for _, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(drv.Rules) || drv.Rules[res.RuleIndex].ID != res.RuleID {
			if _, known := rules.Lookup(res.RuleID); known {
				t.Errorf("result %s: ruleIndex %d does not point at its rule", res.RuleID, res.RuleIndex)
			}
		}
		if len(res.Locations) != 1 {
			t.Errorf("result %s: %d locations", res.RuleID, len(res.Locations))
		}
	}
	r0 := run.Results[0]
	loc := r0.Locations[0].PhysicalLocation
	if r0.Level != "error" || loc.ArtifactLocation.URI != "cmd/fn/main.go" || loc.Region == nil || loc.Region.StartLine != 12 || loc.Region.StartColumn != 3 {
		t.Errorf("result 0: %+v", r0)
	}
	if len(r0.RelatedLocations) != 1 || r0.RelatedLocations[0].ID != 1 || r0.RelatedLocations[0].Message.Text != "the handler is declared here" {
		t.Errorf("related locations: %+v", r0.RelatedLocations)
	}
	if run.Results[1].Level != "warning" || run.Results[2].Level != "note" {
		t.Errorf("levels %q, %q", run.Results[1].Level, run.Results[2].Level)
	}
	if z := run.Results[2].Locations[0]; z.PhysicalLocation.Region != nil || len(z.LogicalLocations) != 1 || z.LogicalLocations[0].FullyQualifiedName != ".git/config" {
		t.Errorf("zip result location: %+v", z)
	}
	if s := run.Results[3].Suppressions; len(s) != 1 || s[0].Kind != "inSource" || s[0].Justification != "never deployed" {
		t.Errorf("suppressions: %+v", s)
	}
}

func TestSARIFEmpty(t *testing.T) {
	got := format(t, "sarif", nil, Options{})
	if !strings.Contains(got, `"results": []`) {
		t.Errorf("results must be [] when there are none:\n%s", got)
	}
}

func TestSortAndSummarize(t *testing.T) {
	fs := []Finding{
		{File: "b.go", Line: 1, Rule: "x", Severity: rules.Error},
		{File: "a.go", Line: 9, Rule: "x", Severity: rules.Warning},
		{File: "a.go", Line: 2, Column: 5, Rule: "y", Severity: rules.Info},
		{File: "a.go", Line: 2, Column: 5, Rule: "x", Severity: rules.Info, Suppressed: "r"},
	}
	Sort(fs)
	var got []string
	for _, f := range fs {
		got = append(got, f.File+":"+f.Rule)
	}
	if strings.Join(got, " ") != "a.go:x a.go:y a.go:x b.go:x" {
		t.Errorf("sorted: %v", got)
	}
	if s := Summarize(fs); s != (Summary{Findings: 3, Errors: 1, Warnings: 1, Infos: 1}) {
		t.Errorf("summary %+v", s)
	}
}

// A related position from export data has a line but no column: it is
// printed file:line, not file:line:0.
func TestTextRelatedWithoutColumn(t *testing.T) {
	fs := []Finding{{Analyzer: "handlercore", Rule: "core-coupled", Severity: rules.Warning, File: "cmd/fn/main.go", Line: 20, Column: 9, Message: "coupled",
		Related: []Location{{File: "internal/ingest/ingest.go", Line: 25, Message: "(*Processor).Process is declared here"}}}}
	got := format(t, "text", fs, Options{})
	if !strings.Contains(got, "\tinternal/ingest/ingest.go:25: (*Processor).Process is declared here\n") {
		t.Errorf("related without column:\n%s", got)
	}
}
