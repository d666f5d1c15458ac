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
# the 200 demo contacts and the successors some of them named during the demo's 90 simulated days of history
contacts=$(grep -o '"contacts": [0-9]*' <<<"$info" | grep -o '[0-9]*$' || true)
[ -n "$contacts" ] && [ "$contacts" -ge 200 ] && [ "$contacts" -lt 250 ] || fail "cli info --json does not count the 200 demo contacts: $info"
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
# The everyday commands that read run without OSGi (org.revisit.cli.Main on a plain class path, the call types
# read from the installed bundles) and print what they print through the OSGi product.
campaign=$(sed -n 's/.*"id": \([0-9]*\).*/\1/p' <<<"$("$product/revisit" cli campaign list --data "$work/data" --json)" | head -n 1)
[ -n "$campaign" ] || fail "cli campaign list --json should list the demo campaigns"
same=(
  "calltypes --json"
  "calltypes"
  "queue --data $work/data --json"
  "queue --data $work/data"
  "campaign list --data $work/data"
  "campaign show $campaign --data $work/data --json"
  "report calling --from 2026-11-16 --to 2026-11-22 --data $work/data --json"
  "report satisfaction --from 2026-11-16 --to 2026-11-22 --data $work/data"
  "report supervision --from 2026-11-16 --to 2026-11-22 --data $work/data --json"
  "callback list --data $work/data --json"
)
for line in "${same[@]}"; do
  # shellcheck disable=SC2086
  trace=$(bash -x "$product/revisit" cli $line 2>&1 >"$work/plain.out") || fail "cli $line exited with $? without OSGi: $(tail -n 3 <<<"$trace")"
  grep -q "org.revisit.cli.Main" <<<"$trace" || fail "cli $line should run without OSGi (org.revisit.cli.Main)"
  # shellcheck disable=SC2086
  REVISIT_CLI_OSGI=1 "$product/revisit" cli $line >"$work/osgi.out" 2>"$work/osgi.err" || fail "cli $line exited with $? in OSGi: $(cat "$work/osgi.err")"
  cmp -s "$work/plain.out" "$work/osgi.out" || fail "cli $line prints otherwise without OSGi: $(diff "$work/osgi.out" "$work/plain.out" | head -n 20)"
done
[ "$(wc -l <"$work/plain.out")" -gt 0 ] || fail "cli callback list --json printed nothing"
"$product/revisit" cli export contacts "$work/plain.csv" --data "$work/data" >/dev/null || fail "cli export contacts exited with $? without OSGi"
REVISIT_CLI_OSGI=1 "$product/revisit" cli export contacts "$work/osgi.csv" --data "$work/data" >/dev/null \
  || fail "cli export contacts exited with $? in OSGi"
cmp -s "$work/plain.csv" "$work/osgi.csv" || fail "cli export contacts writes another file without OSGi"
pass
[ -f "$work/data/derby.log" ] || fail "derby.log should be in the data folder"
pass
echo "$checks passed, 0 failed"
