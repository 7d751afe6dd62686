package main

import (
	"context"
	"fmt"
	"io"
	"strings"
)

type StreamingResponse struct {
	StatusCode int
	Body       io.Reader
}

// stream writes the body as it is produced (aws-lambda-go's response
// streaming): the runtime reads the pipe to its end before the invocation
// ends, so the writer goroutine is awaited. Silent.
func stream(ctx context.Context, e Event) (*StreamingResponse, error) {
	r, w := io.Pipe()
	go func() {
		defer w.Close()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "%s %d\n", e.ID, i)
		}
	}()
	return &StreamingResponse{StatusCode: 200, Body: r}, nil
}

// futures gives each goroutine its own result channel and receives from
// every one: silent.
func futures(ctx context.Context, e Event) (int, error) {
	ids := strings.Split(e.ID, ",")
	out := make([]chan int, len(ids))
	for i, id := range ids {
		out[i] = make(chan int, 1)
		go func() { out[i] <- len(id) }()
	}
	total := 0
	for _, f := range out {
		total += <-f
	}
	return total, nil
}
