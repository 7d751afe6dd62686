#!/usr/bin/env bash
# golangci-lint v2 with the lambdalint module plugin (package golangci of
# this repository) must report what the standalone command reports:
#   - builds the custom golangci-lint once: integration/golangci is the main
#     `golangci-lint custom` would generate (that command needs git access
#     to GitHub); LAMBDALINT_GOLANGCI=/path/to/binary skips the build;
#   - golangci-lint run -c .golangci-plugin.yml on the example project: the
#     same file:line:col, rule ids and messages as lambdalint ./..., minus
#     the findings on lines marked //nolint:lambdalint;
#   - settings under linters.settings.custom.lambdalint.settings act like
#     lambdalint.toml, and a bad key is an error naming the nearest one;
#   - golangci-lint run --fix makes the same edits as lambdalint -fix.
SCRIPT=golangci
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_lambdalint

gcl=${LAMBDALINT_GOLANGCI:-}
if [[ -z $gcl ]]; then
	gcl="$BIN/golangci-lint"
	say "building golangci-lint v2.15.0 with the lambdalint plugin (cold: ~10 min on 2 cores)"
	start=$SECONDS
	(cd "$INTEG" && go build -o "$gcl" ./golangci) || die "building the custom golangci-lint failed"
	say "built in $((SECONDS - start))s"
fi
"$gcl" version >/dev/null || die "$gcl does not run"
export GOLANGCI_LINT_CACHE="$WORK/golangci-cache"

# golangci_run DIR CONFIG OUT [ARGS...] runs golangci-lint in DIR and
# writes its lambdalint findings as "file:line:col rule<TAB>message".
golangci_run() {
	local dir=$1 cfg=$2 out=$3 rc=0
	shift 3
	(cd "$dir" && "$gcl" run -c "$cfg" --path-mode=abs --output.json.path="$WORK/golangci.json" \
		--output.text.path=stderr --show-stats=false "$@" ./...) 2>"$WORK/golangci.err" || rc=$?
	[[ $rc == 0 || $rc == 1 ]] || die "golangci-lint run exited $rc: $(tail -5 "$WORK/golangci.err")"
	# Related information comes as extra issues "<analyzer>(related
	# information): …"; the finding itself is "<analyzer>: <message> [rule]".
	jq -r --arg dir "$dir/" '.Issues[] | select(.FromLinter == "lambdalint")
		| select(.Text | test("^[a-z]+\\(related information\\): ") | not)
		| (.Text | capture("^[a-z]+: (?<msg>.*) \\[(?<rule>[a-z0-9-]+)\\]$")) as $t
		| "\(.Pos.Filename | ltrimstr($dir)):\(.Pos.Line):\(.Pos.Column) \($t.rule)\t\($t.msg)"' \
		"$WORK/golangci.json" | sort >"$out"
	if jq -e '.Issues[] | select(.FromLinter == "lambdalint") | select(.Text | test("\\[[a-z0-9-]+\\]$|\\(related information\\)") | not)' \
		"$WORK/golangci.json" >/dev/null; then
		die "a lambdalint issue lacks its [rule-id]: $(jq -c '.Issues[0].Text' "$WORK/golangci.json")"
	fi
}

copy_fn "$WORK/fn"
standalone "$WORK/fn" "$WORK/standalone.txt"
[[ -s $WORK/standalone.txt ]] || die "lambdalint found nothing in the example project"

# What golangci-lint must show: the standalone findings, less those on a
# line with //nolint:lambdalint.
: >"$WORK/expected.txt"
: >"$WORK/nolint.txt"
while IFS= read -r line; do
	pos=${line%% *}
	file=${pos%%:*}
	rest=${pos#*:}
	n=${rest%%:*}
	if sed -n "${n}p" "$WORK/fn/$file" | grep -q '//nolint:lambdalint'; then
		echo "$line" >>"$WORK/nolint.txt"
	else
		echo "$line" >>"$WORK/expected.txt"
	fi
done <"$WORK/standalone.txt"
[[ -s $WORK/nolint.txt ]] || die "no standalone finding sits on a //nolint:lambdalint line; the example lost cmd/legacy"

say "golangci-lint run -c .golangci-plugin.yml ./..."
golangci_run "$WORK/fn" "$ROOT/.golangci-plugin.yml" "$WORK/golangci.txt"
same "$WORK/expected.txt" "$WORK/golangci.txt" "golangci-lint"
say "golangci-lint: $(wc -l <"$WORK/golangci.txt") findings, the same as lambdalint ./...; $(wc -l <"$WORK/nolint.txt") suppressed by //nolint:lambdalint"

# Settings: disable an analyzer and re-rate a rule through the plugin's
# settings; then a misspelt key must stop golangci-lint with the message
# lambdalint.toml would give.
settings_config() {
	sed "s|^        settings: {}|        settings: $1|" "$ROOT/.golangci-plugin.yml" >"$WORK/golangci-settings.yml"
	grep -qF "settings: $1" "$WORK/golangci-settings.yml" || die ".golangci-plugin.yml no longer has 'settings: {}'"
}
settings_config '{disable: [depbloat], rules: {goroutine-leak: {disabled: true}}}'
golangci_run "$WORK/fn" "$WORK/golangci-settings.yml" "$WORK/golangci-settings.txt"
printf 'disable = ["depbloat"]\n[rules.goroutine-leak]\ndisabled = true\n' >"$WORK/fn/lambdalint.toml"
standalone "$WORK/fn" "$WORK/standalone-settings.txt"
rm "$WORK/fn/lambdalint.toml"
grep -v -F -f <(cut -f1 "$WORK/nolint.txt") "$WORK/standalone-settings.txt" >"$WORK/expected-settings.txt" || true
same "$WORK/expected-settings.txt" "$WORK/golangci-settings.txt" "golangci-lint with settings"
cmp -s "$WORK/golangci-settings.txt" "$WORK/golangci.txt" && die "the plugin's settings changed nothing"
settings_config '{handlercore: {max-statement: 3}}'
rc=0
(cd "$WORK/fn" && "$gcl" run -c "$WORK/golangci-settings.yml" ./...) >"$WORK/bad.out" 2>&1 || rc=$?
[[ $rc != 0 ]] || die "golangci-lint accepted an unknown lambdalint setting"
grep -q 'unknown key "handlercore.max-statement"; did you mean "max-statements"' "$WORK/bad.out" ||
	die "golangci-lint's error does not name the bad key and the nearest one: $(tail -3 "$WORK/bad.out")"
say "settings: decoded like lambdalint.toml, a bad key is rejected with the nearest name"

# --fix: the same edits as lambdalint -fix.
copy_fn "$WORK/fix-standalone"
copy_fn "$WORK/fix-golangci"
(cd "$WORK/fix-standalone" && lambdalint -fix ./... >/dev/null 2>&1) || true
say "golangci-lint run --fix"
golangci_run "$WORK/fix-golangci" "$ROOT/.golangci-plugin.yml" "$WORK/golangci-fix.txt" --fix
fixed_tree "$WORK/fix-standalone"
fixed_tree "$WORK/fix-golangci"
if ! diff -ru "$WORK/fix-standalone" "$WORK/fix-golangci" >&2; then
	die "golangci-lint --fix and lambdalint -fix made different edits (- lambdalint -fix, + golangci-lint --fix)"
fi
if diff -rq "$FN" "$WORK/fix-standalone" >/dev/null; then
	say "NOTE: no finding in the example carries a suggested fix yet; both left the tree unchanged"
else
	say "--fix: $(diff -rq "$FN" "$WORK/fix-golangci" | wc -l) files edited, the same edits as lambdalint -fix"
fi
say "ok"
