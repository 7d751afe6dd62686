package ddlambda

type Config struct{ DebugLogging bool }

func WrapFunction(handler interface{}, cfg *Config) interface{} { return handler }
