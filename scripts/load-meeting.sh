#!/usr/bin/env bash
# Load test of the meeting pages against a running Target Board with the demo profile (the embedded run):
# builds a meeting with 20 agenda cases (through the API and the pages, as users would), then measures
#  - the presentation view of one agenda case (the meeting has 20), and
#  - the advice letter PDF rendered warm (the chair's preview renders the letter anew on every request).
# Usage: scripts/load-meeting.sh [BASE_URL]   (default http://localhost:8080; needs curl and wrk)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-2}"
CASES="${CASES:-20}"
. "$(dirname "$0")/board-client.sh"
trap 'rm -f "$JAR"' EXIT

chair_session
MEETING=$(plan_meeting "Load+test" 600)
echo "meeting $MEETING"
FIRST=""
for i in $(seq 1 "$CASES"); do
  ID=$(register_case)
  post "/meetings/$MEETING/agenda" "version=$((i - 1))&caseId=$ID&minutes=10" >/dev/null
  FIRST=${FIRST:-$ID}
done
echo "agenda: $(curl -s -b "$JAR" "$BASE/meetings/$MEETING" | grep -c 'id="agenda-[0-9]')" cases
post "/meetings/$MEETING/cases/1/discussed" "" >/dev/null
post "/cases/$FIRST/advice/start" "" >/dev/null

echo "== page: presentation view of case 10 of $CASES (/meetings/$MEETING/cases/10)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE/meetings/$MEETING/cases/10"
echo "== PDF: advice letter rendered warm (/cases/$FIRST/advice/preview.pdf)"
wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE/cases/$FIRST/advice/preview.pdf"
