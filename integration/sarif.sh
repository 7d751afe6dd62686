#!/usr/bin/env bash
# SARIF for code scanning: lambdalint's -format sarif output, of a real run
# on the example project and of `lambdalint zip` on a bad package, validates
# against the SARIF 2.1.0 JSON schema (testdata/sarif/sarif-schema-2.1.0.json)
# and carries what GitHub code scanning reads (integration/sarif, a test in
# the integration module, which may depend on a JSON schema validator).
SCRIPT=sarif
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_lambdalint

copy_fn "$WORK/fn"
rc=0
(cd "$WORK/fn" && lambdalint -format sarif ./...) >"$WORK/fn.sarif" 2>"$WORK/sarif.err" || rc=$?
[[ $rc == 1 ]] || die "lambdalint -format sarif exited $rc, want 1: $(cat "$WORK/sarif.err")"
jq -e '[.runs[0].results[] | select(.relatedLocations)] | length > 0' "$WORK/fn.sarif" >/dev/null ||
	die "the example's SARIF has no related locations (the cross-package finding)"

# A package with a non-executable bootstrap and a credentials file.
printf '#!/bin/sh\necho hi\n' >"$WORK/bootstrap"
printf 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' >"$WORK/env"
(cd "$WORK" && go run "$INTEG/testdata/mkzip/mkzip.go" "$WORK/bad.zip" "bootstrap=$WORK/bootstrap:0644" ".env=$WORK/env:0644") ||
	die "mkzip failed"
rc=0
(cd "$WORK" && lambdalint zip -format sarif bad.zip) >"$WORK/zip.sarif" 2>"$WORK/sarif.err" || rc=$?
[[ $rc == 1 ]] || die "lambdalint zip -format sarif exited $rc, want 1: $(cat "$WORK/sarif.err")"

say "go test ./sarif (schema validation of $(jq '.runs[0].results | length' "$WORK/fn.sarif") + $(jq '.runs[0].results | length' "$WORK/zip.sarif") results)"
(cd "$INTEG" && LAMBDALINT_SARIF="$WORK/fn.sarif,$WORK/zip.sarif" go test -count=1 ./sarif) >&2 ||
	die "the SARIF output does not validate"
say "ok"
