// Package gin is a stub of github.com/gin-gonic/gin for tests.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin/binding"
)

type H map[string]any

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) JSON(code int, obj any)       {}
func (c *Context) Param(key string) string      { return "" }
func (c *Context) ShouldBindJSON(obj any) error { return binding.JSON.Bind(c.Request, obj) }

type HandlerFunc func(*Context)

type Engine struct{}

func Default() *Engine { return &Engine{} }
func New() *Engine     { return &Engine{} }

func (e *Engine) GET(path string, handlers ...HandlerFunc)  {}
func (e *Engine) POST(path string, handlers ...HandlerFunc) {}

func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
