#!/usr/bin/env bash
# The advice letter against a one-page letter from the same builder (issue 15: within 4x). The typical case of the
# load scripts (board-client.sh) is discussed at a meeting and its advice started from the engine's options; the
# chair's preview renders the letter anew on every request. It is measured as the engine proposed it, then with the
# draft cut to its first option and a one-line rationale (one page), one connection each after a warm-up. Prints
# each letter's pages and p50/p95/p99; the ratio is the letter's p50 over the one-page letter's.
# Usage: scripts/load-letter.sh [BASE_URL]   (a running Target Board with the demo profile; needs curl, jq, wrk and
# pdfinfo from poppler-utils)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/board-client.sh"
PDF="$(mktemp)"
trap 'rm -f "$JAR" "$PDF"' EXIT

chair_session
MEETING=$(plan_meeting "Letter+load+test" 60)
ID=$(register_case)
post "/meetings/$MEETING/agenda" "version=0&caseId=$ID&minutes=10" >/dev/null
post "/meetings/$MEETING/cases/1/discussed" "" >/dev/null
post "/cases/$ID/advice/start" "" >/dev/null

measure() { # name: the letter's pages, then its percentiles
  local letter="$BASE/cases/$ID/advice/preview.pdf" line
  curl -s -b "$JAR" -o "$PDF" "$letter"
  wrk -t1 -c1 -d"$WARMUP" -H "Cookie: SESSION=$SESSION" "$letter" >/dev/null
  line=$(wrk -t1 -c1 -d"$DURATION" -H "Cookie: SESSION=$SESSION" -s "$HERE/percentiles.lua" "$letter" | grep '^RESULT')
  echo "$1 pages=$(pdfinfo "$PDF" | awk '/^Pages:/ {print $2}') bytes=$(stat -c %s "$PDF") ${line#RESULT }"
}

echo "== advice letter preview, 1 connection, $DURATION each after $WARMUP of warm-up, p50/p95/p99 in ms"
measure "letter"
# The same draft cut to its first option, with a one-line rationale and nothing else: one page.
DRAFT=$(curl -s -u chair:demo "$BASE/api/v1/cases/$ID/advice/draft")
LOCK=$(echo "$DRAFT" | jq -r '.lockVersion')
STATUS=$(echo "$DRAFT" | jq '{summary: null, options: [.options[0] | .rationale = "Load test."], overrideReason: null,
    referrals: [], notAdvised: []}' \
  | curl -s -o /dev/null -w '%{http_code}' -u chair:demo -X PUT -H 'Content-Type: application/json' \
      -H "If-Match: \"$LOCK\"" --data-binary @- "$BASE/api/v1/cases/$ID/advice/draft")
[ "$STATUS" = 200 ] || { echo "the draft could not be cut to one option ($STATUS)" >&2; exit 1; }
measure "one-page"
