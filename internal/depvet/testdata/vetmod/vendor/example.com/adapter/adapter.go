// Package adapter runs an http.Handler for an event through
// httptest.ResponseRecorder, as Lambda HTTP adapters do: the depbloat
// closure fact reads the bodies to tell this from a test server.
package adapter

import (
	"net/http"
	"net/http/httptest"
)

// Wrap records the handler's response and replays it.
func Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	})
}
