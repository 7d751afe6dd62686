// want package:`closure\(\d+ packages, \d+ bytes; net/http/httptest via net/http/httptest\)`

// Package server starts an httptest server from non-test code.
package server

import (
	"net/http"
	"net/http/httptest"
)

// URL is a local test server's address.
var URL = httptest.NewServer(http.NotFoundHandler()).URL
