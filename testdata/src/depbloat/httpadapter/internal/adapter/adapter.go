// want package:`closure\(\d+ packages, \d+ bytes\)`

// Package adapter serves requests through httptest's recorder.
package adapter

import (
	"net/http"
	"net/http/httptest"
)

// Serve runs h for r and returns the recorded response.
func Serve(h http.Handler, r *http.Request) *http.Response {
	var rec *httptest.ResponseRecorder = httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec.Result()
}
