package zipcheck

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/output"
	"github.com/lambdalint/lambdalint/rules"
)

// Analyzer is the analyzer name of every zipcheck finding and rule.
const Analyzer = "zipcheck"

// Options describe the function the package is deployed to, as in its
// configuration.
type Options struct {
	// Runtime is the runtime identifier (provided.al2023, python3.12,
	// nodejs22.x, java21, dotnet8, ruby3.3, …). Empty: provided.al2023 when
	// the package holds a bootstrap or gives no hint of another language;
	// otherwise runtime-specific checks are skipped.
	Runtime string
	// Arch is x86_64 (the default when empty) or arm64.
	Arch string
	// Handler is the function's handler setting. OS-only runtimes ignore
	// it: they run bootstrap.
	Handler string
	// Layers are the paths of the layer zips, in function order.
	Layers []string
	// Limits override the AWS limits; zero fields keep them.
	Limits config.Zip
	// Enabled, when set, says which rules to run; work needed only by
	// disabled rules (scanning for secrets, reading the bootstrap) is
	// skipped.
	Enabled func(rule string) bool
}

// Check checks the package at path (and its layers) and returns the
// findings, with the default severities of the catalogue and File set to
// the paths as given. The error is for input that cannot be checked: a
// missing or unreadable file, a directory, an empty, truncated or corrupt
// zip, a layer that is not a zip, an unknown runtime or architecture.
func Check(path string, opt Options) ([]output.Finding, error) {
	fs, err := check(path, opt)
	if err != nil {
		// Paths and entry names come from the user and the archive.
		return nil, errors.New(oneLine(err.Error()))
	}
	return fs, nil
}

func check(path string, opt Options) ([]output.Finding, error) {
	c, err := newChecker(opt)
	if err != nil {
		return nil, err
	}
	c.fn, err = openArchive(path, false)
	if err != nil {
		return nil, err
	}
	defer c.fn.close()
	for _, l := range opt.Layers {
		la, err := openArchive(l, true)
		if err != nil {
			return nil, err
		}
		defer la.close()
		c.layers = append(c.layers, la)
	}
	if err := c.run(); err != nil {
		return nil, err
	}
	return c.findings, nil
}

// checker holds one run.
type checker struct {
	opt    Options
	lim    limits
	arch   arch
	rt     *runtimeInfo // nil: unknown, runtime-specific checks skipped
	guess  bool         // rt was inferred, not given
	fn     *archive
	layers []*archive
	// fnIsLayer is set when the main zip is laid out as a layer (and no
	// handler says otherwise): it is then checked as one.
	fnIsLayer bool
	// entryMissing is set once the handler or bootstrap was reported
	// missing or nested: the layout checks that start from it stay quiet.
	entryMissing bool
	// executable is the entry run as bootstrap (or go1.x's handler), whose
	// permissions bootstrap-not-executable already covers.
	executable *entry
	// explained holds entries whose problem a finding of the entry point
	// already explains (a root jar holding the handler class, a broken
	// bootstrap symlink): the general checks skip them.
	explained map[*entry]bool

	// scans are the secret scans running in the background, by archive.
	scans map[*archive]*secretScan

	findings []output.Finding
}

func newChecker(opt Options) (*checker, error) {
	c := &checker{opt: opt, lim: limitsFrom(opt.Limits), explained: map[*entry]bool{}}
	var err error
	if c.arch, err = parseArch(opt.Arch); err != nil {
		return nil, err
	}
	if opt.Runtime != "" {
		if c.rt, err = parseRuntime(opt.Runtime); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// run performs the checks in the order a reader wants them: limits, the
// runtime's entry point, layout, then safety and hygiene.
func (c *checker) run() error {
	// The secret scan is the longest check of a large package, and needs
	// nothing of the others: it starts first.
	c.scans = map[*archive]*secretScan{}
	if c.on("secret") {
		for _, a := range c.all() {
			c.scans[a] = c.startSecrets(a)
		}
	}
	// Whatever happens, no read may outlive the run: the archives are
	// closed when it returns.
	defer func() {
		for _, sc := range c.scans {
			<-sc.done
		}
	}()
	c.fnIsLayer = c.opt.Handler == "" && looksLikeLayer(c.fn)
	c.fn.layer = c.fnIsLayer // extracted to /opt, its jars in java/lib
	if c.rt == nil && c.opt.Runtime == "" && !c.fnIsLayer {
		c.rt, c.guess = inferRuntime(c.fn)
	}
	c.checkSizes()
	if c.rt != nil {
		c.checkDeprecated()
	}
	steps := []func() error{c.checkEntryPoint, c.checkLayout, c.checkNative}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	for _, a := range c.all() {
		for _, step := range []func(*archive) error{c.checkHygiene, c.checkSymlinks, c.checkBomb, c.checkJunk, c.checkSecrets} {
			if err := step(a); err != nil {
				return err
			}
		}
	}
	return nil
}

// all returns the function package followed by its layers.
func (c *checker) all() []*archive {
	return append([]*archive{c.fn}, c.layers...)
}

func (c *checker) on(rule string) bool {
	return c.opt.Enabled == nil || c.opt.Enabled(rule)
}

// report adds a finding on an entry of a ("" for the whole archive).
func (c *checker) report(a *archive, rule, entry, format string, args ...any) *output.Finding {
	if !c.on(rule) {
		return &output.Finding{} // dropped; callers may still add Related
	}
	r, ok := rules.Lookup(rule)
	if !ok {
		panic("zipcheck: rule " + rule + " is not in the catalogue")
	}
	c.findings = append(c.findings, output.Finding{
		Analyzer: Analyzer,
		Rule:     rule,
		Severity: r.Severity,
		File:     a.path,
		Message:  oneLine(fmt.Sprintf(format, args...)),
		Entry:    oneLine(entry),
	})
	return &c.findings[len(c.findings)-1]
}

// oneLine escapes control characters, which entry names from a hostile
// zip may hold, so every message and error stays one line of plain text.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, `\x%02x`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// limits are the thresholds after configuration.
type limits struct {
	zipped, unzipped uint64
	layers           int
	ratio            uint64
	entries          int
}

// AWS limits (LAMBDA.md) and the zip-bomb defaults.
const (
	defaultMaxZipped   = 50 << 20  // direct upload
	defaultMaxUnzipped = 262144000 // function plus layers, as the API error says
	defaultMaxLayers   = 5
	// deflate cannot compress better than about 1032:1; 100:1 on a file
	// of a megabyte or more is already rare outside of crafted archives.
	defaultMaxRatio = 100
	// A large node_modules reaches tens of thousands of files.
	defaultMaxEntries = 100000
)

func limitsFrom(z config.Zip) limits {
	l := limits{defaultMaxZipped, defaultMaxUnzipped, defaultMaxLayers, defaultMaxRatio, defaultMaxEntries}
	if z.MaxZipped > 0 {
		l.zipped = uint64(z.MaxZipped)
	}
	if z.MaxUnzipped > 0 {
		l.unzipped = uint64(z.MaxUnzipped)
	}
	if z.MaxLayers > 0 {
		l.layers = z.MaxLayers
	}
	if z.MaxRatio > 0 {
		l.ratio = uint64(z.MaxRatio)
	}
	if z.MaxEntries > 0 {
		l.entries = z.MaxEntries
	}
	return l
}
