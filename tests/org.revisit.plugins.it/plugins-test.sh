#!/usr/bin/env bash
# Installs the test plug-in into a copy of the materialized product with 'revisit cli plugins', as a user would:
# list, install from the test plug-in's own p2 repository, see its call type after a restart, uninstall, and the
# product still starts. Also: a URL that holds no repository, a read-only installation, Revisit's own features.
# Then the example plug-in (examples/org.revisit.example.renewal) as its user would take it: installed from its own
# repository, a campaign for it created from a file on imported contacts, planned, its calls in the queue; then
# uninstalled, and the product still starts with the campaign shown as "call type not installed".
set -euo pipefail
product=$1
repository=$2
work=$3
example=${4:-}
[ -x "$product/revisit" ] || { echo "plugins test: no materialized product in $product (build releng/org.revisit.product first)" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cp -a "$product" "$work/product"
revisit="$work/product/revisit"
export REVISIT_NOW=2026-11-23T09:00:00+08:00
checks=0
fail() { echo "plugins test: $*" >&2; echo "$checks passed, 1 failed"; exit 1; }
pass() { checks=$((checks + 1)); }
tiny=org.revisit.testplugin.calltype.tiny

out=$("$revisit" cli plugins list --json) || fail "plugins list exited with $?"
grep -q '"plugins": \[\]' <<<"$out" || fail "a new product should list no plug-ins: $out"
pass

set +e
"$revisit" cli plugins install "file:$work/no-such-repository" >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" = 1 ] || fail "installing from a URL without a repository should exit with 1, not $code"
[ "$(wc -l <"$work/err")" = 1 ] && grep -q "no-such-repository" "$work/err" \
  || fail "a bad URL should be named in one line: $(cat "$work/err")"
pass

# Code fetched without TLS could be changed on the way: plain http is refused before anything is fetched.
set +e
"$revisit" cli plugins install "http://repository.invalid/revisit" >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" = 1 ] || fail "installing from plain http should exit with 1, not $code"
[ "$(wc -l <"$work/err")" = 1 ] && grep -q "https:, file: or jar:file:" "$work/err" \
  || fail "plain http should be refused in one line: $(cat "$work/err")"
pass

# A read-only installation: another user than its owner (root can write anything, so the check runs as nobody, on
# a copy in a folder everybody may read, whatever folder the build runs in).
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  ro=$(mktemp -d /tmp/revisit-plugins-it.XXXXXX)
  trap 'rm -rf "$ro"' EXIT
  cp -a "$product" "$ro/product"
  cp -a "$repository" "$ro/repository"
  mkdir -p "$ro/home" && chmod 755 "$ro" && chmod -R a+rX "$ro/product" "$ro/repository" && chmod 777 "$ro/home"
  set +e
  setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$ro/home" "$ro/product/revisit" cli plugins install \
    "$ro/repository" >"$work/out" 2>"$work/err"
  code=$?
  set -e
  [ "$code" = 1 ] || fail "installing into a read-only installation should exit with 1, not $code: $(cat "$work/err")"
  [ "$(wc -l <"$work/err")" = 1 ] && grep -q "read-only" "$work/err" \
    || fail "a read-only installation should be said in one line: $(cat "$work/err")"
  pass
fi

out=$("$revisit" cli plugins install "$repository" --json) || fail "plugins install exited with $?"
grep -q '"id": "org.revisit.testplugin.feature"' <<<"$out" || fail "the test feature should be installed: $out"
grep -q '"restartNeeded": true' <<<"$out" || fail "an install should ask for a restart: $out"
pass
out=$("$revisit" cli plugins list) || fail "plugins list exited with $?"
grep -q '^org.revisit.testplugin.feature ' <<<"$out" || fail "the installed feature should be listed: $out"
pass
types=$("$revisit" cli calltypes --json) || fail "calltypes exited with $?"
grep -q "\"id\": \"$tiny\"" <<<"$types" || fail "the installed plug-in's call type should be there after a restart: $types"
[ "$(grep -o '"id": "org.revisit.calltype\.[A-Za-z]*"' <<<"$types" | wc -l)" = 11 ] || fail "the built-in call types should stay: $types"
pass

set +e
"$revisit" cli plugins install "$repository" >"$work/out" 2>"$work/err"
code=$?
"$revisit" cli plugins uninstall org.revisit.feature >"$work/out2" 2>"$work/err2"
code2=$?
set -e
[ "$code" = 1 ] && grep -q "Nothing to install" "$work/err" || fail "installing twice should say nothing is left to install: $code $(cat "$work/err")"
[ "$code2" = 1 ] && grep -q "part of Revisit itself" "$work/err2" || fail "Revisit's own feature should not be uninstalled: $code2 $(cat "$work/err2")"
pass

out=$("$revisit" cli plugins uninstall org.revisit.testplugin.feature --json) || fail "plugins uninstall exited with $?"
grep -q '"id": "org.revisit.testplugin.feature"' <<<"$out" || fail "uninstall should name the feature: $out"
pass
out=$("$revisit" cli plugins list --json) || fail "plugins list exited with $?"
grep -q '"plugins": \[\]' <<<"$out" || fail "no plug-in should be left: $out"
types=$("$revisit" cli calltypes --json) || fail "calltypes after the uninstall exited with $?"
grep -q "$tiny" <<<"$types" && fail "the uninstalled call type is still there: $types"
[ "$(grep -o '"id": "org.revisit.calltype\.[A-Za-z]*"' <<<"$types" | wc -l)" = 11 ] || fail "the product lost call types: $types"
info=$("$revisit" cli info --data "$work/data" --json) || fail "the product does not start after the uninstall: cli info exited with $?"
grep -q '"contacts": 0' <<<"$info" || fail "cli info on a new data folder: $info"
pass

# The example plug-in.
[ -f "$example/content.jar" ] || [ -f "$example/content.xml.xz" ] || [ -f "$example/content.xml" ] \
  || fail "no example repository in '$example' (build examples/org.revisit.example.renewal.repository first)"
renewal=org.revisit.example.renewal.contractRenewal
data="$work/renewal"
out=$("$revisit" cli plugins install "$example" --json) || fail "installing the example exited with $?"
grep -q '"id": "org.revisit.example.renewal.feature"' <<<"$out" || fail "the example's feature should be installed: $out"
types=$("$revisit" cli calltypes --json) || fail "calltypes exited with $?"
grep -q "\"id\": \"$renewal\"" <<<"$types" || fail "the example's call type should be there after a restart: $types"
grep -q '"code": "RENEWED"' <<<"$types" || fail "the example's outcome codes should be listed: $types"
pass
# Contracts end: in a week (its reminder is due already), 14 days from today (due today), next spring (not yet).
cat >"$work/contacts.csv" <<'CSV'
name,mobile,tags
王伟,13800000001,contract-end:2026-11-30;vip
李娜,13800000002,contract-end:2026-12-07
张敏,13800000003,contract-end:2027-03-01
赵磊,13800000004,vip
CSV
"$revisit" cli import contacts "$work/contacts.csv" --data "$data" >"$work/out" 2>&1 || fail "import contacts: $(cat "$work/out")"
cat >"$work/renewal.json" <<JSON
{"name": "合同续约提醒", "callTypeId": "$renewal", "priority": 60, "active": true,
 "parameters": {"daysBefore": "14"}}
JSON
out=$("$revisit" cli campaign create "$work/renewal.json" --data "$data" --json) || fail "campaign create exited with $?"
grep -q '"state": "ACTIVE"' <<<"$out" || fail "the campaign should be created active: $out"
echo '{"name": "bad", "callTypeId": "'"$renewal"'", "parameters": {"daysBefore": "soon"}}' >"$work/bad.json"
set +e
"$revisit" cli campaign create "$work/bad.json" --data "$data" >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" = 1 ] && grep -q "daysBefore" "$work/err" || fail "a bad declared parameter should be refused naming it: $code $(cat "$work/err")"
pass
out=$("$revisit" cli plan --data "$data" --json) || fail "plan exited with $?"
grep -q "\"$renewal\": 2" <<<"$out" || fail "the plan should create the example's two reminders: $out"
queue=$("$revisit" cli queue --data "$data" --json) || fail "queue exited with $?"
[ "$(grep -c "\"callType\": \"$renewal\"" <<<"$queue")" = 2 ] || fail "the queue should hold the two reminders: $queue"
grep -q '2026-11-30' <<<"$queue" && grep -q '2026-12-07' <<<"$queue" || fail "the reminders should name the contracts' end: $queue"
pass

out=$("$revisit" cli plugins uninstall org.revisit.example.renewal.feature --json) || fail "uninstalling the example exited with $?"
grep -q '"id": "org.revisit.example.renewal.feature"' <<<"$out" || fail "uninstall should name the example's feature: $out"
info=$("$revisit" cli info --data "$data" --json) || fail "the product does not start after the example's uninstall: $?"
grep -q '"contacts": 4' <<<"$info" || fail "cli info after the uninstall: $info"
list=$("$revisit" cli campaign list --data "$data") || fail "campaign list exited with $?"
grep -q "合同续约提醒 ($renewal, call type not installed)" <<<"$list" || fail "the campaign should say its call type is not installed: $list"
list=$("$revisit" cli campaign list --data "$data" --json) || fail "campaign list --json exited with $?"
grep -q '"callTypeInstalled": false' <<<"$list" || fail "campaign list --json should say the call type is not installed: $list"
"$revisit" cli plan --data "$data" --json >"$work/out" || fail "plan after the uninstall exited with $?: $(cat "$work/out")"
"$revisit" cli queue --data "$data" --json >"$work/out" || fail "queue after the uninstall exited with $?: $(cat "$work/out")"
pass

# A developer outside Revisit's tree: the example's bundle and tests copied into a project of their own with a parent
# pom as docs/developer-guide.md shows and docs/revisit-sdk.target as the target platform, built against the
# product's update site alone (Revisit's reactor is not involved). What it needs from Maven Central (Tycho, JUnit) is
# already in the local repository after Revisit's own build, so it runs offline as well as online.
root=$(cd "$(dirname "$0")/../.." && pwd)
site="$root/releng/org.revisit.product/target/repository"
outside="$work/outsider"
mkdir -p "$outside/.mvn"
cp -r "$root/examples/org.revisit.example.renewal" "$root/examples/org.revisit.example.renewal.tests" "$outside/"
rm -rf "$outside"/*/target
cp "$root/docs/revisit-sdk.target" "$outside/"
cp "$root/.mvn/extensions.xml" "$outside/.mvn/"
cat >"$outside/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>renewal.parent</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties><tycho.version>5.0.2</tycho.version></properties>
  <modules>
    <module>org.revisit.example.renewal</module>
    <module>org.revisit.example.renewal.tests</module>
  </modules>
  <build>
    <plugins>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>tycho-maven-plugin</artifactId>
        <version>${tycho.version}</version>
        <extensions>true</extensions>
      </plugin>
      <plugin>
        <groupId>org.eclipse.tycho</groupId>
        <artifactId>target-platform-configuration</artifactId>
        <version>${tycho.version}</version>
        <configuration>
          <target><file>${maven.multiModuleProjectDirectory}/revisit-sdk.target</file></target>
          <environments><environment><os>linux</os><ws>gtk</ws><arch>x86_64</arch></environment></environments>
          <dependency-resolution>
            <extraRequirements>
              <requirement><type>eclipse-plugin</type><id>derbyshared</id><versionRange>0.0.0</versionRange></requirement>
              <requirement><type>eclipse-plugin</type><id>derbytools</id><versionRange>0.0.0</versionRange></requirement>
            </extraRequirements>
          </dependency-resolution>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
if ! (cd "$outside" && REVISIT_UPDATE_SITE="file:$site" "$root/mvnw" -B -q verify >"$work/outsider.log" 2>&1); then
  tail -40 "$work/outsider.log" >&2
  fail "the example does not build outside Revisit's tree against docs/revisit-sdk.target (log: $work/outsider.log)"
fi
ls "$outside"/org.revisit.example.renewal.tests/target/surefire-reports/*.txt >/dev/null 2>&1 \
  || fail "the outsider build ran no test of the example"
pass
echo "$checks passed, 0 failed"
