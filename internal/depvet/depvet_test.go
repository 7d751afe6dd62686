package depvet_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/lambdalint/lambdalint/analyzers"
	"github.com/lambdalint/lambdalint/analyzers/summary"
	"github.com/lambdalint/lambdalint/internal/depvet"
)

// toolEnv makes the test binary the vet tool of TestSameVetxAsUnitchecker:
// "ref" runs unitchecker alone; a directory runs the comparison tool,
// which leaves its files there.
const toolEnv = "DEPVET_TEST_TOOL"

func TestMain(m *testing.M) {
	switch mode := os.Getenv(toolEnv); mode {
	case "":
		os.Exit(m.Run())
	case "ref":
		unitchecker.Main(analyzers.All()...)
	default:
		compareTool(mode)
	}
}

var policy = depvet.Policy{
	DeclarationsOnly: summary.ThirdPartyFiles,
	NeedsBodies:      analyzers.FactsNeedBodies,
}

// compareTool vets a unit as lambdalint's vet tool would with unitchecker
// alone, and for a VetxOnly unit also writes, beside it in dir:
// <unit>.ref, unitchecker's vetx file from a process of its own;
// <unit>.fast, depvet.Run's; <unit>.handled when Run took the unit.
func compareTool(dir string) {
	// A flag of our own so that every test run misses the vet cache.
	flag.String("depvet.run", "", "unique per test run")
	unit := os.Args[len(os.Args)-1]
	if strings.HasSuffix(unit, ".cfg") {
		if err := compareUnit(dir, unit); err != nil {
			fmt.Fprintln(os.Stderr, "compareTool:", err)
			os.Exit(3)
		}
	}
	unitchecker.Main(analyzers.All()...)
}

func compareUnit(dir, unit string) error {
	data, err := os.ReadFile(unit)
	if err != nil {
		return err
	}
	var cfg map[string]any
	if err := json.Unmarshal(data, &cfg); err != nil {
		return err
	}
	if cfg["VetxOnly"] != true {
		return nil
	}
	base := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_").Replace(cfg["ID"].(string)))
	redirect := func(out string) (string, error) {
		cfg["VetxOutput"] = out
		cfg["Stdout"] = out + ".stdout"
		data, err := json.Marshal(cfg)
		if err != nil {
			return "", err
		}
		return out + ".cfg", os.WriteFile(out+".cfg", data, 0o666)
	}
	ref, err := redirect(base + ".ref")
	if err != nil {
		return err
	}
	cmd := exec.Command(os.Args[0], ref)
	cmd.Env = append(os.Environ(), toolEnv+"=ref")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("unitchecker on %s: %v\n%s", ref, err, out)
	}
	fast, err := redirect(base + ".fast")
	if err != nil {
		return err
	}
	if depvet.Run(fast, analyzers.All(), false, policy) {
		return os.WriteFile(base+".handled", nil, 0o666)
	}
	return nil
}

// TestSameVetxAsUnitchecker vets a module whose dependencies are the
// standard library and two vendored modules (third-party by location),
// and requires that every dependency unit depvet takes gets the vetx file
// unitchecker writes, byte for byte: the same export data and the same
// facts, so importers type-check and analyse exactly as before.
func TestSameVetxAsUnitchecker(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the standard library's net/http closure three times")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "vet", "-vettool="+exe, "-json", "-depvet.run="+fmt.Sprint(time.Now().UnixNano()), "./...")
	cmd.Dir = filepath.Join("testdata", "vetmod")
	cmd.Env = append(os.Environ(), toolEnv+"="+dir, "GOFLAGS=-mod=vendor", "GOWORK=off", "GOPROXY=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	refs, _ := filepath.Glob(filepath.Join(dir, "*.ref"))
	handled := map[string]bool{}
	for _, ref := range refs {
		base := strings.TrimSuffix(ref, ".ref")
		name := filepath.Base(base)
		fast, err := os.ReadFile(base + ".fast")
		if _, herr := os.Stat(base + ".handled"); herr != nil {
			if err == nil {
				t.Errorf("%s: declined, yet wrote a vetx file", name)
			}
			continue
		}
		handled[name] = true
		want, rerr := os.ReadFile(ref)
		if err != nil || rerr != nil {
			t.Errorf("%s: %v, %v", name, err, rerr)
			continue
		}
		if !bytes.Equal(fast, want) {
			t.Errorf("%s: vetx differs from unitchecker's (%d bytes, want %d)", name, len(fast), len(want))
		}
	}
	// The standard library's units are taken (tens of them), and both
	// vendored modules: plain from its declarations, adapter, which
	// imports httptest, with its bodies.
	if len(handled) < 50 || !handled["example.com_plain"] || !handled["example.com_adapter"] {
		t.Errorf("depvet took %d of %d dependency units (plain %v, adapter %v); want most of them and both vendored modules",
			len(handled), len(refs), handled["example.com_plain"], handled["example.com_adapter"])
	}
}
