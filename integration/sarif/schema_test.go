// Package sarif checks lambdalint's SARIF output against the SARIF 2.1.0
// JSON schema (the OASIS errata01 file, testdata/sarif/sarif-schema-2.1.0.json
// at the repository root) and against what GitHub code scanning requires
// beyond the schema. It lives in the integration module so that the JSON
// schema validator never becomes a dependency of lambdalint.
//
// LAMBDALINT_SARIF=file1.sarif,file2.sarif also validates files written by
// a real run (integration/sarif.sh sets it).
package sarif

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/lambdalint/lambdalint/output"
	"github.com/lambdalint/lambdalint/rules"
)

const schemaFile = "../../testdata/sarif/sarif-schema-2.1.0.json"

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", schemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri, uri-reference, date-time are checked too
	const id = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// findings covers every shape the formatter writes: a finding with related
// locations in another package, one suppressed by //lambdalint:ignore, a
// zip finding with an archive entry, an absolute path, and a rule missing
// from the catalogue.
func findings() []output.Finding {
	return []output.Finding{
		{Analyzer: "ctxreuse", Rule: "client-per-invocation", Severity: rules.Warning,
			File: "cmd/orders/main.go", Line: 28, Column: 12,
			Message: "s3.NewFromConfig (via store.Save, at store.go:20:12) creates a client on every invocation; create it once",
			Related: []output.Location{{File: "internal/store/store.go", Line: 20, Column: 12, Message: "store.Save: s3.NewFromConfig builds a client"}}},
		{Analyzer: "handlersig", Rule: "handler-signature", Severity: rules.Error,
			File: "cmd/resize/main.go", Line: 17, Column: 15, Message: "handler takes 3 arguments; take at most (context.Context, Event)",
			Suppressed: "migrated next quarter"},
		{Analyzer: "zipcheck", Rule: "bootstrap-not-executable", Severity: rules.Error,
			File: "dist/fn.zip", Entry: "bootstrap", Message: "bootstrap lacks the execute bits; zip it with mode 0755"},
		{Analyzer: "zipcheck", Rule: "size-zipped", Severity: rules.Warning,
			File: "/tmp/build/fn.zip", Message: "the zip is over 50 MiB"},
		{Analyzer: "depbloat", Rule: "test-package", Severity: rules.Info,
			File: "cmd/debug/main.go", Line: 7, Column: 2, Message: "net/http/pprof is linked into the function binary; remove the import"},
	}
}

func format(t *testing.T, fs []output.Finding) []byte {
	t.Helper()
	f, err := output.Lookup("sarif")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, fs, output.Options{Tool: "lambdalint", Version: "v1.2.3"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func validate(t *testing.T, s *jsonschema.Schema, name string, data []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: not JSON: %v", name, err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("%s does not conform to the SARIF 2.1.0 schema:\n%v", name, err)
	}
	checkGitHub(t, name, data)
}

// The parts of the log GitHub code scanning reads.
type log struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string `json:"id"`
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					Help             struct{ Text, Markdown string }
					DefaultConfig    struct{ Level string } `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string }
					Region           *struct{ StartLine, StartColumn int }
				} `json:"physicalLocation"`
			} `json:"locations"`
			RelatedLocations []struct {
				ID      int `json:"id"`
				Message struct{ Text string }
			} `json:"relatedLocations"`
		} `json:"results"`
	} `json:"runs"`
}

// checkGitHub checks what GitHub code scanning needs beyond the schema
// (docs.github.com, "SARIF support for code scanning"): one run with a
// driver name, every rule with an id, a short description and help, every
// result with a ruleId that names a rule (and a ruleIndex that points at
// it), a message text, exactly one location with a URI and, for files, a
// region with a startLine; related locations with an id and a message.
func checkGitHub(t *testing.T, name string, data []byte) {
	t.Helper()
	var l log
	if err := json.Unmarshal(data, &l); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if l.Version != "2.1.0" || len(l.Runs) != 1 {
		t.Fatalf("%s: version %q with %d runs, want 2.1.0 with 1", name, l.Version, len(l.Runs))
	}
	run := l.Runs[0]
	if run.Tool.Driver.Name == "" {
		t.Errorf("%s: tool.driver.name is empty", name)
	}
	if n := len(run.Tool.Driver.Rules); n != len(rules.All()) {
		t.Errorf("%s: %d rules in tool.driver.rules, the catalogue has %d", name, n, len(rules.All()))
	}
	index := map[string]int{}
	for i, r := range run.Tool.Driver.Rules {
		index[r.ID] = i
		if r.ID == "" || r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
			t.Errorf("%s: rule %d (%q) lacks id, short or full description, or help text/markdown", name, i, r.ID)
		}
		if r.DefaultConfig.Level == "" {
			t.Errorf("%s: rule %q has no defaultConfiguration.level", name, r.ID)
		}
	}
	for i, res := range run.Results {
		if res.Message.Text == "" {
			t.Errorf("%s: result %d has no message text", name, i)
		}
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("%s: result %d needs exactly one location with a uri", name, i)
			continue
		}
		if idx, ok := index[res.RuleID]; ok {
			if res.RuleIndex == nil || *res.RuleIndex != idx {
				t.Errorf("%s: result %d: ruleIndex does not point at rule %q", name, i, res.RuleID)
			}
		} else if _, known := rules.Lookup(res.RuleID); known || res.RuleID == "" {
			t.Errorf("%s: result %d: ruleId %q not in tool.driver.rules", name, i, res.RuleID)
		}
		uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if strings.HasSuffix(uri, ".go") {
			reg := res.Locations[0].PhysicalLocation.Region
			if reg == nil || reg.StartLine < 1 {
				t.Errorf("%s: result %d (%s) has no region.startLine", name, i, uri)
			}
		}
		for _, rel := range res.RelatedLocations {
			if rel.ID < 1 || rel.Message.Text == "" {
				t.Errorf("%s: result %d: related location without id or message", name, i)
			}
		}
	}
}

func TestSARIFSchema(t *testing.T) {
	s := compile(t)
	data := format(t, findings())
	validate(t, s, "formatted findings", data)
	if !bytes.Contains(data, []byte(`"relatedLocations"`)) || !bytes.Contains(data, []byte(`"suppressions"`)) || !bytes.Contains(data, []byte(`"region"`)) {
		t.Errorf("the sample lost related locations, suppressions or regions:\n%s", data)
	}
	validate(t, s, "no findings", format(t, nil))
	// A rule unknown to the catalogue is kept with ruleIndex -1, which
	// the schema allows.
	validate(t, s, "uncatalogued rule", format(t, []output.Finding{{Analyzer: "x", Rule: "not-a-rule", Severity: rules.Warning, File: "a.go", Line: 1, Message: "m"}}))
}

// The validator must reject what the schema forbids, or the test above
// proves nothing.
func TestSchemaRejects(t *testing.T) {
	s := compile(t)
	for name, doc := range map[string]string{
		"no version":       `{"runs": []}`,
		"bad level":        `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		"unknown property": `{"version": "2.1.0", "runs": [], "extra": 1}`,
		"line zero":        `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.go"}, "region": {"startLine": 0}}}]}]}]}`,
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if s.Validate(v) == nil {
			t.Errorf("%s: the schema accepted %s", name, doc)
		}
	}
}

// TestRealRuns validates SARIF written by real lambdalint runs.
func TestRealRuns(t *testing.T) {
	files := os.Getenv("LAMBDALINT_SARIF")
	if files == "" {
		t.Skip("LAMBDALINT_SARIF not set (integration/sarif.sh sets it)")
	}
	s := compile(t)
	for _, f := range strings.Split(files, ",") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		validate(t, s, filepath.Base(f), data)
	}
}
