// Package binding is a stub of github.com/gin-gonic/gin/binding for tests.
package binding

import (
	"encoding/json"
	"net/http"

	"github.com/go-playground/validator/v10"
)

var validate = validator.New()

type Binding interface {
	Name() string
	Bind(*http.Request, any) error
}

type jsonBinding struct{}

func (jsonBinding) Name() string { return "json" }

func (jsonBinding) Bind(req *http.Request, obj any) error {
	if err := json.NewDecoder(req.Body).Decode(obj); err != nil {
		return err
	}
	return validate.Struct(obj)
}

var JSON Binding = jsonBinding{}
