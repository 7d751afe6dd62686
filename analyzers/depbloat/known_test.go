package depbloat

import (
	"regexp"
	"testing"
)

// TestIsIfacePkg holds isIfacePkg to the pattern it replaces (a regexp
// compiled at every start of the binary).
func TestIsIfacePkg(t *testing.T) {
	re := regexp.MustCompile(`^service/[^/]+/[^/]+iface$`)
	for _, p := range []string{
		"service/dynamodb/dynamodbiface", "service/s3/s3iface", "service/s3/iface", "service//s3iface",
		"service/s3/s3iface/x", "service/s3", "service/s3/s3manager", "aws/s3/s3iface", "xservice/s3/s3iface",
		"service/s3/a/biface", "service/a/b", "", "service/", "service/x/", "service/x/xiface ",
	} {
		if got, want := isIfacePkg(p), re.MatchString(p); got != want {
			t.Errorf("isIfacePkg(%q) = %v, want %v", p, got, want)
		}
	}
}
