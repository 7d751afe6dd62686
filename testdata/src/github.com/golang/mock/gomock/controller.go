// Package gomock is a stub of github.com/golang/mock/gomock for tests.
package gomock

type TestReporter interface {
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

type Controller struct{ T TestReporter }

func NewController(t TestReporter) *Controller { return &Controller{T: t} }

func (c *Controller) Finish() {}
