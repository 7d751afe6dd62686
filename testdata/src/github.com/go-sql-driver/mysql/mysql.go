// Package mysql is a stub of the go-sql-driver MySQL driver.
package mysql

type Config struct {
	User   string
	Passwd string
	Net    string
	Addr   string
	DBName string
}

func NewConfig() *Config            { return &Config{} }
func (c *Config) FormatDSN() string { return "" }
