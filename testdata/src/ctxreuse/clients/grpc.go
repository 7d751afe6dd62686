package main

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health/grpc_health_v1"
)

// The connection is made once; the generated client only wraps it, as
// s3.NewPresignClient wraps an s3 client: silent.
var inventoryConn, _ = grpc.NewClient("dns:///inventory:443")

func checkInventory(ctx context.Context) error {
	_, err := grpc_health_v1.NewHealthClient(inventoryConn).Check(ctx, &grpc_health_v1.HealthCheckRequest{})
	return err
}

// Dialling per invocation is the cost: reported once, at the connection.
func checkPerCall(ctx context.Context) error {
	conn, err := grpc.NewClient("dns:///inventory:443") // want `grpc.NewClient creates a client on every invocation`
	if err != nil {
		return err
	}
	_, err = grpc_health_v1.NewHealthClient(conn).Check(ctx, &grpc_health_v1.HealthCheckRequest{})
	return err
}
