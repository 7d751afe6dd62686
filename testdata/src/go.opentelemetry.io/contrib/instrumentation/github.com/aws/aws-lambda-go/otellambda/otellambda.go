package otellambda

type Option interface{}

func InstrumentHandler(handlerFunc interface{}, options ...Option) interface{} { return handlerFunc }
