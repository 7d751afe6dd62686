package main

import (
	"net/http"
	"os"
	"strings"
)

// Secrets of other services, known by their shape wherever they are.
const slackWebhook = "https://hooks.slack.com/services/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" // want `a Slack webhook URL \(its path is the credential\) is written in the code: anyone with the source or the binary has it; store it in Secrets Manager`

type billingClient struct {
	APIBase string
	APIKey  string
	Token   string
}

var billing = billingClient{
	APIBase: "https://api.stripe.com",
	APIKey:  "sk_live_51HxYz2eZvKYlo2C8Qm3Tt9pLq0", // want `a Stripe live secret key is written in the code`
}

func callGitHub(r *http.Request) {
	r.Header.Set("Authorization", "token "+"ghp_R4nd0mT0k3nV4lu3Th4tIs36Ch4rsL0ngXYZ") // want `a GitHub token is written in the code`
}

const jwtPrivateKey = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7V1bXq9Lk3mN8pQ2rT5vW7yZ0aC4eG6iK8mO1qS3uW5yA7cE9gI1kM3oQ5sU\n-----END RSA PRIVATE KEY-----" // want `a private key is written in the code`

// Secrets known by the name of what holds them.
var apiKey = "Zq8vT2mLx9Pw4Rk7Yb3NcD6f" // want `a secret is written in the code \(apiKey\)`

func configure(c *billingClient) {
	c.Token = "d41d8cd98f00b204e9800998ecf8427e"      // want `a secret is written in the code \(the field Token\)`
	webhookSecret := "whsec_9fK2mQ7xR4tY8uP1sL6vN3bZ" // want `a secret is written in the code \(webhookSecret\)`
	_ = webhookSecret
}

// Not secrets: names and ids of secrets, environment variable names,
// paths, documentation values, public keys, pagination tokens.
type secretRef struct {
	SecretName string
	Secret     string
	NextToken  string
}

var (
	refs = secretRef{
		SecretName: "prod/stripe/api-key-2024",
		Secret:     "prod/stripe/api-key-2024",
		NextToken:  "eyJQYWdlIjoyfQAbCdEf12",
	}
	apiKeyEnv   = "STRIPE_API_KEY"
	botToken    = "STRIPE_API_TOKEN_NAME"
	docsKey     = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
	sampleToken = "your-token-goes-here-123"
	publicKey   = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----"
	password    = "correct horse battery staple"
	fromEnv     = os.Getenv("STRIPE_SECRET_KEY")
	dbSecret    = "Prod/OrdersDB/Credentials1"
)

// A PEM header alone is a marker to compare keys with, not a key.
func fixKey(k string) string {
	if !strings.HasPrefix(k, "-----BEGIN RSA PRIVATE KEY-----") {
		return "-----BEGIN RSA PRIVATE KEY-----\n" + k
	}
	return k
}
