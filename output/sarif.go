package output

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/lambdalint/lambdalint/rules"
)

type sarifFormatter struct{}

// The SARIF 2.1.0 subset GitHub code scanning reads.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifMessage    `json:"shortDescription"`
	FullDescription      sarifMessage    `json:"fullDescription"`
	Help                 sarifMessage    `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifResult struct {
	RuleID           string             `json:"ruleId"`
	RuleIndex        int                `json:"ruleIndex"`
	Level            string             `json:"level"`
	Message          sarifMessage       `json:"message"`
	Locations        []sarifLocation    `json:"locations"`
	RelatedLocations []sarifLocation    `json:"relatedLocations,omitempty"`
	Suppressions     []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

type sarifLocation struct {
	ID               int            `json:"id,omitempty"`
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifMessage  `json:"message,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

func level(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

func location(file string, line, col int, entry string) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri(file)}}}
	if line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: line, StartColumn: col}
	}
	if entry != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: entry, Kind: "member"}}
	}
	return loc
}

// uri turns an OS path into a SARIF URI reference: relative paths stay
// relative (code scanning resolves them against the checkout), absolute ones
// become file URIs.
func uri(p string) string {
	p = filepath.ToSlash(p)
	if strings.HasPrefix(p, "/") {
		return "file://" + p
	}
	return p
}

func (sarifFormatter) Format(w io.Writer, fs []Finding, opt Options) error {
	all := rules.All()
	index := map[string]int{}
	driver := sarifDriver{
		Name:           opt.Tool,
		Version:        opt.Version,
		InformationURI: "https://github.com/lambdalint/lambdalint",
		Rules:          []sarifRule{},
	}
	if driver.Name == "" {
		driver.Name = "lambdalint"
	}
	for i, r := range all {
		index[r.ID] = i
		help := r.Rationale + "\n\nFix: " + r.Fix
		md := help
		if r.Bad != "" {
			md += "\n\nBad:\n```go\n" + r.Bad + "\n```"
		}
		if r.Good != "" {
			md += "\n\nGood:\n```go\n" + r.Good + "\n```"
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.ID,
			Name:                 r.ID,
			ShortDescription:     sarifMessage{Text: r.Title},
			FullDescription:      sarifMessage{Text: r.Rationale},
			Help:                 sarifMessage{Text: help, Markdown: md},
			DefaultConfiguration: sarifRuleConfig{Enabled: !r.Off, Level: level(r.Severity)},
			Properties:           map[string]any{"analyzer": r.Analyzer, "tags": []string{"lambda", r.Analyzer}},
		})
	}
	results := []sarifResult{}
	for _, f := range fs {
		idx, ok := index[f.Rule]
		if !ok {
			// A rule missing from the catalogue is a bug; keep the result
			// rather than lose it, pointing ruleIndex at nothing.
			idx = -1
		}
		res := sarifResult{
			RuleID:    f.Rule,
			RuleIndex: idx,
			Level:     level(f.Severity),
			Message:   sarifMessage{Text: f.Message},
			Locations: []sarifLocation{location(f.File, f.Line, f.Column, f.Entry)},
		}
		for i, r := range f.Related {
			loc := location(r.File, r.Line, r.Column, r.Entry)
			loc.ID = i + 1
			loc.Message = &sarifMessage{Text: r.Message}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		if f.Suppressed != "" {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppressed}}
		}
		results = append(results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}},
	})
}
