// Package orders is the shop's core order logic. It knows nothing about
// Lambda: the handlers translate events into these types, so the same code
// runs in a test, a CLI or a container.
package orders

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Item is one line of an order.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
	Cents    int64  `json:"cents"`
}

// NewOrder is what a customer submits.
type NewOrder struct {
	Customer string `json:"customer"`
	Items    []Item `json:"items"`
}

// Order is a stored order.
type Order struct {
	ID       string    `json:"id"`
	Customer string    `json:"customer"`
	Items    []Item    `json:"items"`
	Total    int64     `json:"total"`
	Created  time.Time `json:"created"`
}

// Store persists orders.
type Store interface {
	Put(ctx context.Context, o Order) error
	Get(ctx context.Context, id string) (Order, error)
}

// ErrInvalid is returned for orders that cannot be accepted.
var ErrInvalid = errors.New("invalid order")

// Service creates and reads orders.
type Service struct {
	store Store
	now   func() time.Time
	newID func() string
}

// NewService returns a Service over store.
func NewService(store Store) *Service {
	return &Service{
		store: store,
		now:   time.Now,
		newID: func() string { return fmt.Sprintf("o-%d", time.Now().UnixNano()) },
	}
}

// Create validates and stores a new order.
func (s *Service) Create(ctx context.Context, in NewOrder) (Order, error) {
	if in.Customer == "" {
		return Order{}, fmt.Errorf("%w: customer is required", ErrInvalid)
	}
	if len(in.Items) == 0 {
		return Order{}, fmt.Errorf("%w: no items", ErrInvalid)
	}
	var total int64
	for _, it := range in.Items {
		if it.Quantity <= 0 {
			return Order{}, fmt.Errorf("%w: quantity of %s must be positive", ErrInvalid, it.SKU)
		}
		total += int64(it.Quantity) * it.Cents
	}
	o := Order{ID: s.newID(), Customer: in.Customer, Items: in.Items, Total: total, Created: s.now().UTC()}
	if err := s.store.Put(ctx, o); err != nil {
		return Order{}, fmt.Errorf("storing order: %w", err)
	}
	return o, nil
}

// Get returns one order.
func (s *Service) Get(ctx context.Context, id string) (Order, error) {
	return s.store.Get(ctx, id)
}
