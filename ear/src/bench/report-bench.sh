#!/usr/bin/env bash
# Report benchmark: the BZK participation report over 1,000,000 generated enrolments, with the
# server's heap capped at 256 MB, next to bare POI SXSSF writing the same rows and cells in the same
# run. Prints wall times, the speed ratio and peak heaps. Embedded H2 unless WEERBAAR_DB_* point at
# PostgreSQL; BENCH_ROWS changes the number of enrolments.
#   ear/src/bench/report-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
# BENCH_DB=name: on PostgreSQL, in that database (emptied first), instead of the embedded default.
[[ -n "${BENCH_DB:-}" ]] && . ear/src/bench/postgres-database.sh "$BENCH_DB"
./mvnw -o -B -q verify -pl ear -am -Pbench -Dit.test=ReportBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dweerbaar.it.heap=256m \
    -Dbench.rows="${BENCH_ROWS:-1000000}" 2>&1 | grep -E '^(==|BZK report|bare SXSSF|speed)|FAIL|ERROR\]' || true
