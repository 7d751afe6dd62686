// Package config reads lambdalint.toml. The file is found by walking up from
// a directory to the module root (the directory holding go.mod), so the
// analyzers find the same file from a package's directory under every driver
// (standalone, go vet, golangci-lint, nogo) and give the same findings.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/BurntSushi/toml"

	"github.com/lambdalint/lambdalint/rules"
)

// FileName is the name looked for.
const FileName = "lambdalint.toml"

// Config is the whole configuration. Every field has a working zero value;
// defaults are applied by the accessors, so an empty file means "defaults".
type Config struct {
	// Enable and Disable list analyzers or rule ids. Disable wins.
	Enable  []string `toml:"enable"`
	Disable []string `toml:"disable"`
	// FailOn is the lowest severity that makes the run exit 1 ("info" by
	// default: every finding fails).
	FailOn string `toml:"fail-on"`
	// Exclude holds slash-separated glob patterns (with ** for any number
	// of directories) of files, relative to the config file's directory,
	// whose findings are dropped.
	Exclude []string `toml:"exclude"`
	// Rules tunes single rules: [rules.<id>].
	Rules map[string]RuleConfig `toml:"rules"`

	Handlers    Handlers    `toml:"handlers"`
	Clients     Clients     `toml:"clients"`
	Handlercore Handlercore `toml:"handlercore"`
	Depbloat    Depbloat    `toml:"depbloat"`
	Envconfig   Envconfig   `toml:"envconfig"`
	Zip         Zip         `toml:"zip"`

	// Dir is the directory of the file (where relative excludes start); empty
	// for the defaults.
	Dir string `toml:"-"`
	// File is the path of the file, for messages.
	File string `toml:"-"`
}

// RuleConfig tunes one rule.
type RuleConfig struct {
	Severity string   `toml:"severity"`
	Disabled *bool    `toml:"disabled"`
	Exclude  []string `toml:"exclude"`
}

// Handlers adds handlers beyond the aws-lambda-go entry points.
type Handlers struct {
	// Functions are handler functions by qualified name:
	// "example.com/fn/internal/orders.Handle" or
	// "example.com/fn/internal/orders.(*Server).Handle".
	Functions []string `toml:"functions"`
	// EntryPoints are functions that take a handler, like lambda.Start:
	// "example.com/kit/lambdakit.Run". Every function-typed argument of a
	// call to one is a handler.
	EntryPoints []string `toml:"entry-points"`
}

// Clients extends what counts as a client that must be built once.
type Clients struct {
	// Constructors are functions by qualified name whose result must be
	// built once per execution environment.
	Constructors []string `toml:"constructors"`
	// Packages are import paths (a trailing /... matches below) whose
	// constructors (New*, Open*, Connect*, Dial*) return clients.
	Packages []string `toml:"packages"`
}

// Default is the configuration used when no file is found.
func Default() *Config { return &Config{} }

// Load reads and validates one file.
func Load(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("config: %v", err)
	}
	return Parse(file, data)
}

// Parse decodes data read from file and validates it: unknown keys, unknown
// rule ids and bad values are errors naming the file, the line and the
// nearest valid name.
func Parse(file string, data []byte) (*Config, error) {
	cfg := &Config{File: file, Dir: filepath.Dir(file)}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(cfg)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, fmt.Errorf("%s:%d: %s", file, perr.Position.Line, perr.Message)
		}
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	for _, k := range md.Undecoded() {
		// [rules.<id>] tables decode into a map, so their unknown
		// keys show up here too.
		return nil, fmt.Errorf("%s:%d: unknown key %q%s", file, lineOf(data, k[len(k)-1]), k.String(), suggest(k[len(k)-1], knownKeys(k[:len(k)-1])))
	}
	if err := cfg.validate(data); err != nil {
		return nil, err
	}
	return cfg, nil
}

func (c *Config) validate(data []byte) error {
	at := func(key string) string { return fmt.Sprintf("%s:%d", c.File, lineOf(data, key)) }
	names := rules.IDs()
	checkNames := func(field string, list []string) error {
		for _, n := range list {
			if !Known(n) {
				return fmt.Errorf("%s: %s: unknown analyzer or rule %q%s", at(n), field, n, suggest(n, names))
			}
		}
		return nil
	}
	if err := checkNames("enable", c.Enable); err != nil {
		return err
	}
	if err := checkNames("disable", c.Disable); err != nil {
		return err
	}
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, ok := rules.Lookup(id); !ok {
			return fmt.Errorf("%s: unknown rule %q%s", at(id), id, suggest(id, names))
		}
		if s := c.Rules[id].Severity; s != "" {
			if _, err := rules.ParseSeverity(s); err != nil {
				return fmt.Errorf("%s: rules.%s: %v", at(id), id, err)
			}
		}
		for _, p := range c.Rules[id].Exclude {
			if _, err := globRegexp(p); err != nil {
				return fmt.Errorf("%s: rules.%s: bad exclude pattern %q: %v", at(p), id, p, err)
			}
		}
	}
	if c.FailOn != "" {
		if _, err := rules.ParseSeverity(c.FailOn); err != nil {
			return fmt.Errorf("%s: fail-on: %v", at("fail-on"), err)
		}
	}
	for _, p := range c.Exclude {
		if _, err := globRegexp(p); err != nil {
			return fmt.Errorf("%s: bad exclude pattern %q: %v", at(p), p, err)
		}
	}
	return nil
}

// Known reports whether name is an analyzer or a rule id.
func Known(name string) bool {
	if _, ok := rules.Lookup(name); ok {
		return true
	}
	for _, a := range rules.Analyzers() {
		if a == name {
			return true
		}
	}
	return false
}

func suggest(s string, names []string) string {
	if n := rules.Nearest(s, names); n != "" {
		return fmt.Sprintf("; did you mean %q?", n)
	}
	return ""
}

// lineOf finds the first line that mentions s as a key, a table name or a
// quoted value; the TOML decoder keeps no positions for keys.
func lineOf(data []byte, s string) int {
	re := regexp.MustCompile(`(^|[\s\[."'])` + regexp.QuoteMeta(s) + `($|[\s\].="'])`)
	for i, line := range strings.Split(string(data), "\n") {
		if j := strings.IndexByte(line, '#'); j >= 0 && !strings.ContainsAny(line[:j], `"'`) {
			line = line[:j]
		}
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 1
}

// knownKeys lists the valid keys of the table at prefix, from the toml tags
// of the structs, for "did you mean".
func knownKeys(prefix []string) []string {
	t := tagsOf(Config{})
	for i, p := range prefix {
		if p == "rules" {
			if i+1 < len(prefix) {
				// a key inside [rules.<id>]
				return tagsOf(RuleConfig{}).names
			}
			return rules.IDs()
		}
		sub, ok := t.sub[p]
		if !ok {
			if t.isRuleTable {
				// [rules.<id>] keys
				return tagsOf(RuleConfig{}).names
			}
			return t.names
		}
		t = sub
	}
	return t.names
}

// The cache and the override are read by every analyzer on every package,
// from as many goroutines as the driver runs actions: reads take no lock,
// so they never queue behind one another.
var (
	// cache maps a directory to its cached configuration.
	cache sync.Map
	// override, when set, is used instead of any file: the driver's
	// -config flag and golangci-lint's settings set it.
	override atomic.Pointer[Config]
)

type cached struct {
	cfg *Config
	err error
}

// SetOverride makes every later lookup return cfg. Drivers call it once
// before analysis starts.
func SetOverride(cfg *Config) { override.Store(cfg) }

// ForDir returns the configuration that applies to a package in dir: the
// override if set, else the nearest lambdalint.toml at or above dir, up to
// the module root, else the defaults. Results are cached per directory.
func ForDir(dir string) (*Config, error) {
	if o := override.Load(); o != nil {
		return o, nil
	}
	if c, ok := cache.Load(dir); ok {
		return c.(cached).cfg, c.(cached).err
	}
	file := Find(dir)
	var c cached
	if file == "" {
		c.cfg = Default()
	} else {
		c.cfg, c.err = Load(file)
	}
	// Two goroutines may both miss and load the same file; the first
	// stored wins so every caller sees one *Config.
	got, _ := cache.LoadOrStore(dir, c)
	return got.(cached).cfg, got.(cached).err
}

// Find walks up from dir to the module root and returns the path of the
// first lambdalint.toml, or "".
func Find(dir string) string {
	dir, _ = filepath.Abs(dir)
	for {
		f := filepath.Join(dir, FileName)
		if st, err := os.Stat(f); err == nil && !st.IsDir() {
			return f
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Enabled reports whether a rule of an analyzer is on.
func (c *Config) Enabled(analyzer, rule string) bool {
	if rc, ok := c.Rules[rule]; ok && rc.Disabled != nil {
		return !*rc.Disabled
	}
	if contains(c.Disable, rule) {
		return false
	}
	if contains(c.Enable, rule) {
		return true
	}
	if contains(c.Disable, analyzer) {
		return false
	}
	r, ok := rules.Lookup(rule)
	if ok && r.Off {
		return false
	}
	return true
}

// Severity returns the severity of a rule after configuration.
func (c *Config) Severity(rule string) rules.Severity {
	if rc, ok := c.Rules[rule]; ok && rc.Severity != "" {
		s, _ := rules.ParseSeverity(rc.Severity)
		return s
	}
	r, _ := rules.Lookup(rule)
	if r.Severity == "" {
		return rules.Warning
	}
	return r.Severity
}

// FailSeverity is the lowest severity that fails a run.
func (c *Config) FailSeverity() rules.Severity {
	if s, err := rules.ParseSeverity(c.FailOn); err == nil {
		return s
	}
	return rules.Info
}

// Excluded reports whether findings of rule in file are dropped by a
// top-level or per-rule exclude.
func (c *Config) Excluded(rule, file string) bool {
	rel := file
	if c.Dir != "" {
		if r, err := filepath.Rel(c.Dir, file); err == nil {
			rel = r
		}
	}
	rel = filepath.ToSlash(rel)
	pats := c.Exclude
	if rc, ok := c.Rules[rule]; ok {
		pats = append(pats[:len(pats):len(pats)], rc.Exclude...)
	}
	for _, p := range pats {
		if re, err := globRegexp(p); err == nil && re.MatchString(rel) {
			return true
		}
	}
	return false
}

// globRegexp compiles a glob where * and ? stay within a path element and
// ** spans elements; a pattern naming a directory matches all below it.
func globRegexp(p string) (*regexp.Regexp, error) {
	p = path.Clean(strings.TrimPrefix(filepath.ToSlash(p), "./"))
	if _, err := path.Match(strings.ReplaceAll(p, "**", "*"), ""); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '*':
			if i+1 < len(p) && p[i+1] == '*' {
				b.WriteString(".*")
				i++
				if i+1 < len(p) && p[i+1] == '/' {
					i++
					b.WriteString("/?")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("(/.*)?$")
	return regexp.Compile(b.String())
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
