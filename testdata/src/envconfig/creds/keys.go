package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"

	"github.com/go-sql-driver/mysql"
	"github.com/golang-jwt/jwt/v5"
)

const signingSecret = "webhook-signing-secret-2024"

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
