#!/usr/bin/env bash
# Runs every integration check with the real tools and prints the time each
# took. CI calls it from .ci/run. Each check is a script of its own:
#
#   integration/golangci.sh    golangci-lint v2 module plugin (builds a custom
#                              golangci-lint: ~10 min cold on 2 cores)
#   integration/precommit.sh   pre-commit hooks lambdalint and lambdalint-zip
#   integration/vetfix.sh      go vet -vettool and go fix -fixtool
#   integration/sarif.sh       SARIF 2.1.0 schema and GitHub's fields
#
# Usage: integration/run.sh [check...]   (default: all; names without .sh)
# LAMBDALINT_GOLANGCI=/path skips the golangci-lint build.
set -euo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checks=("$@")
[[ ${#checks[@]} -gt 0 ]] || checks=(vetfix sarif precommit golangci)

if [[ -z ${LAMBDALINT_IT_BIN:-} ]]; then
	LAMBDALINT_IT_BIN=$(mktemp -d "${TMPDIR:-/tmp}/lambdalint-it-bin.XXXXXX")
	trap 'rm -rf "$LAMBDALINT_IT_BIN"' EXIT
fi
export LAMBDALINT_IT_BIN
start=$SECONDS
echo "integration: building lambdalint" >&2
(cd "$dir/.." && go build -o "$LAMBDALINT_IT_BIN/lambdalint" ./cmd/lambdalint)
export LAMBDALINT_IT_BUILT=1
echo "integration: lambdalint built in $((SECONDS - start))s" >&2

failed=()
summary=()
for c in "${checks[@]}"; do
	[[ -x $dir/$c.sh ]] || { echo "integration: no check $c (want one of golangci precommit vetfix sarif)" >&2; exit 2; }
	echo "integration: === $c" >&2
	t=$SECONDS
	if "$dir/$c.sh"; then
		summary+=("$(printf '%-10s ok    %4ds' "$c" $((SECONDS - t)))")
	else
		summary+=("$(printf '%-10s FAIL  %4ds' "$c" $((SECONDS - t)))")
		failed+=("$c")
	fi
done
echo "integration: summary" >&2
printf '  %s\n' "${summary[@]}" >&2
printf '  %-10s       %4ds\n' total $((SECONDS - start)) >&2
if [[ ${#failed[@]} -gt 0 ]]; then
	echo "integration: FAILED: ${failed[*]}" >&2
	exit 1
fi
