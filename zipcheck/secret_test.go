package zipcheck

import "testing"

func TestBeforeSep(t *testing.T) {
	for _, tc := range []struct {
		data, prefix, oneOf string
		sep                 byte
		want                bool
	}{
		{"ghp_", "gh", "pousr", '_', true},
		{"x ghs_abc", "gh", "pousr", '_', true},
		{"_ghp", "gh", "pousr", '_', false},
		{"gh_p", "gh", "pousr", '_', false},
		{"ghx_ weight_ ghp", "gh", "pousr", '_', false},
		{"hp_", "gh", "pousr", '_', false},
		{"a-b xoxb-1", "xox", "abposr", '-', true},
		{"sk_", "sk", "", '_', true},
		{"s_k_", "sk", "", '_', false},
		{"", "sk", "", '_', false},
	} {
		if got := beforeSep([]byte(tc.data), tc.prefix, tc.oneOf, tc.sep); got != tc.want {
			t.Errorf("beforeSep(%q, %q, %q, %q) = %v", tc.data, tc.prefix, tc.oneOf, tc.sep, got)
		}
	}
}
