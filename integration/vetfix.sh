#!/usr/bin/env bash
# go vet and go fix drive lambdalint as a vet tool (the unitchecker
# protocol: one package per process, facts passed through files) and must
# agree with the standalone command:
#   go vet -vettool=$(command -v lambdalint) ./...   same findings, including
#                                                    the cross-package ones
#   go fix -fixtool=$(command -v lambdalint) ./...   same edits as lambdalint -fix
SCRIPT=vetfix
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_lambdalint
tool=$(command -v lambdalint)

copy_fn "$WORK/fn"
standalone "$WORK/fn" "$WORK/standalone.txt"
[[ -s $WORK/standalone.txt ]] || die "lambdalint found nothing in the example project"
grep -q "client-per-invocation" "$WORK/standalone.txt" ||
	die "the example lost its cross-package finding (client-per-invocation via internal/store)"

# go vet -json prints "# pkg" lines and one JSON object per package:
# {"pkg": {"analyzer": [{"posn": "file:line:col", "category": "rule", ...}]}}.
say "go vet -vettool=$tool ./..."
rc=0
(cd "$WORK/fn" && go vet -vettool="$tool" -json ./...) >"$WORK/vet.out" 2>&1 || rc=$?
[[ $rc == 0 ]] || die "go vet -json exited $rc: $(head -20 "$WORK/vet.out")"
grep -v '^#' "$WORK/vet.out" |
	jq -r --arg dir "$WORK/fn/" '.[] | to_entries[] | .key as $a | .value | arrays | .[] |
		"\(.posn | ltrimstr($dir)) \(.category // $a)\t\(.message)"' | sort -u >"$WORK/vet.txt"
same "$WORK/standalone.txt" "$WORK/vet.txt" "go vet"
# Without -json go vet fails on findings, like lambdalint.
rc=0
(cd "$WORK/fn" && go vet -vettool="$tool" ./...) >/dev/null 2>&1 || rc=$?
[[ $rc != 0 ]] || die "go vet -vettool exited 0 on the example's findings"
say "go vet: $(wc -l <"$WORK/vet.txt") findings, the same as lambdalint ./..."

# Fixes: the standalone -fix on one copy, go fix on another.
copy_fn "$WORK/fix-standalone"
copy_fn "$WORK/fix-go"
(cd "$WORK/fix-standalone" && lambdalint -fix ./... >/dev/null 2>&1) || true
say "go fix -fixtool=$tool ./..."
rc=0
(cd "$WORK/fix-go" && go fix -fixtool="$tool" ./...) >"$WORK/gofix.out" 2>&1 || rc=$?
# go fix reports the findings it could not fix and exits non-zero then.
grep -q 'flag provided but not defined\|unsupported\|not a valid' "$WORK/gofix.out" &&
	die "go fix could not drive lambdalint: $(head -5 "$WORK/gofix.out")"
fixed_tree "$WORK/fix-standalone"
fixed_tree "$WORK/fix-go"
if ! diff -ru "$WORK/fix-standalone" "$WORK/fix-go" >&2; then
	die "go fix and lambdalint -fix made different edits (- lambdalint -fix, + go fix)"
fi
if diff -rq "$FN" "$WORK/fix-standalone" >/dev/null; then
	say "NOTE: no finding in the example carries a suggested fix yet; both left the tree unchanged"
else
	say "go fix: $(diff -rq "$FN" "$WORK/fix-go" | wc -l) files edited, the same edits as lambdalint -fix"
fi
say "ok"
