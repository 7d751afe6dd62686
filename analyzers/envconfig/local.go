package envconfig

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// localWords name, as a word of an environment variable or of the value
// it is compared with, a run outside the deployed function: SAM local
// (AWS_SAM_LOCAL), serverless-offline (IS_OFFLINE), LocalStack, an
// emulator, a development or test stage. Whole words only: LATEST_TABLE
// is not a test switch.
var localWords = map[string]bool{
	"local": true, "localhost": true, "localstack": true, "offline": true,
	"emulator": true, "dev": true, "development": true, "test": true, "testing": true,
}

func isLocalMarker(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < '0' || r > '9')
	})
	for _, w := range words {
		if localWords[w] {
			return true
		}
	}
	return false
}

// localBranches marks the literals under a test of the environment that
// selects a local run (if os.Getenv("AWS_SAM_LOCAL") == "true" { region =
// "us-east-1"; endpoint = "http://localhost:4566" }) as development
// defaults: the deployed function never takes the branch.
func (c *checker) localBranches(file inspector.Cursor) {
	for cur := range file.Preorder((*ast.IfStmt)(nil)) {
		ifs := cur.Node().(*ast.IfStmt)
		env := c.localSwitch(ifs)
		if env == "" {
			continue
		}
		c.localRuns = append(c.localRuns, localRun{ifs.Body.Pos(), ifs.Body.End(), env})
		ast.Inspect(ifs.Body, func(m ast.Node) bool {
			if lit, ok := m.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if c.defaults[lit.Pos()] == "" {
					c.defaults[lit.Pos()] = env
				}
				c.local[lit.Pos()] = env
			}
			return true
		})
	}
}

// negatedTest reports a condition that holds when the run is NOT local,
// or may: a !, a comparison with != against a value (AWS_SAM_LOCAL !=
// "true", STAGE != "dev"), or with == against "" (IS_OFFLINE == ""), also
// in a variable it reads (if !isLocal). Its body is what a deployed
// function runs. X != "" (LOCALSTACK_HOSTNAME is set) is not negated.
func (c *checker) negatedTest(e ast.Expr, depth int) bool {
	negated := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			negated = negated || n.Op == token.NOT
		case *ast.BinaryExpr:
			empty, value := emptyOrValue(n.X)
			if e2, v2 := emptyOrValue(n.Y); e2 || v2 {
				empty, value = e2, v2
			}
			negated = negated || n.Op == token.NEQ && value || n.Op == token.EQL && empty
		case *ast.Ident:
			if obj := c.pass.TypesInfo.Uses[n]; obj != nil && depth < 2 {
				if rhs := c.assigns[obj]; len(rhs) == 1 && rhs[0] != nil {
					negated = negated || c.negatedTest(rhs[0], depth+1)
				}
			}
		}
		return !negated
	})
	return negated
}

// emptyOrValue tells a string literal "" (empty) from any other (value).
func emptyOrValue(e ast.Expr) (empty, value bool) {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return false, false
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return false, false
	}
	return s == "", s != ""
}

// localRun is the body of an if that selects a local run.
type localRun struct {
	pos, end token.Pos
	env      string // the environment variable tested
}

// localEnv returns the variable that selects the local run pos is in, or
// "".
func (c *checker) localEnv(pos token.Pos) string {
	for _, r := range c.localRuns {
		if r.pos <= pos && pos < r.end {
			return r.env
		}
	}
	return ""
}

// localUse reports, as a development default, a value followed from a
// constant, variable or field (v) and used at pos inside a local run:
// there it names the emulator's resource, whatever it is elsewhere.
func (c *checker) localUse(v value, pos token.Pos, what string) bool {
	env := c.localEnv(pos)
	if env == "" || v.lit != nil {
		return false
	}
	// When every use of the constant or variable is in a local run, its
	// literal is the emulator's too: the checks of literals pass it.
	if v.origin != nil && c.onlyLocalUses(v.origin) {
		c.markDone(v)
	}
	c.localReport(pos, what, env)
	return true
}

// onlyLocalUses reports whether every use of obj lies in a local run.
func (c *checker) onlyLocalUses(obj types.Object) bool {
	for id, o := range c.pass.TypesInfo.Uses {
		if o == obj && c.localEnv(id.Pos()) == "" {
			return false
		}
	}
	return true
}

// localReport reports what at pos as a development default of the local
// run env selects.
func (c *checker) localReport(pos token.Pos, what, env string) {
	c.at(RuleDevDefault, pos, nil,
		"%s is used only when %s selects a local run; make sure no deployed stage sets %s", what, env, env)
}

// localSwitch returns the environment variable an if statement tests to
// select a local run, or "".
func (c *checker) localSwitch(ifs *ast.IfStmt) string {
	if ifs.Init == nil && c.errorCheck(ifs.Cond) {
		return "" // if err != nil, most ifs of a package
	}
	var envs, consts []string
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if name, ok := c.envRead(m); ok {
					envs = append(envs, name)
					return false
				}
			case *ast.Ident:
				// isLocal := os.Getenv("AWS_SAM_LOCAL") == "true"; if isLocal
				if depth >= 2 || len(c.assigns) == 0 {
					break
				}
				if obj := c.pass.TypesInfo.Uses[m]; obj != nil {
					if rhs := c.assigns[obj]; len(rhs) == 1 && rhs[0] != nil {
						walk(rhs[0], depth+1)
					}
				}
			case *ast.BasicLit:
				if s, err := strconv.Unquote(m.Value); err == nil && m.Kind == token.STRING {
					consts = append(consts, s)
				}
			}
			return true
		})
	}
	if ifs.Init != nil {
		walk(ifs.Init, 0)
	}
	walk(ifs.Cond, 0)
	if len(envs) == 0 || c.negatedTest(ifs.Cond, 0) {
		return ""
	}
	for _, s := range append(envs, consts...) {
		if isLocalMarker(s) {
			return envs[0]
		}
	}
	return ""
}

// errorCheck reports err == nil or err != nil: an error holds no
// environment variable's value (a *string from a lookup helper, compared
// with nil, may, so only the error type is answered without the walk).
func (c *checker) errorCheck(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
		return false
	}
	id, ok := ast.Unparen(b.Y).(*ast.Ident)
	if !ok {
		return false
	}
	if _, isNil := c.pass.TypesInfo.Uses[id].(*types.Nil); !isNil {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(b.X)
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// envRead returns the variable read by os.Getenv, os.LookupEnv or a
// helper named *env* given a constant name.
func (c *checker) envRead(call *ast.CallExpr) (string, bool) {
	fn := typeutil.Callee(c.pass.TypesInfo, call)
	if fn == nil || !strings.Contains(strings.ToLower(fn.Name()), "env") || len(call.Args) == 0 {
		return "", false
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// awsOwned reports the ARN of something AWS owns and every account
// shares: a managed policy (arn:aws:iam::aws:policy/…) or a Step Functions
// service integration (arn:aws:states:::lambda:invoke).
func awsOwned(s string) bool {
	parts := strings.SplitN(s, ":", 6)
	if len(parts) < 6 || parts[0] != "arn" {
		return false
	}
	return parts[4] == "aws" || (parts[2] == "states" && parts[3] == "" && parts[4] == "")
}

// accountDefault reports a name every account has, the same in every
// stage: the default event bus, an AWS managed KMS key (alias/aws/s3).
func accountDefault(field, s string) bool {
	switch {
	case strings.HasSuffix(field, "EventBusName") && s == "default":
		return true
	case strings.HasSuffix(field, "KeyId") && strings.HasPrefix(s, "alias/aws/"):
		return true
	case strings.HasPrefix(field, "parameter ") && strings.HasPrefix(s, "/aws/service/"):
		// AWS's public parameters (/aws/service/ami-amazon-linux-latest/…,
		// /aws/service/global-infrastructure/…).
		return true
	}
	return false
}

// sdkEnum reports a value that is a constant of the SDK itself
// (types.VoiceIdJoanna, types.TableClassStandard): a name AWS defines.
func sdkEnum(v value) bool {
	return v.origin != nil && v.origin.Pkg() != nil && strings.HasPrefix(v.origin.Pkg().Path(), "github.com/aws/")
}

// localEndpoint reports an endpoint on the developer's machine or a local
// emulator (LocalStack, DynamoDB Local, SAM's docker network): never a
// deployed stage's.
func localEndpoint(s string) bool {
	for _, h := range []string{"://localhost", "://127.0.0.1", "://[::1]", "://host.docker.internal", "://localstack"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}
