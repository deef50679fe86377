#!/usr/bin/env bash
# Registry benchmark against a running Target Board on a synthetic registry (docs/registry.md, "Synthetic registry"):
#  - the dashboard (/registry, all cases, no filter) under wrk;
#  - the CSV export of the wide and the follow-up data sets side by side with PostgreSQL's COPY of the same query.
# Usage: scripts/load-registry.sh [BASE_URL] [JDBC_URL] [DB_USER]   (needs curl, wrk and a built board-web)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
JDBC="${2:-jdbc:postgresql://127.0.0.1:5432/board_bench}"
DB_USER="${3:-postgres}"
DURATION="${DURATION:-20s}"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=statistician&password=demo&_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR")

echo "== page: registry dashboard (/registry)"
wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE/registry"

echo "== export vs COPY"
./mvnw -q -pl board-web dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt
./mvnw -q -pl board-web test-compile
java -cp "board-web/target/test-classes:board-web/target/classes:$(cat board-web/target/benchmark-classpath.txt)" \
  org.targetboard.registry.analytics.ExportThroughput "$BASE" "$JDBC" "$DB_USER"
