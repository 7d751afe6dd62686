package orders_test

import (
	"net/http/httptest"
	"testing"

	"depbloat/clean/internal/orders"
)

func TestService(t *testing.T) {
	_ = httptest.NewRecorder()
	_ = orders.Service{}
}
