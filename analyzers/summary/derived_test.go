package summary

import "testing"

func TestVerbText(t *testing.T) {
	for _, c := range []struct {
		format        string
		n             int
		before, after string
		ok            bool
	}{
		{"%s:%s", 0, "", ":", true},
		{"%s:%s", 1, ":", "", true},
		{"arn:aws:sns:%s:%s:%s", 2, ":", "", true},
		{"%s-archive", 0, "", "-archive", true},
		{"100%% of %-10s done", 0, "100%% of ", " done", true},
		{"%s", 1, "", "", false},
		{"trailing %", 0, "", "", false},
	} {
		before, after, ok := verbText(c.format, c.n)
		if before != c.before || after != c.after || ok != c.ok {
			t.Errorf("verbText(%q, %d) = %q, %q, %v; want %q, %q, %v", c.format, c.n, before, after, ok, c.before, c.after, c.ok)
		}
	}
}

func TestIsSeparator(t *testing.T) {
	for _, c := range []struct {
		text   string
		before bool
		want   bool
	}{
		{"", true, true},
		{"arn:aws:sqs:", true, true},
		{"https://sqs.eu-west-1.amazonaws.com/123/", true, true},
		{":live", false, true},
		{"-resized", false, false},
		{"dev-", true, false},
	} {
		if got := isSeparator(c.text, c.before); got != c.want {
			t.Errorf("isSeparator(%q, %v) = %v, want %v", c.text, c.before, got, c.want)
		}
	}
}
