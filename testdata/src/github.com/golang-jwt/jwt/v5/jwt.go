// Package jwt is a stub of golang-jwt.
package jwt

type SigningMethod interface{ Alg() string }

type hmacMethod struct{}

func (hmacMethod) Alg() string { return "HS256" }

var SigningMethodHS256 SigningMethod = hmacMethod{}

type MapClaims map[string]any

type Token struct{ Claims MapClaims }

func NewWithClaims(m SigningMethod, c MapClaims) *Token { return &Token{Claims: c} }

func (t *Token) SignedString(key any) (string, error) { return "", nil }
