package grpc

type ClientConn struct{}
type DialOption interface{}

func Dial(target string, opts ...DialOption) (*ClientConn, error)      { return nil, nil }
func NewClient(target string, opts ...DialOption) (*ClientConn, error) { return nil, nil }
