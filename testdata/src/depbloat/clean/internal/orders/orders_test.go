package orders

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArchive(t *testing.T) { assert.Equal(t, 1, 1) }
