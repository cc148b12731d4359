#!/usr/bin/env bash
# Crash test 2 (issue 11): kill -9 the server during a burst of 100 enrolments, restart it on the same
# database and count the mails (expected, delivered, duplicates). Loopback only (127.0.0.1:8080/9990,
# GreenMail on 127.0.0.1:2525), bounded to 20 minutes, one integration run at a time (the lock).
#   ear/src/crash/kill-during-enrolment.sh              # H2 in file mode, as the embedded default
#   ear/src/crash/kill-during-enrolment.sh postgresql   # PostgreSQL on 127.0.0.1:5432, database test
set -euo pipefail
cd "$(dirname "$0")/../../.."

if [ "${1:-h2}" = postgresql ]; then
  export WEERBAAR_DB_DRIVER=postgresql
  export WEERBAAR_DB_URL="${WEERBAAR_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
  export WEERBAAR_DB_USER="${WEERBAAR_DB_USER:-postgres}"
  export WEERBAAR_DB_PASSWORD="${WEERBAAR_DB_PASSWORD:-postgres}"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
timeout 1200 flock /tmp/weerbaar-it.lock ./mvnw -o -B verify -pl ear -am \
  -Dit.test=KillDuringEnrolmentIT 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
echo "== figures (${1:-h2})"
grep -h "KillDuringEnrolmentIT:" "$log" ear/target/failsafe-reports/*KillDuringEnrolmentIT*-output.txt 2>/dev/null | sort -u || true
exit "$status"
