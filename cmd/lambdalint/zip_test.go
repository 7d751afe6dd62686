package main

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// zipEntry is one file of a package built by the tests.
type zipEntry struct {
	name string
	body []byte
	mode fs.FileMode
}

// writeTestZip writes a zip of the entries into dir and returns its path.
func writeTestZip(t *testing.T, dir, name string, entries ...zipEntry) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		h.SetMode(e.mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// elfHeader is a 64-byte ELF64 executable header for a machine
// (62 x86_64, 183 arm64): all the checker reads of a binary without Go
// build information.
func elfHeader(machine uint16) []byte {
	b := make([]byte, 64)
	copy(b, "\x7fELF\x02\x01\x01")
	binary.LittleEndian.PutUint16(b[16:], 2)
	binary.LittleEndian.PutUint16(b[18:], machine)
	return append(b, make([]byte, 1024)...)
}

func writeConfig(t *testing.T, dir, text string) string {
	t.Helper()
	p := filepath.Join(dir, "lambdalint.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runZipCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = runZip(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestZipExitStatus(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "")
	good := writeTestZip(t, dir, "good.zip", zipEntry{"bootstrap", elfHeader(62), 0o755})
	wrongArch := writeTestZip(t, dir, "arm.zip", zipEntry{"bootstrap", elfHeader(183), 0o755})
	junkOnly := writeTestZip(t, dir, "junk.zip", zipEntry{"bootstrap", elfHeader(62), 0o755}, zipEntry{".DS_Store", []byte("x"), 0o644})
	failOnError := writeConfig(t, t.TempDir(), `fail-on = "error"`)

	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"clean", []string{"-config", cfg, good}, 0, "no findings"},
		{"error finding", []string{"-config", cfg, wrongArch}, 1, "[bootstrap-arch]"},
		{"architecture given", []string{"-config", cfg, "-arch", "arm64", wrongArch}, 0, "no findings"},
		{"flags after the file", []string{wrongArch, "-config", cfg, "-arch", "arm64"}, 0, "no findings"},
		{"info fails by default", []string{"-config", cfg, junkOnly}, 1, "[junk]"},
		{"info below fail-on", []string{"-config", failOnError, junkOnly}, 0, "[junk]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runZipCmd(tc.args...)
			if code != tc.code || !strings.Contains(out, tc.out) || errs != "" {
				t.Errorf("exit %d, want %d; stdout %q, want %q; stderr %q", code, tc.code, out, tc.out, errs)
			}
		})
	}
}

func TestZipJSON(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	cfg := writeConfig(t, dir, "")
	p := writeTestZip(t, dir, "fn.zip", zipEntry{"build/bootstrap", elfHeader(62), 0o755})
	// An absolute path below the working directory is reported relative.
	code, out, errs := runZipCmd("-format", "json", "-config", cfg, p)
	if code != 1 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var report struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if len(report.Findings) != 1 {
		t.Fatalf("findings = %v", report.Findings)
	}
	f := report.Findings[0]
	want := map[string]any{"analyzer": "zipcheck", "rule": "bootstrap-nested", "severity": "error", "file": "fn.zip", "entry": "build/bootstrap", "line": 0.0, "column": 0.0}
	for k, v := range want {
		if f[k] != v {
			t.Errorf("finding[%q] = %v, want %v", k, f[k], v)
		}
	}
	if s := report.Summary; s["findings"] != 1 || s["errors"] != 1 || s["warnings"] != 0 || s["infos"] != 0 {
		t.Errorf("summary = %v", s)
	}

	// No findings: an empty list, never null.
	good := writeTestZip(t, dir, "good.zip", zipEntry{"bootstrap", elfHeader(62), 0o755})
	_, out, _ = runZipCmd("-format", "json", "-config", cfg, good)
	if !strings.Contains(out, `"findings": []`) {
		t.Errorf("empty report: %s", out)
	}
}

func TestZipConfig(t *testing.T) {
	dir := t.TempDir()
	p := writeTestZip(t, dir, "fn.zip", zipEntry{"bootstrap", elfHeader(183), 0o755}, zipEntry{"README.md", []byte("# fn"), 0o644})

	cfg := writeConfig(t, t.TempDir(), "[rules.bootstrap-arch]\nseverity = \"warning\"\n\n[rules.junk]\ndisabled = true\n")
	code, out, _ := runZipCmd("-format", "json", "-config", cfg, p)
	if code != 1 || !strings.Contains(out, `"severity": "warning"`) || strings.Contains(out, "junk") {
		t.Errorf("severity and disable from config: exit %d\n%s", code, out)
	}

	limits := writeConfig(t, t.TempDir(), "[zip]\nmax-zipped = 100\n\n[rules.bootstrap-arch]\ndisabled = true\n")
	_, out, _ = runZipCmd("-config", limits, p)
	if !strings.Contains(out, "[size-zipped]") {
		t.Errorf("[zip] limits not applied:\n%s", out)
	}
}

func TestZipLayers(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "")
	fn := writeTestZip(t, dir, "fn.zip", zipEntry{"config.json", []byte("{}"), 0o644})
	layer := writeTestZip(t, dir, "runtime.zip", zipEntry{"bootstrap", elfHeader(62), 0o755})
	if code, out, errs := runZipCmd("-config", cfg, "-runtime", "provided.al2023", "-layer", layer, fn); code != 0 {
		t.Errorf("bootstrap from a layer: exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := runZipCmd("-config", cfg, "-runtime", "provided.al2023", fn); code != 1 || !strings.Contains(out, "[bootstrap-missing]") {
		t.Errorf("no layer: exit %d\n%s", code, out)
	}
}

func TestZipBadInput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	cfg := writeConfig(t, dir, "")
	good := writeTestZip(t, dir, "good.zip", zipEntry{"bootstrap", elfHeader(62), 0o755})
	os.WriteFile("text.zip", []byte("hello"), 0o644)
	badConfig := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(badConfig, []byte("fail-onn = \"error\"\n"), 0o644)

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"not a zip", []string{"-config", cfg, "text.zip"}, "lambdalint zip: text.zip: not a zip file"},
		{"missing", []string{"-config", cfg, "nope.zip"}, "lambdalint zip: nope.zip: no such file"},
		{"directory", []string{"-config", cfg, "."}, "is a directory"},
		{"layer not a zip", []string{"-config", cfg, "-layer", "text.zip", good}, "text.zip: not a zip file"},
		{"bad flag", []string{"-bogus", good}, "lambdalint zip: flag provided but not defined: -bogus"},
		{"no file", []string{"-config", cfg}, "want a FILE.zip"},
		{"second of two not a zip", []string{"-config", cfg, good, "text.zip"}, "lambdalint zip: text.zip: not a zip file"},
		{"bad format", []string{"-config", cfg, "-format", "xml", good}, `unknown format "xml"`},
		{"bad runtime", []string{"-config", cfg, "-runtime", "go1.26", good}, `unknown runtime "go1.26"`},
		{"bad arch", []string{"-config", cfg, "-arch", "amd64", good}, `unknown architecture "amd64"`},
		{"bad config", []string{"-config", badConfig, good}, `unknown key "fail-onn"`},
		{"missing config", []string{"-config", "nope.toml", good}, "nope.toml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runZipCmd(tc.args...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			if !strings.Contains(errs, tc.want) || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "lambdalint zip: ") {
				t.Errorf("stderr %q: want one line with %q", errs, tc.want)
			}
		})
	}
}

func TestZipHelp(t *testing.T) {
	code, out, errs := runZipCmd("-h")
	if code != 0 || out != "" || !strings.Contains(errs, "usage: lambdalint zip") || !strings.Contains(errs, "-layer") {
		t.Errorf("-h: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestZipSARIF(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "")
	p := writeTestZip(t, dir, "fn.zip", zipEntry{"bootstrap", elfHeader(62), 0o644})
	code, out, _ := runZipCmd("-format", "sarif", "-config", cfg, p)
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || code != 1 {
		t.Fatalf("exit %d, bad SARIF: %v\n%s", code, err, out)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "lambdalint" || len(log.Runs[0].Results) != 1 || log.Runs[0].Results[0].RuleID != "bootstrap-not-executable" {
		t.Errorf("SARIF = %+v", log)
	}
}
