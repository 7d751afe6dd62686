package zipcheck

import (
	"archive/zip"
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/lambdalint/lambdalint/config"
	"github.com/lambdalint/lambdalint/output"
	"github.com/lambdalint/lambdalint/rules"
)

// tcase is one package, its options and the findings it must give.
type tcase struct {
	name   string
	opt    Options
	files  []file
	layers [][]file
	// want lists the expected findings as "rule" or "rule@entry"; the
	// set of rules reported must be exactly the set named here, so a
	// look-alike with want empty must stay silent.
	want []string
	// says lists substrings the messages must contain.
	says []string
}

func run(t *testing.T, tc tcase) []output.Finding {
	t.Helper()
	opt := tc.opt
	path := buildZip(t, tc.files...)
	for i, l := range tc.layers {
		opt.Layers = append(opt.Layers, writeFile(t, fmt.Sprintf("layer%d.zip", i), zipBytes(t, l...)))
	}
	fs, err := Check(path, opt)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return fs
}

func checkCases(t *testing.T, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := run(t, tc)
			var gotRules, wantRules []string
			for _, f := range got {
				gotRules = append(gotRules, f.Rule)
			}
			for _, w := range tc.want {
				rule, _, _ := strings.Cut(w, "@")
				wantRules = append(wantRules, rule)
			}
			gotRules, wantRules = uniq(gotRules), uniq(wantRules)
			if !slices.Equal(gotRules, wantRules) {
				t.Errorf("rules = %v, want %v\n%s", gotRules, wantRules, dump(got))
			}
			for _, w := range tc.want {
				rule, entry, ok := strings.Cut(w, "@")
				if ok && !slices.ContainsFunc(got, func(f output.Finding) bool { return f.Rule == rule && f.Entry == entry }) {
					t.Errorf("no %s finding on entry %q\n%s", rule, entry, dump(got))
				}
			}
			all := dump(got)
			for _, s := range tc.says {
				if !strings.Contains(all, s) {
					t.Errorf("messages do not say %q\n%s", s, all)
				}
			}
			for _, f := range got {
				checkMessage(t, f)
			}
		})
	}
}

// checkMessage holds every message to the style of the project: lower
// case start, no trailing period, one line, the analyzer set.
func checkMessage(t *testing.T, f output.Finding) {
	t.Helper()
	if f.Analyzer != Analyzer || f.Severity == "" || f.File == "" {
		t.Errorf("finding %+v lacks analyzer, severity or file", f)
	}
	m := f.Message
	if m == "" || strings.HasSuffix(m, ".") || strings.Contains(m, "\n") {
		t.Errorf("message %q: want one line without a trailing period", m)
	}
	first, _, _ := strings.Cut(m, " ")
	if c := m[0]; c >= 'A' && c <= 'Z' && !strings.ContainsAny(first, `./:\`) {
		t.Errorf("message %q starts with a capital", m)
	}
}

func uniq(s []string) []string {
	sort.Strings(s)
	return slices.Compact(s)
}

func dump(fs []output.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\t%s [%s] %s: %s\n", f.Entry, f.Rule, f.Severity, f.Message)
	}
	return b.String()
}

func TestGo(t *testing.T) {
	good := goExe("x86_64")
	checkCases(t, []tcase{
		{name: "good x86_64", files: []file{exe("bootstrap", good)}},
		{name: "good arm64", opt: Options{Arch: "arm64", Runtime: "provided.al2023"}, files: []file{exe("bootstrap", goExe("arm64"))}},
		{name: "good al2", opt: Options{Runtime: "provided.al2"}, files: []file{exe("bootstrap", good)}, want: []string{"runtime-deprecated"}},
		{name: "good with handler ignored", opt: Options{Runtime: "provided.al2023", Handler: "does.not.matter"}, files: []file{exe("bootstrap", good)}},
		{name: "stored and zipped by build-lambda-zip", files: []file{{name: "bootstrap", body: good, mode: 0o777, store: true}}},
		{
			name:   "bootstrap from a layer",
			files:  []file{text("config.json", "{}")},
			layers: [][]file{{exe("bootstrap", good)}},
		},
		{
			name:  "missing",
			files: []file{exe("main", good)},
			want:  []string{"bootstrap-missing@"},
			says:  []string{"the executable main must be named bootstrap", "assumed"},
		},
		{name: "missing, runtime given", opt: Options{Runtime: "provided.al2023"}, files: []file{text("README.txt", "hi")}, want: []string{"bootstrap-missing"}},
		{
			name:  "nested",
			files: []file{dir("build"), exe("build/bootstrap", good)},
			want:  []string{"bootstrap-nested@build/bootstrap"},
			says:  []string{"cd build && zip -r ../function.zip ."},
		},
		{name: "not executable", files: []file{{name: "bootstrap", body: good, mode: 0o644}}, want: []string{"bootstrap-not-executable@bootstrap"}, says: []string{"chmod 755"}},
		{name: "not executable by others", files: []file{{name: "bootstrap", body: good, mode: 0o750}}, want: []string{"bootstrap-not-executable"}},
		{name: "zipped on windows", files: []file{{name: "bootstrap", body: good, noUnix: true}}, want: []string{"bootstrap-not-executable"}, says: []string{"build-lambda-zip"}},
		{name: "read-only executable is fine", files: []file{{name: "bootstrap", body: good, mode: 0o555}}},
		{name: "arm64 binary on x86_64", files: []file{exe("bootstrap", goExe("arm64"))}, want: []string{"bootstrap-arch"}, says: []string{"GOARCH=amd64", "-arch arm64"}},
		{name: "x86_64 binary on arm64", opt: Options{Arch: "arm64"}, files: []file{exe("bootstrap", good)}, want: []string{"bootstrap-arch"}},
		{name: "mach-o", files: []file{exe("bootstrap", machOHeader)}, want: []string{"bootstrap-arch"}, says: []string{"macOS"}},
		{name: "pe", files: []file{exe("bootstrap", peHeader)}, want: []string{"bootstrap-arch"}, says: []string{"Windows"}},
		{name: "32-bit", files: []file{exe("bootstrap", makeELF(elfSpec{class: 1, machine: 3}))}, want: []string{"bootstrap-arch"}, says: []string{"32-bit"}},
		{name: "big-endian", files: []file{exe("bootstrap", makeELF(elfSpec{data: 2, machine: 22}))}, want: []string{"bootstrap-arch"}},
		{name: "freebsd", files: []file{exe("bootstrap", makeELF(elfSpec{osabi: 9}))}, want: []string{"bootstrap-arch"}, says: []string{"FreeBSD"}},
		{name: "object file", files: []file{exe("bootstrap", makeELF(elfSpec{etype: 1}))}, want: []string{"bootstrap-arch"}},
		{name: "riscv", files: []file{exe("bootstrap", makeELF(elfSpec{machine: 243}))}, want: []string{"bootstrap-arch"}},
		{name: "GOOS darwin in build info", files: []file{exe("bootstrap", makeELF(elfSpec{build: strings.Replace(goodBuild, "GOOS=linux", "GOOS=android", 1)}))}, want: []string{"bootstrap-arch"}},
		{name: "truncated ELF", files: []file{exe("bootstrap", []byte("\x7fELF\x02\x01"))}, want: []string{"bootstrap-arch"}},
		{name: "empty", files: []file{exe("bootstrap", nil)}, want: []string{"bootstrap-arch"}},
		{name: "script without shebang", files: []file{exe("bootstrap", []byte("./main\n"))}, want: []string{"bootstrap-arch"}},
		{name: "script with CRLF", files: []file{exe("bootstrap", []byte("#!/bin/sh\r\nexec ./main\r\n"))}, want: []string{"bootstrap-arch"}, says: []string{"dos2unix"}},
		{name: "shell script", files: []file{exe("bootstrap", []byte("#!/bin/sh\nexec ./main\n")), exe("main", good)}},
		{name: "rust binary (no build info)", files: []file{exe("bootstrap", makeELF(elfSpec{}))}},
		{name: "symlink to binary", files: []file{exe("fn", good), {name: "bootstrap", link: "fn"}}},
		{name: "symlink to missing", files: []file{exe("fn", good), {name: "bootstrap", link: "main"}}, want: []string{"bootstrap-missing@bootstrap"}},
		{name: "symlink outside", files: []file{{name: "bootstrap", link: "/usr/local/bin/fn"}}, want: []string{"bootstrap-missing"}},
		{name: "symlink into a layer", files: []file{{name: "bootstrap", link: "/opt/bin/runtime"}}, layers: [][]file{{exe("bin/runtime", good)}}},
		{name: "symlink into a missing layer file", files: []file{{name: "bootstrap", link: "/opt/bin/runtime"}}, layers: [][]file{{exe("bin/other", good)}}, want: []string{"bootstrap-missing"}},
		{name: "symlink into layers not given", files: []file{{name: "bootstrap", link: "/opt/bin/runtime"}}},
		{name: "script with a byte order mark", files: []file{exe("bootstrap", []byte("\xef\xbb\xbf#!/bin/sh\nexec ./main\n"))}, want: []string{"bootstrap-arch"}},
		{name: "symlink loop", files: []file{{name: "bootstrap", link: "a"}, {name: "a", link: "bootstrap"}}, want: []string{"bootstrap-missing"}},
		{name: "symlink target not executable", files: []file{{name: "fn", body: good, mode: 0o644}, {name: "bootstrap", link: "fn"}}, want: []string{"bootstrap-not-executable@fn"}, says: []string{"fn, which bootstrap links to, has mode 0644"}},
		{name: "bootstrap is a folder", files: []file{dir("bootstrap"), text("bootstrap/x", "y")}, want: []string{"bootstrap-missing"}},
		{
			name:  "cgo against a newer glibc",
			files: []file{exe("bootstrap", makeELF(elfSpec{interp: archX86.interp, strs: "libc.so.6\x00GLIBC_2.2.5\x00GLIBC_2.38\x00"}))},
			want:  []string{"bootstrap-glibc"},
			says:  []string{"glibc 2.38", "2.34"},
		},
		{name: "cgo against the runtime's glibc", files: []file{exe("bootstrap", makeELF(elfSpec{interp: archX86.interp, strs: "GLIBC_2.2.5\x00GLIBC_2.34\x00"}))}},
		{name: "al2 has an older glibc", opt: Options{Runtime: "provided.al2"}, files: []file{exe("bootstrap", makeELF(elfSpec{interp: archX86.interp, strs: "GLIBC_2.28\x00"}))}, want: []string{"bootstrap-glibc", "runtime-deprecated"}},
		{name: "musl", files: []file{exe("bootstrap", makeELF(elfSpec{interp: "/lib/ld-musl-x86_64.so.1"}))}, want: []string{"bootstrap-glibc"}, says: []string{"musl"}},
		{
			name:  "go build advice",
			files: []file{exe("bootstrap", makeELF(elfSpec{symtab: true, build: strings.NewReplacer("build\t-trimpath=true\n", "", "-tags=lambda.norpc", "-tags=", "CGO_ENABLED=0", "CGO_ENABLED=1").Replace(goodBuild)}))},
			want:  []string{"go-build@bootstrap"},
			says:  []string{"not stripped", "-trimpath", "lambda.norpc", "CGO_ENABLED=0", "go1.26.0"},
		},
		{name: "no norpc advice without aws-lambda-go", files: []file{exe("bootstrap", makeELF(elfSpec{build: strings.NewReplacer("-tags=lambda.norpc", "-tags=", "dep\tgithub.com/aws/aws-lambda-go\tv1.55.1\th1:abc=\n", "").Replace(goodBuild)}))}},
		{name: "access key compiled in", files: []file{exe("bootstrap", makeELF(elfSpec{build: goodBuild, strs: "keyAKIAZ3MHALRQ4WLKDTUFsecret"}))}, want: []string{"secret@bootstrap"}},
		{name: "documentation key compiled in", files: []file{exe("bootstrap", makeELF(elfSpec{build: goodBuild, strs: "AKIAIOSFODNN7EXAMPLE"}))}},
		{name: "go1.x", opt: Options{Runtime: "go1.x", Handler: "main"}, files: []file{exe("main", makeELF(elfSpec{}))}, want: []string{"runtime-deprecated"}, says: []string{"move to provided.al2023: name the executable bootstrap"}},
		{name: "go1.x handler missing", opt: Options{Runtime: "go1.x", Handler: "main"}, files: []file{exe("handler", makeELF(elfSpec{}))}, want: []string{"handler-missing", "runtime-deprecated"}},
		{name: "layer zip checked alone", files: []file{dir("extensions"), exe("extensions/agent", good)}},
	})
}

func TestPython(t *testing.T) {
	py := Options{Runtime: "python3.12", Handler: "lambda_function.lambda_handler"}
	so := func(name string, head []byte) file { return file{name: name, body: append(head, make([]byte, 256)...)} }
	good := []file{
		text("lambda_function.py", "import requests\n\ndef lambda_handler(event, context):\n    return {}\n"),
		dir("requests"),
		text("requests/__init__.py", "from .api import get\n"),
		text("requests-2.32.3.dist-info/METADATA", "Name: requests\n"),
		text("requests-2.32.3.dist-info/top_level.txt", "requests\n"),
		so("charset_normalizer/md.cpython-312-x86_64-linux-gnu.so", makeELF(elfSpec{etype: 3})),
		text("charset_normalizer-3.3.2.dist-info/METADATA", "Name: charset-normalizer\n"),
		text("LICENSE", "MIT"),
	}
	checkCases(t, []tcase{
		{name: "good", opt: py, files: good},
		{name: "good, handler in a package", opt: Options{Runtime: "python3.12", Handler: "app.main.handler"}, files: []file{text("app/__init__.py", ""), text("app/main.py", "def handler(e, c): pass\n")}},
		{name: "good, slashed handler", opt: Options{Runtime: "python3.12", Handler: "src/app.handler"}, files: []file{text("src/app.py", "def handler(e, c): pass\n"), text("util.py", "")}},
		{name: "good, compiled module", opt: Options{Runtime: "python3.12", Handler: "fast.handler"}, files: []file{so("fast.cpython-312-x86_64-linux-gnu.so", makeELF(elfSpec{etype: 3}))}},
		{name: "good, handler from a layer", opt: py, files: []file{text("config.json", "{}")}, layers: [][]file{{text("python/lambda_function.py", "")}}},
		{name: "no runtime: python files, no bootstrap check", opt: Options{}, files: good},
		{
			name:  "handler missing",
			opt:   Options{Runtime: "python3.12", Handler: "app.handler"},
			files: good,
			want:  []string{"handler-missing"},
			says:  []string{"app.py", "lambda_function.py"},
		},
		{name: "bad handler form", opt: Options{Runtime: "python3.12", Handler: "handler"}, files: good, want: []string{"handler-missing"}},
		{name: "nested", opt: py, files: []file{text("myfn/lambda_function.py", "")}, want: []string{"bootstrap-nested@myfn/lambda_function.py"}},
		{name: "sole folder without handler", opt: Options{Runtime: "python3.12"}, files: []file{text("myfn/lambda_function.py", ""), text("myfn/util.py", "")}, want: []string{"bootstrap-nested@myfn/"}},
		{name: "sole folder that is a package", opt: Options{Runtime: "python3.12"}, files: []file{text("myfn/__init__.py", ""), text("myfn/app.py", "")}},
		{
			name:  "virtualenv",
			opt:   py,
			files: []file{text("lambda_function.py", ""), text("venv/lib/python3.12/site-packages/requests/__init__.py", ""), text("venv/lib/python3.12/site-packages/requests-2.32.3.dist-info/METADATA", "")},
			want:  []string{"layout@venv/lib/python3.12/site-packages/"},
		},
		{name: "package folder", opt: py, files: []file{text("lambda_function.py", ""), text("package/requests/__init__.py", ""), text("package/requests-2.32.3.dist-info/METADATA", "")}, want: []string{"layout@package/"}},
		{name: "layer layout in a function", opt: py, files: []file{text("lambda_function.py", ""), text("python/requests-2.32.3.dist-info/METADATA", "")}, want: []string{"layout@python/"}},
		{name: "vendored distributions are fine", opt: py, files: []file{text("lambda_function.py", ""), text("setuptools/_vendor/packaging-24.0.dist-info/METADATA", ""), text("setuptools-70.0.0.dist-info/METADATA", "")}},
		{name: "macOS wheels", opt: py, files: []file{text("lambda_function.py", ""), so("numpy/core/_multiarray_umath.cpython-312-darwin.so", machOHeader), so("numpy/linalg/_umath_linalg.cpython-312-darwin.so", machOHeader)}, want: []string{"native-platform@numpy/core/_multiarray_umath.cpython-312-darwin.so"}, says: []string{"2 native libraries built for macOS", "manylinux2014_x86_64"}},
		{name: "arm64 wheels on x86_64", opt: py, files: []file{text("lambda_function.py", ""), so("pydantic_core/_core.cpython-312-aarch64-linux-gnu.so", makeELF(elfSpec{machine: 183, etype: 3}))}, want: []string{"native-platform"}},
		{name: "arm64 wheels on arm64", opt: Options{Runtime: "python3.12", Arch: "arm64", Handler: py.Handler}, files: []file{text("lambda_function.py", ""), so("pydantic_core/_core.cpython-312-aarch64-linux-gnu.so", makeELF(elfSpec{machine: 183, etype: 3}))}},
		{name: "wheels for another python", opt: py, files: []file{text("lambda_function.py", ""), so("pydantic_core/_core.cpython-311-x86_64-linux-gnu.so", makeELF(elfSpec{etype: 3}))}, want: []string{"native-platform"}, says: []string{"Python 3.11"}},
		{name: "windows extension", opt: py, files: []file{text("lambda_function.py", ""), so("x/_x.cp312-win_amd64.pyd", peHeader)}, want: []string{"native-platform"}},
		{name: "linker script named .so", opt: py, files: []file{text("lambda_function.py", ""), text("lib/libc.so", "/* GNU ld script */\nGROUP ( libc.so.6 )\n")}},
		{
			name:   "layer for another python",
			opt:    py,
			files:  []file{text("lambda_function.py", "")},
			layers: [][]file{{text("python/lib/python3.11/site-packages/requests/__init__.py", "")}},
			want:   []string{"layout@python/lib/python3.11/site-packages/"},
		},
		{name: "layer with packages at its root", opt: py, files: []file{text("lambda_function.py", "")}, layers: [][]file{{text("requests/__init__.py", ""), text("requests-2.32.3.dist-info/METADATA", "")}}, want: []string{"layout"}},
		{name: "good layer", opt: py, files: []file{text("lambda_function.py", "")}, layers: [][]file{{text("python/requests/__init__.py", ""), text("python/requests-2.32.3.dist-info/METADATA", "")}}},
		{name: "layer zipped as a folder", opt: py, files: []file{text("lambda_function.py", "")}, layers: [][]file{{text("mylayer/python/requests/__init__.py", "")}}, want: []string{"layout@mylayer/"}},
		{name: "deprecated", opt: Options{Runtime: "python3.8", Handler: py.Handler}, files: good[:5], want: []string{"runtime-deprecated"}},
	})
}

func TestNode(t *testing.T) {
	node := Options{Runtime: "nodejs22.x", Handler: "index.handler"}
	good := []file{
		text("index.mjs", "export const handler = async () => ({})\n"),
		text("node_modules/uuid/package.json", "{}"),
		text("node_modules/uuid/dist/index.js", "module.exports = {}\n"),
		text("node_modules/@aws-sdk/client-s3/package.json", "{}"),
		text("package.json", `{"type":"module"}`),
	}
	checkCases(t, []tcase{
		{name: "good", opt: node, files: good},
		{name: "good cjs in a folder", opt: Options{Runtime: "nodejs22.x", Handler: "src/app.handler"}, files: []file{text("src/app.cjs", ""), text("node_modules/x/index.js", "")}},
		{name: "good, node_modules beside a nested handler", opt: Options{Runtime: "nodejs22.x", Handler: "api/index.handler"}, files: []file{text("api/index.js", ""), text("api/node_modules/x/index.js", "")}},
		{name: "missing", opt: Options{Runtime: "nodejs22.x", Handler: "app.handler"}, files: good, want: []string{"handler-missing"}, says: []string{"index.mjs"}},
		{name: "typescript only", opt: node, files: []file{text("index.ts", "export const handler = async () => ({})\n")}, want: []string{"handler-missing@index.ts"}, says: []string{"compile"}},
		{name: "nested", opt: node, files: []file{text("dist/index.js", ""), text("dist/node_modules/x/index.js", "")}, want: []string{"bootstrap-nested@dist/index.js"}},
		{name: "node_modules off the handler's path", opt: node, files: []file{text("index.js", ""), text("lib/node_modules/x/index.js", "")}, want: []string{"layout@lib/node_modules/"}},
		{name: "layer layout in a function", opt: node, files: []file{text("index.js", ""), text("nodejs/node_modules/x/index.js", "")}, want: []string{"layout@nodejs/node_modules/"}},
		{name: "layer with node_modules at its root", opt: node, files: []file{text("index.js", "")}, layers: [][]file{{text("node_modules/x/index.js", "")}}, want: []string{"layout@node_modules/"}, says: []string{"nodejs/node_modules"}},
		{name: "good layer", opt: node, files: []file{text("index.js", "")}, layers: [][]file{{text("nodejs/node_modules/x/index.js", "")}, {text("nodejs/node22/node_modules/y/index.js", "")}}},
		{name: "layer for another node", opt: node, files: []file{text("index.js", "")}, layers: [][]file{{text("nodejs/node18/node_modules/y/index.js", "")}}, want: []string{"layout"}},
		{name: "addon built on a mac", opt: node, files: []file{text("index.js", ""), {name: "node_modules/sharp/build/Release/sharp.node", body: machOHeader}}, want: []string{"native-platform@node_modules/sharp/build/Release/sharp.node"}, says: []string{"npm install --os=linux --cpu=x64"}},
		{name: "prebuilds for every platform", opt: node, files: []file{text("index.js", ""), {name: "node_modules/x/prebuilds/darwin-x64/x.node", body: machOHeader}}},
		{name: "deprecated", opt: Options{Runtime: "nodejs18.x"}, files: good, want: []string{"runtime-deprecated"}},
	})
}

func TestJava(t *testing.T) {
	java := Options{Runtime: "java21", Handler: "com.example.Handler::handleRequest"}
	class := file{name: "com/example/Handler.class", body: []byte{0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 65}}
	checkCases(t, []tcase{
		{name: "good classes", opt: java, files: []file{class, {name: "lib/aws-lambda-java-core-1.2.3.jar", body: jarOf(t, "com/amazonaws/services/lambda/runtime/Context.class")}}},
		{name: "good class in a deflated jar", opt: java, files: []file{{name: "lib/fn.jar", body: jarOf(t, "com/example/Handler.class")}}},
		{name: "good class in a stored jar", opt: java, files: []file{{name: "lib/fn.jar", body: jarOf(t, "com/example/Handler.class"), store: true}}},
		{name: "good standalone jar", opt: Options{Runtime: "java21", Handler: "com.example.Handler"}, files: []file{text("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"), class}},
		{name: "good class in a layer", opt: java, files: []file{text("config.properties", "a=b")}, layers: [][]file{{{name: "java/lib/fn.jar", body: jarOf(t, "com/example/Handler.class")}}}},
		{name: "missing", opt: java, files: []file{{name: "lib/dep.jar", body: jarOf(t, "com/other/X.class")}}, want: []string{"handler-missing"}},
		{name: "jar at the root", opt: java, files: []file{{name: "fn.jar", body: jarOf(t, "com/example/Handler.class")}}, want: []string{"handler-missing@fn.jar"}},
		{name: "jar at the root and the handler class", opt: java, files: []file{class, {name: "deps.jar", body: jarOf(t)}}, want: []string{"layout@deps.jar"}},
		{name: "classes in target/classes", opt: java, files: []file{{name: "target/classes/com/example/Handler.class", body: class.body}}, want: []string{"bootstrap-nested"}},
		{name: "spring boot jar", opt: java, files: []file{{name: "BOOT-INF/classes/com/example/Handler.class", body: class.body}, {name: "BOOT-INF/lib/x.jar", body: jarOf(t)}}, want: []string{"layout@BOOT-INF/"}},
		{name: "layer jar off the classpath", opt: java, files: []file{class}, layers: [][]file{{{name: "lib/dep.jar", body: jarOf(t)}}}, want: []string{"layout"}},
		{name: "bad handler", opt: Options{Runtime: "java21", Handler: "::handleRequest"}, files: []file{class}, want: []string{"handler-missing"}},
		{name: "java17 on al2023", opt: Options{Runtime: "java17.al2023", Handler: java.Handler}, files: []file{class}},
	})
}

func TestDotnetRuby(t *testing.T) {
	dotnet := Options{Runtime: "dotnet8", Handler: "MyFn::MyFn.Function::FunctionHandler"}
	pe := file{name: "MyFn.dll", body: peHeader}
	ruby := Options{Runtime: "ruby3.3", Handler: "lambda_function.lambda_handler"}
	checkCases(t, []tcase{
		{name: "dotnet good", opt: dotnet, files: []file{pe, text("MyFn.deps.json", "{}"), text("MyFn.runtimeconfig.json", "{}"), {name: "Amazon.Lambda.Core.dll", body: peHeader}}},
		{name: "dotnet executable assembly", opt: Options{Runtime: "dotnet8", Handler: "MyFn"}, files: []file{pe, text("MyFn.runtimeconfig.json", "{}"), text("MyFn.deps.json", "{}")}},
		{name: "dotnet without deps.json", opt: dotnet, files: []file{pe, text("MyFn.runtimeconfig.json", "{}")}, want: []string{"layout"}, says: []string{"MyFn.deps.json"}},
		{name: "dotnet missing", opt: dotnet, files: []file{{name: "Other.dll", body: peHeader}}, want: []string{"handler-missing"}, says: []string{"Other.dll"}},
		{name: "dotnet nested", opt: dotnet, files: []file{{name: "bin/Release/net8.0/publish/MyFn.dll", body: peHeader}}, want: []string{"bootstrap-nested"}},
		{name: "dotnet without runtimeconfig", opt: dotnet, files: []file{pe}, want: []string{"layout@MyFn.dll"}},
		{name: "dotnet bad handler", opt: Options{Runtime: "dotnet8", Handler: "MyFn::Handler"}, files: []file{pe}, want: []string{"handler-missing"}},
		{name: "ruby good", opt: ruby, files: []file{text("lambda_function.rb", "def lambda_handler(event:, context:) end\n"), text("vendor/bundle/ruby/3.3.0/gems/json-2.7.0/lib/json.rb", "")}},
		{name: "ruby missing", opt: ruby, files: []file{text("app.rb", "")}, want: []string{"handler-missing"}},
		{name: "ruby gems for another ruby", opt: ruby, files: []file{text("lambda_function.rb", ""), text("vendor/bundle/ruby/3.2.0/gems/json-2.7.0/lib/json.rb", "")}, want: []string{"layout@vendor/bundle/ruby/3.2.0/"}},
		{name: "ruby gems nested", opt: ruby, files: []file{text("lambda_function.rb", ""), text("app/vendor/bundle/ruby/3.3.0/gems/json/lib/json.rb", "")}, want: []string{"layout"}},
		{name: "ruby layer", opt: ruby, files: []file{text("lambda_function.rb", "")}, layers: [][]file{{text("ruby/gems/3.3.0/gems/json/lib/json.rb", "")}}},
		{name: "ruby layer for another ruby", opt: ruby, files: []file{text("lambda_function.rb", "")}, layers: [][]file{{text("ruby/gems/3.2.0/gems/json/lib/json.rb", "")}}, want: []string{"layout"}},
	})
}

func TestSizes(t *testing.T) {
	boot := exe("bootstrap", goExe("x86_64"))
	big := file{name: "assets/big.bin", body: noise(600<<10, 1), store: true}
	checkCases(t, []tcase{
		{name: "zipped over", opt: Options{Limits: config.Zip{MaxZipped: 512 << 10}}, files: []file{boot, big}, want: []string{"size-zipped"}, says: []string{"over the configured 512 KiB", "assets/big.bin"}},
		{name: "zipped under", opt: Options{Limits: config.Zip{MaxZipped: 1 << 20}}, files: []file{boot, big}},
		{
			name:   "unzipped over with a layer",
			opt:    Options{Limits: config.Zip{MaxUnzipped: 1 << 20}},
			files:  []file{boot, big},
			layers: [][]file{{{name: "bin/tool", body: noise(600<<10, 2), store: true}}},
			want:   []string{"size-unzipped"},
			says:   []string{"function and layers unzip to", "layer0.zip:bin/tool"},
		},
		{name: "unzipped under", opt: Options{Limits: config.Zip{MaxUnzipped: 2 << 20}}, files: []file{boot, big}, layers: [][]file{{{name: "bin/tool", body: noise(600<<10, 2), store: true}}}},
		{name: "six layers", files: []file{boot}, layers: [][]file{{text("bin/a", "")}, {text("bin/b", "")}, {text("bin/c", "")}, {text("bin/d", "")}, {text("bin/e", "")}, {text("bin/f", "")}}, want: []string{"layers-count"}},
		{name: "five layers", files: []file{boot}, layers: [][]file{{text("bin/a", "")}, {text("bin/b", "")}, {text("bin/c", "")}, {text("bin/d", "")}, {text("bin/e", "")}}},
	})

	// The related locations name each layer.
	fs := run(t, tcase{opt: Options{Limits: config.Zip{MaxUnzipped: 1}}, files: []file{boot}, layers: [][]file{{text("bin/a", "x")}}})
	if len(fs) != 1 || len(fs[0].Related) != 1 || !strings.HasSuffix(fs[0].Related[0].File, "layer0.zip") {
		t.Errorf("size-unzipped related = %+v", fs)
	}
}

func TestSafety(t *testing.T) {
	boot := exe("bootstrap", goExe("x86_64"))
	key := "AKIAZ3MHALRQ4WLKDTUF"
	secretValue := "hunter2-correct-horse"
	pem := "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"
	zeros := make([]byte, 4<<20)
	checkCases(t, []tcase{
		{name: "dotdot", files: []file{boot, text("../evil.sh", "x")}, want: []string{"path-unsafe@../evil.sh"}},
		{name: "absolute", files: []file{boot, text("/etc/cron.d/x", "x")}, want: []string{"path-unsafe"}},
		{name: "backslashes", files: []file{boot, text(`lib\util.py`, "x")}, want: []string{`path-unsafe@lib\util.py`}},
		{name: "drive letter", files: []file{boot, text(`C:/x`, "x")}, want: []string{"path-unsafe"}},
		{name: "dots in names are fine", files: []file{boot, text("a..b.txt", "x"), text("x/...", "x")}},
		{name: "symlink to the build machine", files: []file{boot, {name: "node_modules/x", link: "/Users/me/src/x"}}, want: []string{"path-unsafe@node_modules/x"}},
		{name: "symlink climbing out", files: []file{boot, {name: "lib/x", link: "../../etc/passwd"}}, want: []string{"path-unsafe"}},
		{name: "symlinks inside, to /tmp and /opt", files: []file{boot, text("lib/real.so", "x"), {name: "lib/x.so", link: "real.so"}, {name: "cache", link: "/tmp/cache"}, {name: "ext", link: "/opt/extensions"}}},

		{name: "env file", files: []file{boot, text(".env", "LOG_LEVEL=debug\nDB_PASSWORD="+secretValue+"\n")}, want: []string{"secret@.env"}, says: []string{"DB_PASSWORD"}},
		{name: "env without secrets", files: []file{boot, text(".env", "LOG_LEVEL=debug\nTABLE=orders\nAPI_KEY=\nTOKEN=${TOKEN}\nAUTH_DOMAIN=example.auth0.com\nAPI_URL=https://api.example.com/v1\n")}},
		{name: "env with a database URL", files: []file{boot, text(".env", "DATABASE_URL=postgres://app:s3cr3t-pw@db.internal:5432/app\n")}, want: []string{"secret"}, says: []string{"DATABASE_URL"}},
		{name: "env template", files: []file{boot, text(".env.example", "DB_PASSWORD="+secretValue+"\n")}},
		{name: "aws credentials", files: []file{boot, text(".aws/credentials", "[default]\naws_access_key_id = "+key+"\naws_secret_access_key = "+strings.Repeat("k", 40)+"\n")}, want: []string{"secret@.aws/credentials"}},
		{name: "access key in config", files: []file{boot, text("config.json", `{"key":"`+key+`"}`)}, want: []string{"secret@config.json"}},
		{name: "documentation example key", files: []file{boot, text("config.json", `{"key":"AKIAIOSFODNN7EXAMPLE"}`)}},
		{name: "secret access key", files: []file{boot, text("settings.py", "AWS_SECRET_ACCESS_KEY = 'q8Vn2+Lr0c/Jx5TzW1mKp9Rb7Yd3Hs6Fg4Ea0UiO'\n")}, want: []string{"secret"}},
		{name: "documentation secret key", files: []file{boot, text("settings.py", "AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'\n")}},
		{name: "private key", files: []file{boot, text("certs/client.pem", pem)}, want: []string{"secret@certs/client.pem"}},
		{name: "ssh key", files: []file{boot, text("id_rsa", pem)}, want: []string{"secret"}},
		{name: "certificate bundle", files: []file{boot, text("certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")}},
		{name: "github token", files: []file{boot, text("deploy.sh", "export GH_TOKEN=ghp_"+strings.Repeat("a1B2", 9)+"\n")}, want: []string{"secret"}},
		{name: "github fine-grained token", files: []file{boot, text("ci.env.json", `{"token":"github_pat_`+strings.Repeat("a1B2_", 16)+`xy"}`)}, want: []string{"secret"}},
		{name: "slack token", files: []file{boot, text("notify.js", "const t = 'xoxb-1234567890-abcdefghij';\n")}, want: []string{"secret"}},
		{name: "stripe key", files: []file{boot, text("pay.py", "KEY = 'sk_live_"+strings.Repeat("a1B2", 7)+"'\n")}, want: []string{"secret"}},
		{name: "google api key", files: []file{boot, text("maps.json", `{"k":"AIza`+strings.Repeat("a1B2_", 7)+`"}`)}, want: []string{"secret"}},
		{name: "token look-alikes", files: []file{boot, text("routes.json", `{"weight": 3, "ghost_mode": true, "xoxo-club": "sk_live_short", "AIza": 1}`)}},
		{name: "npm token", files: []file{boot, text(".npmrc", "//registry.npmjs.org/:_authToken=npm_abcdef\n")}, want: []string{"secret"}},
		{name: "keystore", files: []file{boot, {name: "client.p12", body: noise(100, 3)}}, want: []string{"secret"}},
		{name: "dependency fixtures are not ours", files: []file{boot, text("node_modules/x/fixtures/key.pem", pem), text("requests/certs.py", `K = "`+key+`"`), text("requests-2.32.3.dist-info/METADATA", "")}},

		{name: "ratio bomb", files: []file{boot, {name: "pad.bin", body: zeros}}, want: []string{"zip-bomb@pad.bin"}},
		{name: "compressible but sane", files: []file{boot, {name: "data.txt", body: words(2 << 20)}}},
		{name: "entry count", opt: Options{Limits: config.Zip{MaxEntries: 3}}, files: []file{boot, text("a", ""), text("b", ""), text("c", "")}, want: []string{"zip-bomb@"}},
		{name: "nested zip bomb", files: []file{boot, {name: "data/archive.zip", body: zipBytes(t, file{name: "pad.bin", body: make([]byte, 8<<20)})}}, want: []string{"zip-bomb@data/archive.zip"}},
		{name: "nested zip, sane", files: []file{boot, {name: "data/archive.zip", body: zipBytes(t, file{name: "a.bin", body: noise(2<<20, 9)})}}},
		{name: "ratio limit raised", opt: Options{Limits: config.Zip{MaxRatio: 5000}}, files: []file{boot, {name: "pad.bin", body: zeros}}},

		{name: "unreadable file", files: []file{boot, {name: "app.py", body: []byte("x"), mode: 0o600}}, want: []string{"permissions@app.py"}},
		{name: "unenterable folder", files: []file{boot, {name: "lib/", mode: 0o700}, text("lib/x.py", "")}, want: []string{"permissions@lib/"}},
		{name: "readable", files: []file{boot, {name: "app.py", body: []byte("x"), mode: 0o444}, {name: "lib/", mode: 0o755}}},
		{name: "no unix modes: permissions unknown", files: []file{boot, {name: "app.py", body: []byte("x"), noUnix: true}}},

		{name: "duplicate", files: []file{boot, text("a.txt", "1"), text("a.txt", "2")}, want: []string{"zip-duplicate@a.txt"}},
		{name: "duplicate via ./", files: []file{boot, text("a.txt", "1"), text("./a.txt", "2")}, want: []string{"zip-duplicate"}},
		{name: "duplicate three times", files: []file{boot, text("a.txt", "1"), text("a.txt", "2"), text("a.txt", "3")}, want: []string{"zip-duplicate@a.txt"}},
		{name: "duplicate after a folder of the name", files: []file{boot, dir("x"), text("x", "1"), text("x", "2")}, want: []string{"zip-duplicate@x"}},
		{name: "folder and file of one name", files: []file{boot, dir("x"), text("x", "1")}},
		{name: "encrypted", files: []file{boot, {name: "secret.txt", body: noise(64, 5), raw: func() *zip.FileHeader { h := rawStored(noise(64, 5)); h.Flags = 1; return h }()}}, want: []string{"zip-encrypted@secret.txt"}},
		{name: "bzip2", files: []file{boot, {name: "data.bin", body: []byte("BZh91AY&SY"), raw: &zip.FileHeader{Method: 12, CompressedSize64: 10, UncompressedSize64: 100}}}, want: []string{"zip-method@data.bin"}},
	})

	// Secrets are named by kind, never printed.
	for _, body := range []string{".env:DB_PASSWORD=" + secretValue, "config.json:" + key} {
		name, content, _ := strings.Cut(body, ":")
		fs := run(t, tcase{files: []file{boot, text(name, content)}})
		for _, f := range fs {
			if strings.Contains(f.Message, secretValue) || strings.Contains(f.Message, key) {
				t.Errorf("message prints the secret: %s", f.Message)
			}
		}
	}
}

func TestJunk(t *testing.T) {
	boot := exe("bootstrap", goExe("x86_64"))
	checkCases(t, []tcase{
		{name: "git", files: []file{boot, text(".git/config", "[core]"), text(".git/HEAD", "ref"), text(".git/notes.md", "x")}, want: []string{"junk@.git/"}, says: []string{"3 files of version-control data"}},
		{
			name:  "several kinds",
			files: []file{boot, text(".DS_Store", "x"), text("__MACOSX/._bootstrap", "x"), text("main.go", "package main"), text("go.mod", "module x"), text("README.md", "# fn"), text("function.zip", "PK")},
			want:  []string{"junk"},
			says:  []string{"2 files of operating-system clutter", "2 files of Go source", "1 file of documentation", "1 file of build and editor leftovers"},
		},
		{name: "tests and caches", opt: Options{Runtime: "python3.12", Handler: "app.handler"}, files: []file{text("app.py", ""), text("tests/test_app.py", ""), text("app_test.py", ""), text("__pycache__/app.cpython-311.pyc", "")}, want: []string{"junk"}, says: []string{"2 files of tests", "1 file of Python bytecode"}},
		{name: "bytecode for the runtime", opt: Options{Runtime: "python3.12", Handler: "app.handler"}, files: []file{text("app.py", ""), text("__pycache__/app.cpython-312.pyc", ""), text("requests/__pycache__/api.cpython-312.pyc", "")}},
		{name: "bytecode in a Go package", files: []file{boot, text("__pycache__/x.cpython-312.pyc", "")}, want: []string{"junk@__pycache__/"}},
		{name: "docs and tests of dependencies", opt: Options{Runtime: "nodejs22.x", Handler: "index.handler"}, files: []file{text("index.js", ""), text("node_modules/uuid/README.md", "# uuid"), text("node_modules/uuid/test/a.js", ""), text("requests/README.md", ""), text("requests-2.0.dist-info/top_level.txt", "requests")}},
		{name: "look-alikes", opt: Options{Runtime: "nodejs22.x", Handler: "index.handler"}, files: []file{text("index.js", ""), text("LICENSE.md", "MIT"), text("latest.js", ""), text("contest/a.js", ""), text("testing.js", ""), text("node_modules/x/LICENSE", "")}},
	})
}

func TestInference(t *testing.T) {
	checkCases(t, []tcase{
		{name: "nothing but data: assume provided.al2023", files: []file{text("data.json", "{}")}, want: []string{"bootstrap-missing"}, says: []string{"provided.al2023 assumed"}},
		{name: "javascript: no bootstrap check", files: []file{text("index.js", "")}},
		{name: "a java layer given alone", opt: Options{Runtime: "java21"}, files: []file{{name: "java/lib/dep.jar", body: jarOf(t)}}},
		{name: "a python layer given alone", files: []file{text("python/requests/__init__.py", "")}},
		{name: "a python layer given alone, runtime known", opt: Options{Runtime: "python3.12"}, files: []file{text("python/lib/python3.11/site-packages/requests/__init__.py", "")}, want: []string{"layout"}},
	})
}

func TestBadOptions(t *testing.T) {
	path := buildZip(t, exe("bootstrap", goExe("x86_64")))
	for _, tc := range []struct {
		opt  Options
		want string
	}{
		{Options{Runtime: "python9"}, `unknown runtime "python9"`},
		{Options{Runtime: "pyhton3.12"}, `did you mean "python3.12"`},
		{Options{Arch: "amd64"}, `unknown architecture "amd64" (want x86_64 or arm64)`},
		{Options{Layers: []string{"missing-layer.zip"}}, "missing-layer.zip: no such file"},
	} {
		_, err := Check(path, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: err = %v, want %q", tc.opt, err, tc.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	valid := zipBytes(t, exe("bootstrap", goExe("x86_64")), text("a.txt", strings.Repeat("a", 1000)))
	corrupt := zipBytes(t, file{name: "bootstrap", mode: 0o755, body: []byte("not deflate data at all"),
		raw: &zip.FileHeader{Method: zip.Deflate, CompressedSize64: 23, UncompressedSize64: 5000}})
	corrupt = fixRawMode(t, corrupt)
	dirPath := t.TempDir()
	layer := writeFile(t, "layer.zip", []byte("not a zip"))
	for _, tc := range []struct {
		name string
		path string
		opt  Options
		want string
	}{
		{"not a zip", writeFile(t, "fn.zip", []byte("hello, this is text")), Options{}, "fn.zip: not a zip file"},
		{"truncated", writeFile(t, "fn.zip", valid[:len(valid)/2]), Options{}, "fn.zip: truncated or corrupt zip file"},
		{"end record cut", writeFile(t, "fn.zip", valid[:len(valid)-10]), Options{}, "fn.zip: truncated or corrupt zip file"},
		{"empty", writeFile(t, "fn.zip", nil), Options{}, "fn.zip: empty file"},
		{"directory", dirPath, Options{}, "is a directory"},
		{"missing", dirPath + "/nope.zip", Options{}, "nope.zip: no such file"},
		{"gzip", writeFile(t, "fn.zip", []byte{0x1f, 0x8b, 8, 0, 0, 0}), Options{}, "gzip"},
		{"executable", writeFile(t, "fn.zip", goExe("x86_64")), Options{}, "zip it first"},
		{"layer not a zip", writeFile(t, "fn.zip", valid), Options{Layers: []string{layer}}, "layer.zip: not a zip file (-layer takes a layer's .zip)"},
		{"corrupt bootstrap", writeFile(t, "fn.zip", corrupt), Options{}, "fn.zip: bootstrap: corrupt entry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Check(tc.path, tc.opt)
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line containing %q", msg, tc.want)
			}
		})
	}
}

// fixRawMode gives the raw bootstrap entry Unix execute bits, which
// CreateRaw leaves to the caller, by patching the central directory.
func fixRawMode(t *testing.T, b []byte) []byte {
	i := bytes.Index(b, []byte("PK\x01\x02"))
	if i < 0 {
		t.Fatal("no central directory")
	}
	b[i+5] = creatorUnix                     // version made by: high byte
	copy(b[i+38:], []byte{0, 0, 0xed, 0x81}) // external attrs: 0100755 << 16
	return b
}

func TestZip64(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 70,000 entries")
	}
	// More than 65,535 entries: archive/zip writes a zip64 end record.
	files := []file{exe("bootstrap", goExe("x86_64"))}
	for i := range 70000 {
		files = append(files, file{name: fmt.Sprintf("data/%05d.txt", i), store: true})
	}
	data := zipBytes(t, files...)
	if !bytes.Contains(data[len(data)-200:], []byte("PK\x06\x06")) {
		t.Fatal("no zip64 end record written")
	}
	fs, err := Check(writeFile(t, "fn.zip", data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 0 {
		t.Errorf("zip64 package: %s", dump(fs))
	}

	// An entry declaring more than 4 GiB carries zip64 extra fields.
	huge := &zip.FileHeader{Method: zip.Deflate, CompressedSize64: 3, UncompressedSize64: 5 << 30}
	data = zipBytes(t, exe("bootstrap", goExe("x86_64")), file{name: "huge.bin", body: []byte{3, 0, 0}, raw: huge})
	fs, err = Check(writeFile(t, "fn.zip", data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, f := range fs {
		rules = append(rules, f.Rule)
	}
	if want := []string{"size-unzipped", "zip-bomb"}; !slices.Equal(uniq(rules), want) {
		t.Errorf("zip64 entry: rules %v, want %v\n%s", rules, want, dump(fs))
	}
}

func TestEnabled(t *testing.T) {
	path := buildZip(t, file{name: "bootstrap", body: goExe("arm64"), mode: 0o644}, text(".env", "DB_PASSWORD=hunter2-xyz\n"))
	fs, err := Check(path, Options{Enabled: func(r string) bool { return r == "secret" }})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Rule != "secret" {
		t.Errorf("only secret enabled: %s", dump(fs))
	}
}

// TestCatalogue holds the zipcheck rules to SPEC.md's fixed ids and the
// catalogue's conventions.
func TestCatalogue(t *testing.T) {
	fixed := []string{"size-zipped", "size-unzipped", "layers-count", "bootstrap-missing", "bootstrap-nested",
		"bootstrap-not-executable", "bootstrap-arch", "handler-missing", "layout", "path-unsafe", "secret", "junk",
		"zip-bomb", "permissions"}
	for _, id := range fixed {
		if r, ok := rules.Lookup(id); !ok || r.Analyzer != Analyzer {
			t.Errorf("rule %s missing from the catalogue or not zipcheck's", id)
		}
	}
	for _, r := range rules.ForAnalyzer(Analyzer) {
		if r.Title == "" || strings.HasSuffix(r.Title, ".") || strings.ToLower(r.Title[:1]) != r.Title[:1] {
			t.Errorf("%s: title %q: want lower case, no period", r.ID, r.Title)
		}
		if r.Rationale == "" || r.Bad == "" || r.Good == "" || r.Fix == "" {
			t.Errorf("%s: rationale, bad, good and fix are all needed", r.ID)
		}
	}
}
