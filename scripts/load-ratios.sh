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

load() { # connections, duration, session, path, then wrk's further options (two threads, one for one connection)
  local connections="$1" duration="$2" cookie="$3" path="$4"
  shift 4
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$duration" -H "Cookie: SESSION=$cookie" "$@" "$BASE$path"
}

measure() { # name, session, path, connections
  local line
  line=$(load "$4" "$DURATION" "$2" "$3" -s "$HERE/percentiles.lua" | grep '^RESULT')
  echo "$1 ${line#RESULT }"
}

CHAIR=$(session chair)
# The first meeting with an agenda, its first case.
MEETING=$(curl -s -u chair:demo "$BASE/api/v1/meetings" | jq -r '[.[] | select(.cases > 0)][0].id')
CASE=$(curl -s -u chair:demo "$BASE/api/v1/meetings/$MEETING" | jq -r '.agenda[0].caseId')

warm() { # connections, session, paths: not measured; the JIT compiles every page's code paths and the pools fill,
  # so that no page is measured while another's code is still being compiled.
  local connections="$1" session="$2"
  shift 2
  for path in "$@"; do
    load "$connections" "$WARMUP" "$session" "$path" >/dev/null
  done
}

warm "$CONNECTIONS" "$CHAIR" "/css/board.css" "/meetings/$MEETING/cases/1" "/cases/$CASE" "/cases"
echo "== $CONNECTIONS connections, $DURATION each after $WARMUP of warm-up, p50/p95/p99 in ms"
measure "static-css" "$CHAIR" "/css/board.css" "$CONNECTIONS"
measure "presentation" "$CHAIR" "/meetings/$MEETING/cases/1" "$CONNECTIONS"
measure "case-page" "$CHAIR" "/cases/$CASE" "$CONNECTIONS"
measure "case-list" "$CHAIR" "/cases" "$CONNECTIONS"
measure "static-css-again" "$CHAIR" "/css/board.css" "$CONNECTIONS"
echo "== registry dashboard, 1 connection"
STATISTICIAN=$(session statistician)
warm 1 "$STATISTICIAN" "/registry"
measure "dashboard" "$STATISTICIAN" "/registry" 1
