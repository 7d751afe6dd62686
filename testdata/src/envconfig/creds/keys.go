package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"

	"github.com/go-sql-driver/mysql"
	"github.com/golang-jwt/jwt/v5"
)

const signingSecret = "webhook-signing-secret-2024"

// Keys held in package variables, as []byte conversions of literals.
var (
	jwtKey    = []byte("c2VjcmV0LXNpZ25pbmcta2V5LTEyMzQ1")
	macKey    = []byte(signingSecret)
	envKey    = []byte(os.Getenv("JWT_KEY"))
	rotated   = []byte("initial-key-rotated-at-start")
	shortSalt = []byte("salt")
	filledKey = []byte("placeholder-filled-at-start")
)

func init() {
	if k := os.Getenv("ROTATED_KEY"); k != "" {
		rotated = []byte(k) // assigned twice: not followed
	}
	copy(filledKey, os.Getenv("FILLED_KEY")) // filled in place: not followed
}

func signVars(body []byte) []byte {
	m := hmac.New(sha256.New, macKey) // want `a signing key is written in the code \(hmac.New \(constant signingSecret at keys.go:\d+\)\)`
	m.Write(body)
	e := hmac.New(sha256.New, envKey)
	e.Write(body)
	r := hmac.New(sha256.New, rotated)
	r.Write(body)
	f := hmac.New(sha256.New, filledKey)
	f.Write(body)
	s := hmac.New(sha256.New, shortSalt)
	return append(append(m.Sum(nil), e.Sum(nil)...), append(r.Sum(nil), s.Sum(nil)...)...)
}

func tokenVar() (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "fn"})
	return t.SignedString(jwtKey) // want `a signing key is written in the code \(jwt SignedString \(variable jwtKey at keys.go:\d+\)\)`
}

func sign(body []byte) []byte {
	m := hmac.New(sha256.New, []byte("my-hmac-secret-key")) // want `a signing key is written in the code \(hmac.New\): anyone with the source or the binary can sign as the function`
	m.Write(body)
	n := hmac.New(sha256.New, []byte(signingSecret)) // want `a signing key is written in the code \(hmac.New \(constant signingSecret at keys.go:\d+\)\)`
	n.Write(body)
	k := hmac.New(sha256.New, []byte(os.Getenv("SIGNING_KEY")))
	k.Write(body)
	short := hmac.New(sha256.New, []byte("key"))
	return append(m.Sum(nil), short.Sum(nil)...)
}

func token() (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "fn"})
	return t.SignedString([]byte("jwt-signing-secret-value")) // want `a signing key is written in the code \(jwt SignedString\)`
}

func mysqlDSN() string {
	cfg := mysql.Config{User: "app", Passwd: "hunter2-prod", Net: "tcp", Addr: "db.internal:3306", DBName: "orders"} // want `a database password is written in the code \(the Passwd field of mysql options\)`
	return cfg.FormatDSN()
}
