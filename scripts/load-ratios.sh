#!/usr/bin/env bash
# Page speed as ratios to the framework's floor (issue 15): the p95 of the presentation view, the case page and the
# case list at 50 concurrent connections, each divided by the p95 of the static stylesheet measured in the same run
# and session; then the registry dashboard (1 connection) against its absolute target.
# Usage: scripts/load-ratios.sh [BASE_URL]   (needs curl, jq and wrk; a running Target Board with the demo profile and a
# synthetic registry, docs/benchmarks.md)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-20s}"
CONNECTIONS="${CONNECTIONS:-50}"
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

session() {
  rm -f "$JAR"
  local token
  token=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=$1&password=demo&_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$JAR"
}

measure() { # name, session, path, connections
  local line
  line=$(wrk -t"$(( $4 < 2 ? 1 : 2 ))" -c"$4" -d"$DURATION" -s "$HERE/percentiles.lua" -H "Cookie: SESSION=$2" "$BASE$3" | grep '^RESULT')
  echo "$1 ${line#RESULT }"
}

CHAIR=$(session chair)
# The first meeting with an agenda, its first case.
MEETING=$(curl -s -u chair:demo "$BASE/api/v1/meetings" | jq -r '[.[] | select(.cases > 0)][0].id')
CASE=$(curl -s -u chair:demo "$BASE/api/v1/meetings/$MEETING" | jq -r '.agenda[0].caseId')

warm() { # session, paths: not measured; the JIT compiles every page's code paths and the pools fill, so that no
  # page is measured while another's code is still being compiled.
  local session="$1"
  shift
  for path in "$@"; do
    wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: SESSION=$session" "$BASE$path" >/dev/null
  done
}

warm "$CHAIR" "/css/board.css" "/meetings/$MEETING/cases/1" "/cases/$CASE" "/cases"
echo "== $CONNECTIONS connections, $DURATION each after $WARMUP of warm-up, p50/p95/p99 in ms"
measure "static-css" "$CHAIR" "/css/board.css" "$CONNECTIONS"
measure "presentation" "$CHAIR" "/meetings/$MEETING/cases/1" "$CONNECTIONS"
measure "case-page" "$CHAIR" "/cases/$CASE" "$CONNECTIONS"
measure "case-list" "$CHAIR" "/cases" "$CONNECTIONS"
measure "static-css-again" "$CHAIR" "/css/board.css" "$CONNECTIONS"
echo "== registry dashboard, 1 connection"
STATISTICIAN=$(session statistician)
CONNECTIONS=1 warm "$STATISTICIAN" "/registry"
measure "dashboard" "$STATISTICIAN" "/registry" 1
