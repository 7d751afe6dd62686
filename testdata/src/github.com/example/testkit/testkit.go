// Package testkit is a third-party library that imports testify from
// non-test code, for tests: its users cannot move that import.
package testkit

import "github.com/stretchr/testify/assert"

type Checker struct{ t assert.TestingT }

func Equal(t assert.TestingT, a, b any) bool { return assert.Equal(t, a, b) }

func Retry(n int, f func() error) error {
	var err error
	for i := 0; i < n; i++ {
		if err = f(); err == nil {
			return nil
		}
	}
	return err
}
