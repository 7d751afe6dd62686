#!/usr/bin/env bash
# pre-commit runs the hooks of .pre-commit-hooks.yaml from this repository
# (language: golang: pre-commit builds lambdalint with `go install ./...`)
# against throw-away git repositories:
#   - lambdalint on the example project fails and names the rules;
#   - lambdalint on a clean function passes;
#   - lambdalint-zip fails on a package whose bootstrap is not executable and
#     passes on a good one.
# Installs Debian's pre-commit when it is missing (apt-get, as root).
SCRIPT=precommit
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need git

if ! command -v pre-commit >/dev/null; then
	say "installing Debian's pre-commit"
	sudo=
	[[ $(id -u) == 0 ]] || sudo="sudo -n"
	$sudo apt-get install -y -qq pre-commit >/dev/null 2>&1 ||
		{ $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq pre-commit >/dev/null; } ||
		die "apt-get install pre-commit failed"
fi
say "$(pre-commit --version)"

# pre-commit's own state (hook repositories, the go install) stays in $WORK;
# its go install shares the module and build caches with the go command.
export PRE_COMMIT_HOME="$WORK/pre-commit-home"
GOMODCACHE=$(go env GOMODCACHE)
GOCACHE=$(go env GOCACHE)
export GOMODCACHE GOCACHE
export GIT_AUTHOR_NAME=lambdalint GIT_AUTHOR_EMAIL=ci@lambdalint.invalid
export GIT_COMMITTER_NAME=lambdalint GIT_COMMITTER_EMAIL=ci@lambdalint.invalid

# commit_all DIR makes DIR a git repository with one commit of its files.
commit_all() {
	git -C "$1" init -q -b main
	git -C "$1" add -A
	git -C "$1" commit -q -m snapshot
}

# The hook repository: a snapshot of this working tree (tracked and new
# files, as the next commit would have them), so that uncommitted changes
# are tested too; try-repo on the tree itself would see only committed files.
hooks="$WORK/hooks-repo"
mkdir -p "$hooks"
if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
	(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do [[ -e $f ]] && printf '%s\0' "$f"; done |
		tar cf - --null -T -) | (cd "$hooks" && tar xf -)
else
	(cd "$ROOT" && tar cf - --exclude=.git .) | (cd "$hooks" && tar xf -)
fi
commit_all "$hooks"
# pre-commit runs `go install ./...` there: golangci-lint (the nested
# integration module) must stay out of the root module's build.
if (cd "$hooks" && go list -e -deps ./... 2>/dev/null) | grep -q '^github.com/golangci/golangci-lint'; then
	die "the root module's packages depend on golangci-lint; pre-commit's go install would build it"
fi

# try DIR HOOK: runs `pre-commit try-repo` in DIR; sets rc and writes
# $WORK/try.out.
try() {
	rc=0
	(cd "$1" && pre-commit try-repo "$hooks" "$2" --all-files --color=never) >"$WORK/try.out" 2>&1 || rc=$?
	if grep -q 'An unexpected error has occurred\|CalledProcessError' "$WORK/try.out"; then
		cat "$WORK/try.out" >&2
		cat "$PRE_COMMIT_HOME/pre-commit.log" >&2 2>/dev/null || true
		die "pre-commit could not install or run hook $2"
	fi
}

say "pre-commit try-repo <lambdalint> lambdalint --all-files (the example project)"
bad="$WORK/bad"
copy_fn "$bad"
commit_all "$bad"
try "$bad" lambdalint
[[ $rc == 1 ]] || { cat "$WORK/try.out" >&2; die "hook lambdalint passed (exit $rc) on the example's violations"; }
grep -q 'Failed' "$WORK/try.out" && grep -q 'handler-signature' "$WORK/try.out" && grep -q 'client-per-invocation' "$WORK/try.out" ||
	{ cat "$WORK/try.out" >&2; die "hook lambdalint failed without naming the violations"; }
say "hook lambdalint fails on the violations ($(grep -c '\[[a-z0-9-]*\]$' "$WORK/try.out") findings)"

say "pre-commit try-repo <lambdalint> lambdalint --all-files (a clean function)"
clean="$WORK/clean"
mkdir -p "$clean/cmd"
cp "$FN/go.mod" "$FN/go.sum" "$clean/"
cp -r "$FN/cmd/health" "$clean/cmd/"
commit_all "$clean"
try "$clean" lambdalint
[[ $rc == 0 ]] || { cat "$WORK/try.out" >&2; die "hook lambdalint failed (exit $rc) on the clean function"; }
grep -q 'Passed' "$WORK/try.out" || { cat "$WORK/try.out" >&2; die "hook lambdalint did not run on the clean function"; }
say "hook lambdalint passes on the clean function"

# lambdalint-zip: a good package (bootstrap: a linux/amd64 executable,
# mode 0755) and a bad one (the same file without the execute bits).
say "pre-commit try-repo <lambdalint> lambdalint-zip --all-files"
(cd "$clean" && GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -tags lambda.norpc -trimpath -ldflags='-s -w' -o "$WORK/bootstrap" ./cmd/health) ||
	die "building the clean function for linux/amd64 failed"
zips="$WORK/zips"
mkzip() { (cd "$WORK" && go run "$INTEG/testdata/mkzip/mkzip.go" "$@") || die "mkzip failed"; }
mkdir -p "$zips/dist"
mkzip "$zips/dist/function.zip" "bootstrap=$WORK/bootstrap:0755"
commit_all "$zips"
try "$zips" lambdalint-zip
[[ $rc == 0 ]] || { cat "$WORK/try.out" >&2; die "hook lambdalint-zip failed (exit $rc) on a good package"; }
mkzip "$zips/dist/function.zip" "bootstrap=$WORK/bootstrap:0644"
git -C "$zips" commit -q -am "not executable"
try "$zips" lambdalint-zip
[[ $rc == 1 ]] && grep -q 'bootstrap-not-executable' "$WORK/try.out" ||
	{ cat "$WORK/try.out" >&2; die "hook lambdalint-zip did not fail with bootstrap-not-executable (exit $rc)"; }
say "hook lambdalint-zip passes on a good package and fails on a bad one"
say "ok"
