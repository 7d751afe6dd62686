// Package main has look-alikes that are not handler registrations.
package main

import (
	"context"
	"net/http"
)

type lambda struct{}

func (lambda) Start(f any) {}

func handle(ctx context.Context) error { return nil }

func main() {
	var l lambda
	l.Start(handle)
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
}
