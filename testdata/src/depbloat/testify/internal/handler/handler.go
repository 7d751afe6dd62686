// want package:`assert via depbloat/testify/internal/testutil -> github.com/stretchr/testify/assert;`

package handler

import (
	"context"
	"errors"

	"depbloat/testify/internal/testutil"
)

// Handle validates an order; it uses the fixture type from testutil.
func Handle(ctx context.Context, o testutil.Order) (string, error) {
	if o.ID == "" {
		return "", errors.New("missing id")
	}
	return o.ID, nil
}
