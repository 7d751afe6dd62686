package credentials

type Credentials struct{}

func NewStaticCredentials(id, secret, token string) *Credentials { return nil }
func NewEnvCredentials() *Credentials                            { return nil }
