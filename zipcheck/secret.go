package zipcheck

import (
	"bufio"
	"bytes"
	"path"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// Bounds of the secret scan: the first bytes of small text files, within a
// byte budget, so a package of 30,000 JavaScript files stays fast.
const (
	secretPrefix  = 256 << 10 // bytes read from the start of a file
	maxSecretFile = 1 << 20   // larger text files are data, not configuration
	secretBudget  = 64 << 20  // bytes read per archive
)

// checkSecrets reports credentials shipped in the package: anyone who can
// read the package (everyone with lambda:GetFunction, every CI log) gets
// them, and they outlive any rotation of the function's configuration. The
// secret itself is never printed, only its kind and the entry.
func (c *checker) checkSecrets(a *archive) error {
	sc := c.scans[a]
	if sc == nil {
		return nil
	}
	<-sc.done
	if sc.err != nil {
		return sc.err
	}
	out := &capped{c: c, a: a, rule: "secret"}
	for _, j := range sc.jobs {
		if j.err != nil {
			return j.err
		}
		if j.kind != "" {
			out.add(j.e.raw, "%s holds %s: anyone who gets the package can use it; remove it, rotate it, and read it at init from Secrets Manager or Parameter Store (or use the execution role)", j.e.name(), j.kind)
		}
	}
	out.flush("hold secrets")
	return nil
}

// secretScan is the secret scan of one archive, started before the other
// checks: decompressing the text files is most of the cost of checking a
// large package, and the directory checks leave a core idle meanwhile.
type secretScan struct {
	jobs []secretJob
	err  error
	done chan struct{}
}

// startSecrets starts the scan of one archive in the background: it
// chooses the files to scan, in entry order within the budget, and reads
// them (the reads are independent: the archive is read with ReadAt).
// Choosing walks every entry, so it runs in the background too. The
// caller waits on done before the archive is closed.
func (c *checker) startSecrets(a *archive) *secretScan {
	sc := &secretScan{done: make(chan struct{})}
	go func() {
		defer close(sc.done)
		sc.jobs, sc.err = secretJobs(a)
		if sc.err == nil {
			scanParallel(a, sc.jobs)
		}
	}()
	return sc
}

// secretJobs chooses the files of a to scan.
func secretJobs(a *archive) ([]secretJob, error) {
	deps, err := pythonDependencies(a)
	if err != nil {
		return nil, err
	}
	// Room for every entry, allocated once: growing the slice would
	// leave a trail of copies, and the pages of the room not filled are
	// never touched.
	jobs := make([]secretJob, 0, len(a.entries))
	budget := uint64(secretBudget)
	for _, e := range a.entries {
		if !e.isFile() || e.unreadable || e.size == 0 {
			continue
		}
		// Names first: they rule out most entries (assets, binaries) for
		// less than the dependency test costs.
		named := secretFileKind(e.name())
		if named == "" && (!isTextFile(e.base()) || e.size > maxSecretFile) || isThirdParty(e.name(), deps) {
			continue
		}
		if named == keyStore {
			jobs = append(jobs, secretJob{e: e, kind: "a " + keyStore})
			continue
		}
		n := min(e.size, secretPrefix)
		if n > budget {
			break
		}
		budget -= n
		jobs = append(jobs, secretJob{e: e, named: named, read: true})
	}
	return jobs, nil
}

// secretJob is one file to scan and its outcome.
type secretJob struct {
	e     *entry
	named string // kind by file name, from secretFileKind
	read  bool   // the content must be read
	kind  string // the secret found, "" for none
	err   error
}

// scanParallel reads and scans the jobs on up to one goroutine a CPU (one
// for every 16 files, so a small package does not pay for goroutines),
// each with a buffer as large as the largest read.
func scanParallel(a *archive, jobs []secretJob) {
	var bufSize uint64
	for _, j := range jobs {
		if j.read {
			bufSize = max(bufSize, min(j.e.size, secretPrefix))
		}
	}
	// The workers take the jobs in runs of batch, each run's files read
	// at once when they lie together (readWindow).
	const batch = 16
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 8, (len(jobs)+batch-1)/batch) {
		wg.Go(func() {
			buf := make([]byte, bufSize)
			var r entryReader
			var run []*entry
			for {
				first := int(next.Add(batch) - batch)
				if first >= len(jobs) {
					return
				}
				js := jobs[first:min(first+batch, len(jobs))]
				run = run[:0]
				for _, j := range js {
					if j.read {
						run = append(run, j.e)
					}
				}
				r.win = a.readWindow(run, r.win.b)
				for i := range js {
					j := &js[i]
					if !j.read {
						continue
					}
					data, err := a.readPrefixInto(j.e, buf, &r)
					if err != nil {
						j.err = err
						continue
					}
					j.kind = findSecret(j.named, data)
				}
			}
		})
	}
	wg.Wait()
}

// secretFileKind names files that hold credentials by their name (their
// content is still checked, so an empty template does not count).
func secretFileKind(name string) string {
	b := path.Base(name)
	switch {
	case b == ".env" || strings.HasPrefix(b, ".env.") && !isEnvTemplate(b):
		return "env"
	case b == "credentials":
		return "credentials" // ~/.aws/credentials, copied or zipped from home

	case b == ".npmrc", b == ".pypirc", b == ".netrc", b == "_netrc", b == ".git-credentials", b == ".dockercfg":
		return b
	case b == "config.json" && strings.HasSuffix(name, ".docker/config.json"):
		return ".dockercfg"
	case b == "id_rsa" || b == "id_dsa" || b == "id_ecdsa" || b == "id_ed25519":
		return "ssh key"
	case strings.HasSuffix(b, ".p12") || strings.HasSuffix(b, ".pfx"):
		return keyStore
	}
	return ""
}

// keyStore is a binary file of keys, reported by its name alone.
const keyStore = "PKCS#12 key store"

func isEnvTemplate(b string) bool {
	for _, s := range []string{"example", "sample", "template", "dist", "defaults", "schema"} {
		if strings.HasSuffix(b, "."+s) {
			return true
		}
	}
	return false
}

// textExts are files where people paste keys: code and configuration.
var textExts = set(".py", ".js", ".mjs", ".cjs", ".ts", ".json", ".yaml", ".yml", ".toml",
	".ini", ".cfg", ".conf", ".config", ".properties", ".env", ".txt", ".sh", ".bash",
	".rb", ".xml", ".tf", ".tfvars", ".php", ".go", ".java", ".cs", ".pem", ".key")

func isTextFile(base string) bool {
	return textExts[strings.ToLower(path.Ext(base))]
}

var (
	privateKeyMarker = []byte("PRIVATE KEY-----")
	awsSecretRe      = lazyRegexp(`(?i)aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?:[^A-Za-z0-9/+]|$)`)
	// tokenRes are gated by a cheap test that every match passes: the
	// expressions are linear but slow next to one bytes.Index pass, and
	// running them on every file that has a "gh" (in every "weight")
	// doubled the time of checking a large package.
	tokenRes = []struct {
		gate func([]byte) bool
		re   func() *regexp.Regexp
		kind string
	}{
		{func(d []byte) bool {
			return beforeSep(d, "gh", "pousr", '_') || beforeSep(d, "github", "", '_') && bytes.Contains(d, []byte("github_pat_"))
		},
			lazyRegexp(`\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b`), "a GitHub token"},
		{func(d []byte) bool { return beforeSep(d, "xox", "abposr", '-') },
			lazyRegexp(`\bxox[abposr]-[A-Za-z0-9-]{10,}`), "a Slack token"},
		{func(d []byte) bool { return beforeSep(d, "sk", "", '_') && bytes.Contains(d, []byte("sk_live_")) },
			lazyRegexp(`\bsk_live_[0-9A-Za-z]{24,}`), "a Stripe live secret key"},
		{func(d []byte) bool { return bytes.Contains(d, []byte("AIza")) },
			lazyRegexp(`\bAIza[0-9A-Za-z_\-]{35}\b`), "a Google API key"},
	}
	// envSecretKey matches .env keys that name a secret (AUTH_DOMAIN or
	// KEY_PREFIX do not).
	envSecretKey = lazyRegexp(`(?i)(secret|passw|pwd|token|api_?key|private_?key|credential|access_?key|signing_?key|_key$|^key$)`)
	// urlPassword matches a URL carrying a password (a DATABASE_URL).
	urlPassword = lazyRegexp(`[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]{3,}@`)
)

// lazyRegexp compiles expr on first use. The package's expressions are
// not compiled at init: the lambdalint binary is also the go vet tool,
// started once per package, which never checks a zip.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// findSecret returns the kind of secret in data ("" for none). Cheap
// literal searches gate the regular expressions.
func findSecret(named string, data []byte) string {
	switch named {
	case "env":
		if keys := envSecrets(data); keys != "" {
			return "secret values (" + keys + ")"
		}
	case "credentials":
		if bytes.Contains(bytes.ToLower(data), []byte("aws_secret_access_key")) {
			return "AWS credentials"
		}
	case ".npmrc":
		if bytes.Contains(data, []byte("_authToken")) || bytes.Contains(data, []byte("_auth=")) || bytes.Contains(data, []byte("_password")) {
			return "an npm registry token"
		}
	case ".pypirc", ".netrc", "_netrc":
		if bytes.Contains(data, []byte("password")) {
			return "a password"
		}
	case ".git-credentials":
		if bytes.Contains(data, []byte("@")) {
			return "git credentials"
		}
	case ".dockercfg":
		if bytes.Contains(data, []byte(`"auth"`)) {
			return "Docker registry credentials"
		}
	}
	if bytes.Contains(data, privateKeyMarker) && bytes.Contains(data, []byte("-----BEGIN ")) {
		return "a private key"
	}
	if hasAccessKeyID(data, true) {
		return "an AWS access key id"
	}
	if bytes.Contains(data, []byte("ecret")) || bytes.Contains(data, []byte("ECRET")) {
		for _, m := range awsSecretRe().FindAll(data, 16) {
			if !bytes.Contains(m, []byte("EXAMPLEKEY")) {
				return "an AWS secret access key"
			}
		}
	}
	for _, t := range tokenRes {
		if t.gate(data) && t.re().Match(data) {
			return t.kind
		}
	}
	return ""
}

// beforeSep reports an occurrence of prefix, then one byte of oneOf
// (none when oneOf is empty), then sep: gh, one of pousr, then _. It
// looks for sep, the rarest byte of the three in text, and checks what
// precedes it: one IndexByte pass, where searching for the prefix
// stopped at every "gh" of every "weight".
func beforeSep(data []byte, prefix, oneOf string, sep byte) bool {
	n := len(prefix)
	if oneOf != "" {
		n++
	}
	for i := n; i < len(data); i++ {
		j := bytes.IndexByte(data[i:], sep)
		if j < 0 {
			return false
		}
		i += j
		if oneOf != "" && strings.IndexByte(oneOf, data[i-1]) < 0 {
			continue
		}
		if string(data[i-n:i-n+len(prefix)]) == prefix {
			return true
		}
	}
	return false
}

// envSecrets lists the keys of a .env file whose names say secret and
// whose values are set (not empty, not a placeholder).
func envSecrets(data []byte) string {
	var keys []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), len(data)+1)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		k, v = strings.TrimSpace(k), strings.Trim(strings.TrimSpace(v), `"'`)
		if placeholder(v) || !envSecretKey().MatchString(k) && !urlPassword().MatchString(v) {
			continue
		}
		if len(keys) < 3 {
			keys = append(keys, k)
		} else if len(keys) == 3 {
			keys = append(keys, "…")
		}
	}
	return strings.Join(keys, ", ")
}

func placeholder(v string) bool {
	l := strings.ToLower(v)
	return len(v) < 4 || strings.HasPrefix(v, "${") || strings.HasPrefix(v, "<") ||
		strings.Contains(l, "changeme") || strings.Contains(l, "xxxx") || strings.Contains(l, "your") ||
		strings.HasPrefix(l, "example") || strings.HasPrefix(l, "dummy")
}

// isThirdParty reports files of dependencies, whose test keys and example
// tokens are not the function's secrets (and would drown real findings).
func isThirdParty(name string, pyDeps map[string]bool) bool {
	if inDependencies(name) || strings.Contains(name, ".dist-info/") || strings.Contains(name, ".egg-info/") {
		return true
	}
	for _, d := range []string{"python/", "nodejs/", "ruby/", "java/", "bower_components/", "jspm_packages/"} {
		if strings.HasPrefix(name, d) {
			return true
		}
	}
	return pyDeps[topDir(name)]
}

// maxTopLevelReads bounds the top_level.txt files read per archive.
const maxTopLevelReads = 1000

// pythonDependencies returns the top-level folders of Python distributions
// installed at the root (pip install -t puts requests/ beside
// requests-2.32.3.dist-info/): their names come from each distribution's
// top_level.txt, or from its folder name. The secret scan and the junk
// check ask for them concurrently; they are computed once.
func pythonDependencies(a *archive) (map[string]bool, error) {
	a.pyOnce.Do(func() { a.pyDeps, a.pyErr = readPythonDependencies(a) })
	return a.pyDeps, a.pyErr
}

func readPythonDependencies(a *archive) (map[string]bool, error) {
	deps := map[string]bool{}
	reads := 0
	for _, e := range a.entries {
		if !strings.Contains(e.name(), ".dist-info/") && !strings.Contains(e.name(), ".egg-info/") {
			continue // most entries: no need for path.Dir's allocation
		}
		dir := path.Dir(e.name())
		if e.dir || strings.Contains(dir, "/") || !(strings.HasSuffix(dir, ".dist-info") || strings.HasSuffix(dir, ".egg-info")) {
			continue
		}
		if name, _, ok := strings.Cut(dir, "-"); ok {
			deps[name] = true
			deps[strings.ToLower(strings.ReplaceAll(name, "-", "_"))] = true
		}
		if path.Base(e.name()) != "top_level.txt" || e.unreadable || reads >= maxTopLevelReads {
			continue
		}
		reads++
		data, err := a.readPrefix(e, 4096)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Fields(string(data)) {
			deps[line] = true
		}
	}
	return deps, nil
}
