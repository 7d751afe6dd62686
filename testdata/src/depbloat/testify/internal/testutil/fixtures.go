// want package:`closure\(3 packages, \d+ bytes; github.com/stretchr/testify/assert via github.com/stretchr/testify/assert; github.com/stretchr/testify/require via github.com/stretchr/testify/require\)`

// Package testutil holds test fixtures, but in a non-test file: whatever
// imports it links testify.
package testutil

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type Order struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
}

func SampleOrder() Order { return Order{ID: "o-1", Total: 42} }

func EqualOrders(t assert.TestingT, want, got Order) {
	require.NoError(t, nil)
	assert.Equal(t, want, got)
}
