// want package:`; testing via testing\)`

// Package dbtest is a library of test helpers in non-test files; no
// function links it, so it is not reported.
package dbtest

import (
	"database/sql"
	"testing"
)

func Open(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", "")
	if err != nil {
		t.Fatal(err)
	}
	return db
}
