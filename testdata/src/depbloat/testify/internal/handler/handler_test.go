package handler

import (
	"context"
	"testing"

	"github.com/golang/mock/gomock"
	"github.com/stretchr/testify/assert"

	"depbloat/testify/internal/testutil"
)

func TestHandle(t *testing.T) {
	ctrl := gomock.NewController(t)
	defer ctrl.Finish()
	id, err := Handle(context.Background(), testutil.SampleOrder())
	assert.Equal(t, "o-1", id)
	assert.Equal(t, nil, err)
}
