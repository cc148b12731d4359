#!/usr/bin/env bash
# Learning benchmark: 50 learners play a whole scenario through the API at once; p50/p95 server
# time per step (Server-Timing) next to a trivial authenticated GET in the same run. Runs on the
# embedded default (H2) unless WEERBAAR_DB_* point at PostgreSQL.
# BENCH_JFR=file records the server with Java Flight Recorder (profile settings) into that file.
# The whole Maven output is kept in ear/target/bench-logs/learning.log.
#   ear/src/bench/learning-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
# BENCH_DB=name: on PostgreSQL, in that database (emptied first), instead of the embedded default.
[[ -n "${BENCH_DB:-}" ]] && . ear/src/bench/postgres-database.sh "$BENCH_DB"
extra=()
# BENCH_ARGS: more Maven arguments, e.g. a second test server's ports on a machine shared with another
# checkout: BENCH_ARGS="-Dweerbaar.it.port.offset=100 -Dweerbaar.it.management.port=10090" (and WEERBAAR_SMTP_PORT=2625)
read -ra more <<< "${BENCH_ARGS:-}"
extra+=("${more[@]}")
if [[ -n "${BENCH_JFR:-}" ]]; then
  extra+=("-Dweerbaar.jvm.extra=-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$BENCH_JFR")
fi
mkdir -p ear/target/bench-logs
./mvnw -o -B verify -pl ear -am -Pbench -Dit.test=LearnerBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "${extra[@]}" >ear/target/bench-logs/learning.log 2>&1 || true
grep -E '^(==|step|baseline|p95)|FAIL|ERROR' ear/target/bench-logs/learning.log || true
