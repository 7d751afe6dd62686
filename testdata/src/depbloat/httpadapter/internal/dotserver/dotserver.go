// want package:`closure\(\d+ packages, \d+ bytes; net/http/httptest via net/http/httptest\)`

// Package dotserver starts a test server through a dot import.
package dotserver

import (
	"net/http"
	. "net/http/httptest"
)

// URL is a local test server's address.
var URL = NewServer(http.NotFoundHandler()).URL
