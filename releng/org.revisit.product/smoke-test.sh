#!/usr/bin/env bash
# Smoke test of the materialized product, run by the build after the product is assembled: the product's
# own start script finds Java, the command-line application starts, and Derby (with its fragments) is
# packaged so that a database can be created, filled and read.
set -euo pipefail
product=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
checks=0
# The product lives on Monday 2026-11-23 from 09:00 in Shanghai, whatever the machine's date (REVISIT_NOW is
# for tests only; see the README, The two commands).
export REVISIT_NOW=2026-11-23T09:00:00+08:00
fail() { echo "smoke test: $*" >&2; echo "$checks passed, 1 failed"; exit 1; }
pass() { checks=$((checks + 1)); }

out=$("$product/revisit" cli demo --contacts 200 --data "$work/data" --json) || fail "cli demo exited with $?"
grep -q '"added": 200' <<<"$out" || fail "cli demo --json did not report 200 contacts: $out"
pass
info=$("$product/revisit" cli info --data "$work/data" --json) || fail "cli info exited with $?"
grep -q '"contacts": 200' <<<"$info" || fail "cli info --json does not count 200 contacts: $info"
grep -q '"campaigns": 13' <<<"$info" || fail "cli info --json does not count the demo campaigns: $info"
[ "$(head -c1 <<<"$info")" = "{" ] && [ "$(tail -n1 <<<"$info")" = "}" ] || fail "cli info --json printed more than one JSON document: $info"
pass
set +e
bad_out=$("$product/revisit" cli info --data "$work/data" --no-such-option 2>"$work/err")
code=$?
set -e
[ "$code" = 2 ] || fail "a wrong option should exit with 2, not $code"
[ -z "$bad_out" ] || fail "a failing command printed on standard output: $bad_out"
[ "$(wc -l <"$work/err")" = 1 ] || fail "a failing command should print one line on standard error: $(cat "$work/err")"
pass
types=$("$product/revisit" cli calltypes --json) || fail "cli calltypes exited with $?"
[ "$(grep -o '"id": "org.revisit.calltype\.[A-Za-z]*"' <<<"$types" | wc -l)" = 11 ] \
  || fail "the product should install the 11 built-in call types: $types"
plan=$("$product/revisit" cli plan --data "$work/data" --json) || fail "cli plan exited with $?"
grep -q '"created": 0,' <<<"$plan" || fail "planning again right after the demo should create nothing: $plan"
grep -q '"problems": \[\]' <<<"$plan" || fail "planning the demo campaigns should report no problem: $plan"
grep -q '"from": "2026-11-23"' <<<"$plan" || fail "REVISIT_NOW should set the day the plan starts: $plan"
pass
[ -f "$work/data/derby.log" ] || fail "derby.log should be in the data folder"
pass
echo "$checks passed, 0 failed"
