#!/usr/bin/env bash
# Proof for the report jobs' restart after a crash: generates participation, starts the BZK report,
# kills the server (kill -9) halfway, starts the server again, restarts the cut-off run and compares
# its workbook with an uninterrupted run of the same report, sheet by sheet (all figures; the
# summary sheet only differs in its "made at" line). Uses the built server in ear/target/server
# with a data directory of its own (embedded H2). Prints what happened; exits 1 if the files differ.
#   ./mvnw -q -DskipTests package && ear/src/bench/report-kill-restart.sh [participants, default 300000]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-300000}"
SERVER=$(ls -d target/server/wildfly-*)
DATA=$(mktemp -d /tmp/weerbaar-crash.XXXXXX)
WORK=$(mktemp -d /tmp/weerbaar-crash-files.XXXXXX)
BASE=http://127.0.0.1:8080
cp target/weerbaar.ear "$SERVER/standalone/deployments/"
trap 'pkill -9 -f "weerbaar.data.dir=$DATA" || true; rm -f "$SERVER/standalone/deployments/weerbaar.ear"*' EXIT

start() {
  "$SERVER/bin/standalone.sh" -Duser.language=nl -Duser.country=NL -Duser.timezone=Europe/Amsterdam \
      -Dweerbaar.demo=true -Dweerbaar.data.dir="$DATA" > "$WORK/server-$1.log" 2>&1 &
  for _ in $(seq 1 180); do
    if curl -sf -H "Authorization: Bearer demo-weerbaar-admin" "$BASE/api/account" > /dev/null; then return 0; fi
    sleep 1
  done
  echo "server did not come up"; exit 1
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
status() { curl -s -H "Authorization: Bearer demo-weerbaar-ngb" "$BASE/api/reports/$1"; }
await() {
  for _ in $(seq 1 600); do
    s=$(status "$1" | field status)
    if [ "$s" = "COMPLETED" ] || [ "$s" = "FAILED" ]; then echo "$s"; return 0; fi
    sleep 0.5
  done
  echo "timeout"
}

start 1
curl -sf -H "Authorization: Bearer demo-weerbaar-admin" -H "Content-Type: application/json" -X POST "$BASE/api/admin/synthetic?year=2025&participants=$ROWS" > /dev/null
JOB=$(curl -s -H "Authorization: Bearer demo-weerbaar-ngb" -H "Content-Type: application/json" -X POST "$BASE/api/reports/participation?year=2025" | field jobId)
for _ in $(seq 1 600); do
  P=$(status "$JOB" | field progress)
  if [ "$P" -ge 30 ]; then break; fi
  sleep 0.05
done
pkill -9 -f "weerbaar.data.dir=$DATA"
echo "killed the server while report $JOB was at ${P}%"
sleep 2
start 2
echo "after the restart: $(status "$JOB")"
NEW=$(curl -s -H "Authorization: Bearer demo-weerbaar-ngb" -H "Content-Type: application/json" -X POST "$BASE/api/reports/$JOB/restart" | field jobId)
echo "restarted as $NEW: $(await "$NEW")"
FRESH=$(curl -s -H "Authorization: Bearer demo-weerbaar-ngb" -H "Content-Type: application/json" -X POST "$BASE/api/reports/participation?year=2025" | field jobId)
echo "uninterrupted run $FRESH: $(await "$FRESH")"
curl -s -H "Authorization: Bearer demo-weerbaar-ngb" -o "$WORK/restarted.xlsx" "$BASE/api/reports/$NEW/file"
curl -s -H "Authorization: Bearer demo-weerbaar-ngb" -o "$WORK/fresh.xlsx" "$BASE/api/reports/$FRESH/file"
SAME=yes
for sheet in 2 3 4 5 6; do
  if ! cmp -s <(unzip -p "$WORK/restarted.xlsx" "xl/worksheets/sheet$sheet.xml") \
             <(unzip -p "$WORK/fresh.xlsx" "xl/worksheets/sheet$sheet.xml"); then SAME=no; echo "sheet $sheet differs"; fi
done
echo "restarted file equals the uninterrupted one (sheets 2-6): $SAME"
[ "$SAME" = yes ]
