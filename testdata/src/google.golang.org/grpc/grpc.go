package grpc

type ClientConn struct{}
type DialOption interface{}

func Dial(target string, opts ...DialOption) (*ClientConn, error)      { return nil, nil }
func NewClient(target string, opts ...DialOption) (*ClientConn, error) { return nil, nil }

// ClientConnInterface is what generated clients take.
type ClientConnInterface interface {
	Invoke(ctx interface{}, method string, args, reply interface{}, opts ...CallOption) error
}

type CallOption interface{}

func (cc *ClientConn) Invoke(ctx interface{}, method string, args, reply interface{}, opts ...CallOption) error {
	return nil
}
