// Package sdk knows the libraries Lambda functions talk to: which types are
// clients, configs and connection pools that must be built once per
// execution environment, and which packages are aws-lambda-go's. It
// recognises them by package and type, so every service of an SDK is
// covered without a list of its constructors.
package sdk

import (
	"go/types"
	"strings"
	"sync"
)

// Lambda packages.
const (
	LambdaPkg        = "github.com/aws/aws-lambda-go/lambda"
	EventsPkg        = "github.com/aws/aws-lambda-go/events"
	LambdacontextPkg = "github.com/aws/aws-lambda-go/lambdacontext"
)

// IsLambdaType reports whether t (through pointers, slices and maps) is a
// type of aws-lambda-go's events or lambdacontext packages.
func IsLambdaType(t types.Type) bool {
	for i := 0; i < 8 && t != nil; i++ {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Map:
			t = u.Elem()
			continue
		case *types.Alias:
			t = types.Unalias(u)
			continue
		case *types.Named:
			if p := u.Obj().Pkg(); p != nil {
				return p.Path() == EventsPkg || p.Path() == LambdacontextPkg
			}
		}
		return false
	}
	return false
}

// clientPackages are import-path prefixes of libraries whose clients,
// pools and sessions are costly to build (TLS handshakes, credential
// resolution, connection pools). A trailing "/" matches below.
var clientPackages = []string{
	"github.com/aws/aws-sdk-go-v2/",
	"github.com/aws/aws-sdk-go/",
	"database/sql",
	"github.com/jackc/pgx/",
	"github.com/jackc/pgconn",
	"github.com/lib/pq",
	"github.com/go-sql-driver/mysql",
	"github.com/jmoiron/sqlx",
	"github.com/redis/go-redis/",
	"github.com/go-redis/redis",
	"github.com/gomodule/redigo/",
	"go.mongodb.org/mongo-driver/",
	"google.golang.org/grpc",
	"net/http",
	"gorm.io/gorm",
	"github.com/elastic/go-elasticsearch/",
	"github.com/opensearch-project/opensearch-go/",
	"cloud.google.com/go/",
	"github.com/stripe/stripe-go/",
	"github.com/slack-go/slack",
	"github.com/segmentio/kafka-go",
	"github.com/IBM/sarama",
	"github.com/nats-io/nats.go",
	"github.com/rabbitmq/amqp091-go",
	"github.com/bradfitz/gomemcache/",
}

// clientSuffixes are type-name endings of clients and pools.
var clientSuffixes = []string{"Client", "ClientConn", "Session", "Pool", "DB", "Conn", "Transport", "Producer", "Consumer", "Cluster"}

// Matcher recognises client types and constructors, extended by the
// configuration.
type Matcher struct {
	// Packages are extra import paths (a trailing /... matches below).
	Packages []string
	// Constructors are extra functions by qualified name.
	Constructors []string
}

func matchPath(path, pattern string) bool {
	if p, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == p || strings.HasPrefix(path, p+"/")
	}
	if strings.HasSuffix(pattern, "/") {
		return strings.HasPrefix(path, pattern)
	}
	return path == pattern || strings.HasPrefix(path, pattern+"/")
}

func (m *Matcher) clientPackage(path string) bool {
	for _, p := range clientPackages {
		if matchPath(path, p) {
			return true
		}
	}
	for _, p := range m.Packages {
		if matchPath(path, p) {
			return true
		}
	}
	return false
}

// ClientType reports whether t is a client, session, pool or SDK config
// type that should be built once, and returns its name for messages.
func (m *Matcher) ClientType(t types.Type) (string, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", false
	}
	pkg, name := n.Obj().Pkg(), n.Obj().Name()
	path := pkg.Path()
	if !m.clientPackage(path) {
		return "", false
	}
	qual := pkg.Name() + "." + name
	switch {
	case path == "github.com/aws/aws-sdk-go-v2/aws" && name == "Config",
		path == "github.com/aws/aws-sdk-go/aws/session" && name == "Session":
		return qual, true
	case strings.HasPrefix(path, "github.com/aws/aws-sdk-go/service/") && strings.EqualFold(name, pkg.Name()):
		// v1 service clients are named after their package: *s3.S3.
		return qual, true
	case path == "net/http":
		return qual, name == "Client" || name == "Transport"
	case strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/") && name == "PresignClient":
		return qual, true
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		if _, isIface := n.Underlying().(*types.Interface); !isIface || !strings.HasSuffix(name, "Client") {
			return "", false
		}
	}
	for _, s := range clientSuffixes {
		if strings.HasSuffix(name, s) {
			return qual, true
		}
	}
	return "", false
}

// ServiceOperation reports a method that takes an AWS SDK operation's
// input (*s3.GetObjectInput, *dynamodb.PutItemInput) and returns the
// service package's name: an SDK call made through an interface that code
// declares to mock the client (type S3API interface{ GetObject(…) }).
func ServiceOperation(sig *types.Signature) (string, bool) {
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || !strings.HasSuffix(n.Obj().Name(), "Input") {
			continue
		}
		path := n.Obj().Pkg().Path()
		if strings.HasSuffix(path, "/types") {
			continue // service/x/types: shapes, not an operation's input
		}
		if strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/service/") || strings.HasPrefix(path, "github.com/aws/aws-sdk-go/service/") {
			return n.Obj().Pkg().Name(), true
		}
	}
	return "", false
}

// Constructor reports whether a call of fn builds a client: a package-level
// function of a client package whose first result is a client type, or a
// configured constructor. Methods are not constructors: db.Conn(ctx)
// borrows from a pool, it does not build one.
func (m *Matcher) Constructor(fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return "", false
	}
	name := fn.Pkg().Name() + "." + fn.Name()
	for _, c := range m.Constructors {
		if c == fn.FullName() || c == fn.Pkg().Path()+"."+fn.Name() {
			return name, true
		}
	}
	if sig.Recv() != nil || sig.Results().Len() == 0 || !m.clientPackage(fn.Pkg().Path()) {
		return "", false
	}
	// A constructor handed a built client wraps it (s3.NewPresignClient(c),
	// sqlx.NewDb(db, "postgres")): the costly part, credentials and
	// connections, is the client's. Building from aws.Config or a v1
	// session is still building.
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if q, ok := m.ClientType(t); ok && q != "aws.Config" && q != "session.Session" {
			return "", false
		}
		if m.clientInterface(t) {
			return "", false // pb.NewOrdersClient(cc grpc.ClientConnInterface)
		}
	}
	if _, ok := m.ClientType(sig.Results().At(0).Type()); ok {
		return name, true
	}
	return "", false
}

// clientInterface reports an interface of a client package that one of
// the package's client types implements: the connection a generated gRPC
// client (grpc.ClientConnInterface) or a wrapper takes
// (redis.UniversalClient). A constructor taking it wraps a built client.
func (m *Matcher) clientInterface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !m.clientPackage(n.Obj().Pkg().Path()) {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return false
	}
	if v, ok := implementedCache.Load(n); ok {
		return v.(bool)
	}
	found := false
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		impl, ok := tn.Type().(*types.Named)
		if !ok || impl == n || impl.TypeParams().Len() > 0 {
			continue // generic types would need instantiating first
		}
		if _, isIface := impl.Underlying().(*types.Interface); isIface {
			continue
		}
		if _, ok := m.ClientType(impl); ok && (types.Implements(impl, iface) || types.Implements(types.NewPointer(impl), iface)) {
			found = true
			break
		}
	}
	implementedCache.Store(n, found)
	return found
}

// implementedCache holds clientInterface's answers: a scan of the
// package's scope per interface, not per call.
var implementedCache sync.Map // *types.Named -> bool

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// EntryPoint describes an aws-lambda-go function that takes a handler.
type EntryPoint struct {
	// Arg is the index of the handler argument.
	Arg int
	// Checked: the argument is interface{} and aws-lambda-go validates
	// it by reflection at run time, which handlersig repeats statically.
	Checked bool
}

const (
	lambdaPkg    = "github.com/aws/aws-lambda-go/lambda"
	lambdaurlPkg = "github.com/aws/aws-lambda-go/lambdaurl"
	cfnPkg       = "github.com/aws/aws-lambda-go/cfn"
)

// entryPoints are keyed by package path and function name.
var entryPoints = map[[2]string]EntryPoint{
	{lambdaPkg, "Start"}:                   {Arg: 0, Checked: true},
	{lambdaPkg, "StartWithOptions"}:        {Arg: 0, Checked: true},
	{lambdaPkg, "NewHandler"}:              {Arg: 0, Checked: true},
	{lambdaPkg, "NewHandlerWithOptions"}:   {Arg: 0, Checked: true},
	{lambdaPkg, "StartWithContext"}:        {Arg: 1, Checked: true},
	{lambdaPkg, "StartHandlerFunc"}:        {Arg: 0},
	{lambdaPkg, "StartHandler"}:            {Arg: 0},
	{lambdaPkg, "StartHandlerWithContext"}: {Arg: 1},
	{lambdaPkg, "NewFunction"}:             {Arg: 0},
	{lambdaurlPkg, "Start"}:                {Arg: 0},
	{lambdaurlPkg, "Wrap"}:                 {Arg: 0},
	{cfnPkg, "LambdaWrap"}:                 {Arg: 0},
	{cfnPkg, "LambdaWrapSNS"}:              {Arg: 0},
}

// EntryPointOf reports whether fn (an instance of a generic function
// included) is an aws-lambda-go function that takes a handler.
func EntryPointOf(fn *types.Func) (EntryPoint, bool) {
	if fn == nil || fn.Pkg() == nil {
		return EntryPoint{}, false
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	ep, ok := entryPoints[[2]string{fn.Pkg().Path(), fn.Name()}]
	return ep, ok
}
