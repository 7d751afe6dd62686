package envconfig

import (
	"go/ast"
	"go/token"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// tokenShapes are the secrets of other services that announce themselves:
// a fixed prefix or host and a long random part, so a match is a secret
// whatever holds it (a field, a constant, a header value, a map).
var tokenShapes = sync.OnceValue(func() []struct {
	what string
	re   *regexp.Regexp
} {
	shapes := []struct{ what, re string }{
		{"a Stripe live secret key", `^(sk|rk)_live_[0-9A-Za-z]{16,}$`},
		{"a Slack token", `^xox[abposr]-[0-9A-Za-z-]{10,}$`},
		{"a Slack webhook URL (its path is the credential)", `^https://hooks\.slack\.com/(services|workflows|triggers)/[A-Za-z0-9+/_-]{20,}$`},
		{"a Discord webhook URL (its path is the credential)", `^https://(discord|discordapp)\.com/api/webhooks/\d+/[A-Za-z0-9_-]{20,}$`},
		{"a Microsoft Teams webhook URL (its path is the credential)", `^https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/\S{20,}$`},
		{"a GitHub token", `^(gh[pousr]_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{60,})$`},
		{"a GitLab token", `^glpat-[0-9A-Za-z_-]{20}$`},
		{"a Google API key", `^AIza[0-9A-Za-z_-]{35}$`},
		{"a SendGrid API key", `^SG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}$`},
		{"an OpenAI API key", `^sk-(proj-|svcacct-|admin-)?[0-9A-Za-z_-]*T3BlbkFJ[0-9A-Za-z_-]+$`},
		{"an Anthropic API key", `^sk-ant-[a-z]+\d\d-[0-9A-Za-z_-]{40,}$`},
		{"an npm token", `^npm_[0-9A-Za-z]{36}$`},
		{"a JSON Web Token", `^eyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}$`},
		// The header alone is a marker code compares keys with.
		{"a private key", `-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----\s*[A-Za-z0-9+/=\s]{64,}`},
	}
	out := make([]struct {
		what string
		re   *regexp.Regexp
	}, len(shapes))
	for i, s := range shapes {
		out[i].what, out[i].re = s.what, regexp.MustCompile(s.re)
	}
	return out
})

// tokenKind names the service secret s is, or "".
func tokenKind(s string) string {
	if fakeSecret(s) {
		return ""
	}
	for _, t := range tokenShapes() {
		if t.re.MatchString(s) {
			return t.what
		}
	}
	return ""
}

// fakeSecret: documentation and test values (sk_live_xxxxxxxx…, EXAMPLE,
// your-token-here).
func fakeSecret(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"xxxx", "example", "dummy", "fake", "placeholder", "redacted", "changeme", "your_", "your-", "0000000000", "1234567890"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// secretName matches a field, constant or variable that holds a secret
// itself, not its name, id, ARN, header or environment variable
// (SecretName, tokenHeader, APIKeyEnv do not match: the name must end
// with the secret word).
var secretName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|[a-z0-9_])(api_?key|api_?secret|(client|app|webhook|signing|shared)_?secret|secret_?key|secret|(access|auth|bearer|api|bot|refresh)_?token|token|private_?key|signing_?key)$`)
})

// notSecretTokens are tokens that are not credentials: SDK pagination and
// idempotency tokens.
var notSecretTokens = regexp.MustCompile(`(?i)(next|continuation|pagination|page|idempotency|client_?request|csrf|sync|cancel)_?token$`)

// genericSecret reports a literal that looks random enough to be a key:
// 16 to 200 characters without spaces, letters and digits, at least 3
// bits of entropy a character; not an environment variable name, a URL,
// a host, an ARN, a path, a template or words (GetAuthorizationToken,
// x-amz-s3session-token: operation and header names end in Token too).
func genericSecret(s string) bool {
	if len(s) < 16 || len(s) > 200 || strings.ContainsAny(s, " \t\n") || placeholder(s) || fakeSecret(s) {
		return false
	}
	if strings.ContainsAny(s, ".:#@") || envVarName().MatchString(s) || pathLike().MatchString(s) || wordsLike().MatchString(s) {
		return false
	}
	var letter, digit bool
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			letter = true
		case r >= '0' && r <= '9':
			digit = true
		}
	}
	return letter && digit && entropy(s) >= 3
}

var (
	envVarName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`) })
	pathLike   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)^/?[a-z0-9_.-]+(/[a-z0-9_.-]+)+/?$`) })
	// Lower-case words joined by - or _, or CamelCase words with at most
	// a version number: names, not keys.
	wordsLike = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^([a-z0-9]+([-_][a-z0-9]+)+|([A-Z][a-z]+|[A-Z]+|V?\d{1,2})+)$`)
	})
)

// entropy is the Shannon entropy of s in bits a character.
func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}

// namedSecret returns the string literal that a secret-named field,
// constant or variable is given in n (APIKey: "…", const stripeKey = "…",
// cfg.Token = "…"), and how to name the holder.
func namedSecret(n ast.Node) (lits []*ast.BasicLit, where []string) {
	add := func(name, kind string, val ast.Expr) {
		lit, ok := ast.Unparen(val).(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING || !secretName().MatchString(name) || notSecretTokens.MatchString(name) {
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || !genericSecret(s) {
			return
		}
		lits, where = append(lits, lit), append(where, strings.TrimSpace(kind+" "+name))
	}
	switch n := n.(type) {
	case *ast.KeyValueExpr:
		if id, ok := n.Key.(*ast.Ident); ok {
			add(id.Name, "the field", n.Value)
		}
	case *ast.ValueSpec:
		if len(n.Names) == len(n.Values) {
			for i, id := range n.Names {
				add(id.Name, "", n.Values[i])
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i, l := range n.Lhs {
				switch l := l.(type) {
				case *ast.Ident:
					add(l.Name, "", n.Rhs[i])
				case *ast.SelectorExpr:
					add(l.Sel.Name, "the field", n.Rhs[i])
				}
			}
		}
	}
	return lits, where
}
