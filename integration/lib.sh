# Shared by the integration scripts; sourced, not run.
#
# Every script proves one integration with the real tool on the example
# function project integration/testdata/fn (a module of its own that uses the
# real aws-lambda-go and aws-sdk-go-v2). It works on copies under $WORK, so
# the tree is never modified, and keeps its binaries under $BIN so that
# run.sh builds each once.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INTEG="$ROOT/integration"
FN="$INTEG/testdata/fn"
export BIN=${LAMBDALINT_IT_BIN:-${TMPDIR:-/tmp}/lambdalint-it-bin}
mkdir -p "$BIN"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lambdalint-it.XXXXXX")
if [[ -z ${LAMBDALINT_IT_KEEP:-} ]]; then
	trap 'rm -rf "$WORK"' EXIT
fi
export NO_COLOR=1
# Go's module proxy only; the example project's modules come from it.
export GOFLAGS=${GOFLAGS:--buildvcs=false}

say() { printf '%s: %s\n' "$SCRIPT" "$*" >&2; }
die() {
	printf '%s: FAIL: %s\n' "$SCRIPT" "$*" >&2
	exit 1
}
need() { command -v "$1" >/dev/null || die "$1 is not installed${2:+ ($2)}"; }

need go
if ! command -v jq >/dev/null && [[ $(id -u) == 0 ]]; then
	apt-get install -y -qq jq >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq jq >/dev/null; } || true
fi
need jq "apt-get install -y jq"

# build_lambdalint builds the command once per run.sh (go's build cache
# makes a rebuild of unchanged sources instant).
build_lambdalint() {
	if [[ -z ${LAMBDALINT_IT_BUILT:-} || ! -x $BIN/lambdalint ]]; then
		say "building lambdalint"
		(cd "$ROOT" && go build -o "$BIN/lambdalint" ./cmd/lambdalint) || die "go build ./cmd/lambdalint failed"
	fi
	export PATH="$BIN:$PATH"
}

# copy_fn DIR copies the example project to DIR (fixes write to it).
copy_fn() {
	mkdir -p "$1"
	(cd "$FN" && tar cf - .) | (cd "$1" && tar xf -)
}

# standalone DIR OUT [FLAGS...] writes the standalone findings of DIR as
# sorted "file:line:col rule<TAB>message" lines.
standalone() {
	local dir=$1 out=$2 rc=0
	shift 2
	(cd "$dir" && lambdalint -format json "$@" ./...) >"$WORK/standalone.json" 2>"$WORK/standalone.err" || rc=$?
	[[ $rc == 0 || $rc == 1 ]] || die "lambdalint ./... exited $rc: $(cat "$WORK/standalone.err")"
	jq -r '.findings[] | "\(.file):\(.line):\(.column) \(.rule)\t\(.message)"' "$WORK/standalone.json" | sort >"$out"
}

# same A B NAME fails with a diff unless the two finding lists are equal.
same() {
	if ! diff -u --label standalone --label "$3" "$1" "$2" >&2; then
		die "$3 and the standalone run disagree (- standalone, + $3)"
	fi
}

# fixed_tree DIR normalises a tree after fixes: gofmt, as lambdalint -fix
# formats the files it edits and other fixers may not.
fixed_tree() { gofmt -l -w "$1" >/dev/null; }
