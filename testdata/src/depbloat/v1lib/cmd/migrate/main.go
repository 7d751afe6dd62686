// want package:`via depbloat/v1lib/internal/store -> github.com/aws/aws-sdk-go/service/s3\)`

// A command-line tool of the same module, not a function: silent.
package main

import (
	"context"
	"log"

	"depbloat/v1lib/internal/store"
)

func main() {
	if err := store.New().Put(context.Background(), "k", nil); err != nil {
		log.Fatal(err)
	}
}
