package main

import (
	"net/http"
	"os"
	"strings"
)

// Hosts of one resource written in the code.
const sessionCache = "sessions.x1y2z3.ng.0001.euw1.cache.amazonaws.com:6379" // want `endpoint "sessions.x1y2z3.ng.0001.euw1.cache.amazonaws.com:6379" is hard-coded: the host is one cluster, API or domain`

func callAPI() (*http.Response, error) {
	return http.Get("https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders") // want `endpoint "https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders" is hard-coded`
}

var reportsDB = "postgres://reports.cluster-c9xyz.eu-west-1.rds.amazonaws.com:5432/reports?sslmode=require" // want `endpoint "postgres://reports.cluster-c9xyz.eu-west-1.rds.amazonaws.com:5432/reports\?sslmode=require" is hard-coded`

// A service's regional endpoint names no resource, nor does a local one;
// a host from the environment is the configuration: silent.
func endpoints() []string {
	return []string{
		"https://sqs.eu-west-1.amazonaws.com",
		"https://dynamodb.eu-west-1.amazonaws.com",
		"https://es.eu-west-1.amazonaws.com",
		"localhost:6379",
		strings.TrimSpace(os.Getenv("CACHE_ADDR")),
		sessionCache,
		reportsDB,
	}
}

// A connection string with a password, handed to a helper rather than to
// sql.Open: the password is in the code all the same.
const ledgerDSN = "postgres://ledger_app:Xk9mP2vLq7@ledger.cluster-abc123.eu-west-1.rds.amazonaws.com:5432/ledger" // want `a database password is written in the code \(a connection string\)`

func openLedger() string { return connect(ledgerDSN) }

func connect(dsn string) string { return dsn }

// Local and templated ones: silent.
var (
	localDSN    = "postgres://app:app@localhost:5432/app"
	templateDSN = "postgres://app:${DB_PASSWORD}@db:5432/app"
)

// Queries that set a password column take it as a bind variable: no
// connection string. Silent.
var (
	setPassword    = "SET password = :pw"
	updatePassword = "UPDATE users SET password = ? WHERE id = ?"
	kvNoHost       = "password=hunter2hunter2"
)
