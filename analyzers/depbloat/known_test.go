package depbloat

import (
	"regexp"
	"strings"
	"testing"
)

func TestModuleOf(t *testing.T) {
	for path, want := range map[string]string{
		"net/http":                                                             "std",
		"vendor/golang.org/x/net/http2/hpack":                                  "std",
		"github.com/aws/aws-lambda-go/lambda":                                  "github.com/aws/aws-lambda-go",
		"github.com/aws/aws-sdk-go/service/s3":                                 "github.com/aws/aws-sdk-go",
		"github.com/aws/aws-sdk-go-v2/aws/middleware":                          "github.com/aws/aws-sdk-go-v2",
		"github.com/aws/aws-sdk-go-v2/service/s3/types":                        "github.com/aws/aws-sdk-go-v2/service/s3",
		"github.com/aws/aws-sdk-go-v2/service/internal/s3shared/arn":           "github.com/aws/aws-sdk-go-v2/service/internal/s3shared",
		"github.com/aws/aws-sdk-go-v2/feature/s3/manager":                      "github.com/aws/aws-sdk-go-v2/feature/s3/manager",
		"github.com/aws/aws-sdk-go-v2/config":                                  "github.com/aws/aws-sdk-go-v2/config",
		"github.com/aws/aws-sdk-go-v2/internal/endpoints/v2":                   "github.com/aws/aws-sdk-go-v2/internal/endpoints/v2",
		"github.com/aws/aws-sdk-go-v2/aws/protocol/eventstream/eventstreamapi": "github.com/aws/aws-sdk-go-v2/aws/protocol/eventstream",
		"github.com/labstack/echo/v4/middleware":                               "github.com/labstack/echo/v4",
		"golang.org/x/net/http2":                                               "golang.org/x/net",
		"gopkg.in/yaml.v3":                                                     "gopkg.in/yaml.v3",
		"gopkg.in/DataDog/dd-trace-go.v1/ddtrace":                              "gopkg.in/DataDog/dd-trace-go.v1",
		"go.uber.org/zap/zapcore":                                              "go.uber.org/zap",
		"google.golang.org/grpc/codes":                                         "google.golang.org/grpc",
	} {
		if got := moduleOf(path); got != want {
			t.Errorf("moduleOf(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestV2Equivalent(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/aws/aws-sdk-go/service/sqs":                        "github.com/aws/aws-sdk-go-v2/service/sqs",
		"github.com/aws/aws-sdk-go/service/s3/s3manager":               "github.com/aws/aws-sdk-go-v2/feature/s3/manager",
		"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbattribute": "github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue",
		"github.com/aws/aws-sdk-go/aws/session":                        "github.com/aws/aws-sdk-go-v2/config",
		"github.com/aws/aws-sdk-go/service/sqs/sqsiface":               "an interface of your own with the methods you call (aws-sdk-go-v2 has no *iface packages)",
		"github.com/aws/aws-sdk-go/private/protocol":                   "the matching github.com/aws/aws-sdk-go-v2 package",
	} {
		if got := v2Equivalent(path); got != want {
			t.Errorf("v2Equivalent(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestClassify(t *testing.T) {
	for path, want := range map[string]kind{
		"testing":                          kindTest,
		"testing/fstest":                   kindTest,
		"github.com/stretchr/testify/mock": kindTest,
		"github.com/stretchr/testifyish":   kindNone,
		"go.uber.org/mock/gomock":          kindTest,
		"net/http/pprof":                   kindTest,
		"runtime/pprof":                    kindNone,
		"github.com/aws/aws-sdk-go":        kindSDKv1,
		"github.com/aws/aws-sdk-go-v2/aws": kindNone,
		"github.com/gin-gonic/gin/render":  kindFramework,
		"github.com/gin-contrib/cors":      kindNone,
		"github.com/gorilla/mux":           kindNone,
		"github.com/labstack/echo/v4":      kindFramework,
	} {
		if got := classify(path); got != want {
			t.Errorf("classify(%q) = %d, want %d", path, got, want)
		}
	}
}

// TestTestPackageOf: the helpers under testing/ are described as what
// they are, not as the test framework.
func TestTestPackageOf(t *testing.T) {
	for path, want := range map[string]string{
		"testing":           "the test framework",
		"testing/quick":     "-quickchecks",
		"testing/slogtest":  "the test framework",
		"testing/fstest":    "fs.FS",
		"testing/iotest":    "readers and writers",
		"testingx":          "",
		"net/http/httptest": "HTTP test server",
	} {
		tp, ok := testPackageOf(path)
		if ok != (want != "") || !strings.Contains(tp.why, want) {
			t.Errorf("testPackageOf(%q) = %q, %v; want %q", path, tp.why, ok, want)
		}
	}
}

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
