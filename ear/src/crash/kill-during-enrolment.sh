#!/usr/bin/env bash
# Crash test 2 (issue 11): kill -9 the server during a burst of 100 enrolments, restart it on the same
# database and count the mails (expected, delivered, duplicates): once on H2 in file mode (the embedded
# default), once on PostgreSQL at 127.0.0.1:5432 (skipped with a printed reason when there is none).
# Loopback only (127.0.0.1:8080/9990, GreenMail on 127.0.0.1:2525). One integration run at a time on a
# machine (the lock); the run is bounded to 20 minutes once it holds the lock.
set -euo pipefail
cd "$(dirname "$0")/../../.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
flock /tmp/weerbaar-it.lock timeout 1200 ./mvnw -o -B verify -pl ear -am \
  -Dit.test=KillDuringEnrolmentIT 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
echo "== figures"
grep -h "KillDuringEnrolmentIT" ear/target/failsafe-reports/*KillDuringEnrolmentIT*-output.txt "$log" 2>/dev/null \
  | grep -E "mails expected|skipped" | sort -u || true
exit "$status"
