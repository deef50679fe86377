# Shared by the load scripts: a browser session of the demo chair and the coordinator's API, and the typical case
# they register (a multiply relapsed BCP-ALL with BCR::ABL1 and T315I after dasatinib). Source it after setting BASE.
JAR="$(mktemp)"
TODAY=$(date -u +%F)
MEETING_DAY=$(date -u -d '+7 days' +%F)

# Logs the chair in: SESSION is the session cookie, TOKEN the CSRF token of the pages' forms.
chair_session() {
  TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=chair&password=demo&_csrf=$TOKEN" "$BASE/login"
  SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")
  TOKEN=$(curl -s -b "$JAR" "$BASE/meetings/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
}

# A form of the pages, as the chair; prints where it redirects.
post() { curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -d "_csrf=$TOKEN&$2" "$BASE$1"; }

api() { curl -s -u coordinator-nl:demo -H 'Content-Type: application/json' "$@"; }

# A meeting a week ahead, planned through the pages; prints its id.
plan_meeting() { # title, minutes
  post /meetings "title=$1&date=$MEETING_DAY&time=16:00&timeZone=Europe/Amsterdam&durationMinutes=$2&submissionCutoff=$TODAY&chair=chair&members=member" | sed 's|.*/meetings/||'
}

TYPICAL_CASE='{"diagnosis":"BCP_ALL","relapseNumber":2,"ageYears":12,"ageMonths":2,"ageAtDiagnosisYears":9,
 "diagnosisDate":"2023-11-02","frontlineEndDate":"2025-12-01","relapseDate":"2026-10-20","site":"ISOLATED_MARROW",
 "marrowBlastsPercent":45,"mrdAtRelapse":"4%","mrdMethod":"flow","intent":"BRIDGE_TO_HSCT","performanceScale":"LANSKY",
 "performanceStatus":80,"questionToBoard":"Load test","noStandardOfCare":true,"noStandardOfCareReason":"Second relapse",
 "history":[{"kind":"CHEMOTHERAPY","agents":["vincristine","dexamethasone"],"start":"2023-11-02","end":"2025-12-01","bestResponse":"MRD_NEGATIVE_CR"},
            {"kind":"TARGETED","agents":["dasatinib"],"start":"2024-01-15","end":"2026-10-01","bestResponse":"CR"}],
 "lesions":[{"type":"FUSION","gene":"BCR-ABL1"},{"type":"SNV_INDEL","gene":"ABL1","proteinChange":"p.T315I","vaf":0.3}],
 "markers":[{"marker":"CD19","percentPositive":97},{"marker":"CD22","percentPositive":88,"sitesPerCell":4200}],
 "drugResponses":[{"drug":"ponatinib","assay":"DRP","metric":"DSS","value":31,"percentile":8,"call":"SENSITIVE","qcPassed":true}]}'

# The case's entity tag now, for If-Match.
etag_of() { curl -s -D - -o /dev/null -u coordinator-nl:demo "$BASE/api/v1/cases/$1" | sed -n 's/^[Ee][Tt]ag: \(.*\)\r$/\1/p'; }

# The typical case through the coordinator's API: submitted, consent recorded and verified; prints its id.
register_case() {
  local id
  id=$(api -d "$TYPICAL_CASE" "$BASE/api/v1/cases" | jq -r '.id')
  api -o /dev/null -H "If-Match: $(etag_of "$id")" -d '{"action":"SUBMIT"}' "$BASE/api/v1/cases/$id/transitions"
  api -o /dev/null -X PUT -H "If-Match: $(etag_of "$id")" -d "{\"date\":\"$TODAY\",\"formVersion\":\"1\",\"signedByParent\":true,\"discussion\":true,\"registry\":true}" "$BASE/api/v1/cases/$id/consent"
  api -o /dev/null -H "If-Match: $(etag_of "$id")" -d '{"action":"VERIFY_CONSENT"}' "$BASE/api/v1/cases/$id/transitions"
  echo "$id"
}
