// Package orders is the core logic, free of Lambda types.
package orders

import "errors"

// Item is one line of an order.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
	Cents    int64  `json:"cents"`
}

// Total sums the items of an order.
func Total(items []Item) (int64, error) {
	var sum int64
	for _, it := range items {
		if it.Quantity <= 0 {
			return 0, errors.New("quantity must be positive")
		}
		sum += int64(it.Quantity) * it.Cents
	}
	return sum, nil
}
