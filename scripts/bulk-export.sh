#!/usr/bin/env bash
# FHIR bulk export against a running Target Board (docs/fhir.md): kicks the export off as the administrator, polls the
# status until the manifest arrives, downloads every file and checks its line count against the manifest and the
# number of Patients against the number of cases. Prints the time from kick-off to manifest and to the last file.
# Usage: scripts/bulk-export.sh [BASE_URL] [USER] [PASSWORD]   (needs curl and python3)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
AUTH="${2:-admin}:${3:-demo}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

start=$(date +%s.%N)
STATUS=$(curl -s -u "$AUTH" -D - -o /dev/null "$BASE/api/v1/fhir/\$export" | tr -d '\r' \
  | sed -n 's/^Content-Location: //Ip')
[ -n "$STATUS" ] || { echo "no Content-Location: kick-off refused" >&2; exit 1; }
while :; do
  code=$(curl -s -u "$AUTH" -o "$OUT/manifest.json" -w '%{http_code}' "$STATUS")
  [ "$code" = 202 ] || break
  sleep 1
done
ready=$(date +%s.%N)
[ "$code" = 200 ] || { echo "status answered $code" >&2; cat "$OUT/manifest.json" >&2; exit 1; }
python3 - "$OUT" "$AUTH" <<'PY'
import base64, json, subprocess, sys
out, auth = sys.argv[1], sys.argv[2]
manifest = json.load(open(out + "/manifest.json"))
patients = None
for file in manifest["output"]:
    body = subprocess.run(["curl", "-s", "-u", auth, file["url"]], capture_output=True, check=True).stdout
    lines = body.count(b"\n")
    print(f'{file["type"]:20} {lines:9} lines {len(body)/1e6:8.1f} MB  manifest count {file["count"]}')
    assert lines == file["count"], "file and manifest disagree"
    if file["type"] == "Patient":
        patients = lines
print(f'cases {manifest["cases"]}, patients {patients}')
assert patients == manifest["cases"], "a case is missing or doubled"
PY
done=$(date +%s.%N)
printf 'manifest after %.1f s, all files downloaded after %.1f s\n' "$(echo "$ready - $start" | bc)" \
  "$(echo "$done - $start" | bc)"
