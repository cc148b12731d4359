#!/usr/bin/env bash
# Planning benchmarks on PostgreSQL, each next to its baseline in the same run; prints figures:
#  - EnrolmentRushBench: 200 concurrent HTTP enrolments into one 8-seat session vs 200 threads
#    doing UPDATE+COMMIT over plain JDBC on the same database;
#  - SessionOverviewBench: NGB's session overview with 10,000 sessions and 100,000 enrolments,
#    16 logged-in users, vs a static file from the same server.
# Needs PostgreSQL on 127.0.0.1:5432 (database test, user postgres); it empties that database's
# public schema first.
#   ear/src/bench/planning-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
psql -h 127.0.0.1 -U postgres -d test -q -c 'drop schema if exists public cascade' -c 'create schema public' 2>/dev/null
export WEERBAAR_DB_DRIVER=postgresql WEERBAAR_DB_URL=jdbc:postgresql://127.0.0.1:5432/test \
       WEERBAAR_DB_USER=postgres WEERBAAR_DB_PASSWORD=postgres
./mvnw -B -q verify -pl ear -am -Pbench 2>&1 | grep -E '^(==|HTTP|baseline|throughput|p99|p95|booked|planning page|static file)|FAIL|ERROR' || true
