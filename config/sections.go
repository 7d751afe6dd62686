package config

// Sections of the analyzers that take settings. Each analyzer reads its own
// section; a zero field means "the default", which the analyzer documents.

// Handlercore holds the thresholds above which a handler does too much.
type Handlercore struct {
	MaxStatements int `toml:"max-statements"`
	MaxComplexity int `toml:"max-complexity"`
	MaxSDKCalls   int `toml:"max-sdk-calls"`
}

// Depbloat holds the thresholds of a function binary's dependency closure.
type Depbloat struct {
	// MaxPackages bounds the packages of the closure, the standard
	// library included (default 600).
	MaxPackages int `toml:"max-packages"`
	// MaxSourceBytes bounds the Go source size of the closure, the
	// estimate of the code it links (default 48 MiB, 50331648).
	MaxSourceBytes int64 `toml:"max-source-bytes"`
	// Allow lists import paths (a trailing /... matches below) that are
	// never reported as test or debug packages.
	Allow []string `toml:"allow"`
}

// Envconfig tunes the configuration-from-environment rules.
type Envconfig struct {
	// ResourceFields are extra SDK input field names that hold resource
	// identifiers.
	ResourceFields []string `toml:"resource-fields"`
}

// Zip holds the deployment package limits; zero means the AWS limit.
type Zip struct {
	MaxZipped   int64 `toml:"max-zipped"`
	MaxUnzipped int64 `toml:"max-unzipped"`
	MaxLayers   int   `toml:"max-layers"`
	// MaxRatio is the compression ratio above which an entry is a bomb.
	MaxRatio int `toml:"max-ratio"`
	// MaxEntries is the entry count above which an archive is a bomb.
	MaxEntries int `toml:"max-entries"`
}
