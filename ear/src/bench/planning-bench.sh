#!/usr/bin/env bash
# Planning benchmarks on PostgreSQL, each next to its baseline in the same run; prints figures:
#  - EnrolmentRushBench: 200 concurrent HTTP enrolments into one 8-seat session vs 200 threads
#    doing UPDATE+COMMIT over plain JDBC on the same database;
#  - SessionOverviewBench: NGB's session overview with 10,000 sessions and 100,000 enrolments,
#    16 logged-in users, vs a static file from the same server.
#  - EnrolmentRushBench also runs an open-loop load (50 enrolments/s for 20 s over 50 sessions).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust); it empties the public schema of database
# $BENCH_DB (default test; created when missing) first. BENCH selects benchmark classes (default both above;
# the learning and report benchmarks have scripts of their own).
# BENCH_JFR=file records the server with Java Flight Recorder (profile settings) into that file.
# The whole Maven output is kept in ear/target/bench-logs/planning.log.
#   ear/src/bench/planning-bench.sh
#   BENCH_DB=weerbaar_perf BENCH=SessionOverviewBench BENCH_JFR=/tmp/overview.jfr ear/src/bench/planning-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. ear/src/bench/postgres-database.sh "${BENCH_DB:-test}"
extra=()
# BENCH_ARGS: more Maven arguments, e.g. a second test server's ports on a machine shared with another
# checkout: BENCH_ARGS="-Dweerbaar.it.port.offset=100 -Dweerbaar.it.management.port=10090" (and WEERBAAR_SMTP_PORT=2625)
read -ra more <<< "${BENCH_ARGS:-}"
extra+=("${more[@]}")
if [[ -n "${BENCH_JFR:-}" ]]; then
  extra+=("-Dweerbaar.jvm.extra=-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$BENCH_JFR")
fi
mkdir -p ear/target/bench-logs
./mvnw -o -B verify -pl ear -am -Pbench -Dit.test="${BENCH:-EnrolmentRushBench,SessionOverviewBench}" ${BENCH_SESSIONS:+-Dbench.sessions=$BENCH_SESSIONS} -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  "${extra[@]}" >ear/target/bench-logs/planning.log 2>&1 || true
grep -E '^(==|HTTP|baseline|throughput|p99|p95|booked|planning page|static file|database per|page html|growth)|FAIL|ERROR|Tests run' \
  ear/target/bench-logs/planning.log || true
