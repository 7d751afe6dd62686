package output

import (
	"encoding/json"
	"io"
)

type jsonFormatter struct{}

func (jsonFormatter) Format(w io.Writer, fs []Finding, _ Options) error {
	shown := []Finding{} // never null: scripts index into it
	for _, f := range fs {
		if f.Suppressed == "" {
			shown = append(shown, f)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Findings []Finding `json:"findings"`
		Summary  Summary   `json:"summary"`
	}{shown, Summarize(fs)})
}
