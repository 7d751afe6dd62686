// Command vetmod is the unit the depvet test vets: its dependencies, the
// standard library and two vendored modules, are the VetxOnly units
// whose vetx files are compared.
package main

import (
	"encoding/json"
	"net/http"
	"os"

	"example.com/adapter"
	"example.com/plain"
)

func main() {
	_ = json.NewEncoder(os.Stdout).Encode(plain.Config{Table: plain.Default()})
	_ = http.ListenAndServe(":8080", adapter.Wrap(http.NotFoundHandler()))
}
