package summary

import "testing"

// TestMarkerWords: a marker counts only as a whole name in a SET or ADD
// clause of the update expression.
func TestMarkerWords(t *testing.T) {
	for _, c := range []struct {
		expr, name string
		want       bool
	}{
		{"SET enriched = :t", "enriched", true},
		{"SET enriched_at = :t", "enriched", false},
		{"SET #m = :t", "#m", true},
		{"SET #mx = :t", "#m", false},
		{"set a = :a, enriched = :t", "enriched", true},
		{"SET touched = :t REMOVE enriched", "enriched", false},
		{"ADD seen :one", "seen", true},
		{"DELETE tags :t SET done = :d", "done", true},
		{"REMOVE done", "done", false},
		{"SET enriched_at = :enriched", "enriched", false},
		{"SET info.enriched = :t", "enriched", false},
		{"SET enriched.at = :t", "enriched", false},
		{"", "done", false},
	} {
		if got := hasWord(setClauses(c.expr), c.name); got != c.want {
			t.Errorf("%q sets %s: %v, want %v", c.expr, c.name, got, c.want)
		}
	}
}
