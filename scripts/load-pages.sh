#!/usr/bin/env bash
# Load test of pages and the API against a running Target Board with the demo profile (the embedded run).
# Usage: scripts/load-pages.sh [BASE_URL]   (default http://localhost:8080; needs curl and wrk)
# Each page request reads a case and writes its audit event, as in real use.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-4}"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

# A browser session for coordinator-nl: login form with its CSRF token.
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=coordinator-nl&password=demo&_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")

# A case to read.
ID=$(curl -s -u coordinator-nl:demo -H 'Content-Type: application/json' \
  -d '{"diagnosis":"BCP_ALL","relapseNumber":2,"ageYears":9,"ageMonths":4,"questionToBoard":"Load test"}' \
  "$BASE/api/v1/cases" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
BASIC=$(printf 'coordinator-nl:demo' | base64)

echo "== page: case list (/cases)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE/cases"
echo "== page: case view (/cases/$ID)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE/cases/$ID"
echo "== API: case read (/api/v1/cases/$ID, HTTP Basic)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Basic $BASIC" "$BASE/api/v1/cases/$ID"
