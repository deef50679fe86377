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
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT
TODAY=$(date -u +%F)
MEETING_DAY=$(date -u -d '+7 days' +%F)

# The chair's browser session and its CSRF token.
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=chair&password=demo&_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
TOKEN=$(curl -s -b "$JAR" "$BASE/meetings/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
post() { curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -d "_csrf=$TOKEN&$2" "$BASE$1"; }

MEETING=$(post /meetings "title=Load+test&date=$MEETING_DAY&time=16:00&timeZone=Europe/Amsterdam&durationMinutes=600&submissionCutoff=$TODAY&chair=chair&members=member" | sed 's|.*/meetings/||')
echo "meeting $MEETING"
CASE='{"diagnosis":"BCP_ALL","relapseNumber":2,"ageYears":12,"ageMonths":2,"ageAtDiagnosisYears":9,
 "diagnosisDate":"2023-11-02","frontlineEndDate":"2025-12-01","relapseDate":"2026-10-20","site":"ISOLATED_MARROW",
 "marrowBlastsPercent":45,"mrdAtRelapse":"4%","mrdMethod":"flow","intent":"BRIDGE_TO_HSCT","performanceScale":"LANSKY",
 "performanceStatus":80,"questionToBoard":"Load test","noStandardOfCare":true,"noStandardOfCareReason":"Second relapse",
 "history":[{"kind":"CHEMOTHERAPY","agents":["vincristine","dexamethasone"],"start":"2023-11-02","end":"2025-12-01","bestResponse":"MRD_NEGATIVE_CR"},
            {"kind":"TARGETED","agents":["dasatinib"],"start":"2024-01-15","end":"2026-10-01","bestResponse":"CR"}],
 "lesions":[{"type":"FUSION","gene":"BCR-ABL1"},{"type":"SNV_INDEL","gene":"ABL1","proteinChange":"p.T315I","vaf":0.3}],
 "markers":[{"marker":"CD19","percentPositive":97},{"marker":"CD22","percentPositive":88,"sitesPerCell":4200}],
 "drugResponses":[{"drug":"ponatinib","assay":"DRP","metric":"DSS","value":31,"percentile":8,"call":"SENSITIVE","qcPassed":true}]}'
api() { curl -s -u coordinator-nl:demo -H 'Content-Type: application/json' "$@"; }
FIRST=""
for i in $(seq 1 "$CASES"); do
  ID=$(api -d "$CASE" "$BASE/api/v1/cases" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  api -o /dev/null -d '{"action":"SUBMIT"}' "$BASE/api/v1/cases/$ID/transitions"
  ETAG=$(curl -s -D - -o /dev/null -u coordinator-nl:demo "$BASE/api/v1/cases/$ID" | sed -n 's/^[Ee][Tt]ag: \(.*\)\r$/\1/p')
  api -o /dev/null -X PUT -H "If-Match: $ETAG" -d "{\"date\":\"$TODAY\",\"formVersion\":\"1\",\"signedByParent\":true,\"discussion\":true,\"registry\":true}" "$BASE/api/v1/cases/$ID/consent"
  api -o /dev/null -d '{"action":"VERIFY_CONSENT"}' "$BASE/api/v1/cases/$ID/transitions"
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
