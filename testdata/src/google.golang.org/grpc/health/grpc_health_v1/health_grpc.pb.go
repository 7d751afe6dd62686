// Package grpc_health_v1 is a generated gRPC client.
package grpc_health_v1

import "google.golang.org/grpc"

type HealthCheckRequest struct{ Service string }
type HealthCheckResponse struct{ Status int32 }

// HealthClient is the generated client interface.
type HealthClient interface {
	Check(ctx interface{}, in *HealthCheckRequest, opts ...grpc.CallOption) (*HealthCheckResponse, error)
}

type healthClient struct{ cc grpc.ClientConnInterface }

// NewHealthClient wraps a connection; it connects nothing.
func NewHealthClient(cc grpc.ClientConnInterface) HealthClient { return &healthClient{cc} }

func (c *healthClient) Check(ctx interface{}, in *HealthCheckRequest, opts ...grpc.CallOption) (*HealthCheckResponse, error) {
	return nil, nil
}
