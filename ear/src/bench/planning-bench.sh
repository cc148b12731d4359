#!/usr/bin/env bash
# Planning benchmarks on PostgreSQL, each next to its baseline in the same run; prints figures:
#  - EnrolmentRushBench: 200 concurrent HTTP enrolments into one 8-seat session vs 200 threads
#    doing UPDATE+COMMIT over plain JDBC on the same database;
#  - SessionOverviewBench: NGB's session overview with 10,000 sessions and 100,000 enrolments,
#    16 logged-in users, vs a static file from the same server.
#  - EnrolmentRushBench also runs an open-loop load (50 enrolments/s for 20 s over 50 sessions).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust); it empties the public schema of database
# $BENCH_DB (default test; created when missing) first. BENCH selects benchmark classes (default all).
#   ear/src/bench/planning-bench.sh
#   BENCH_DB=weerbaar_perf BENCH=EnrolmentRushBench ear/src/bench/planning-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
db=${BENCH_DB:-test}
psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db"
psql -h 127.0.0.1 -U postgres -d "$db" -q -c 'drop schema if exists public cascade' -c 'create schema public' 2>/dev/null
export WEERBAAR_DB_DRIVER=postgresql WEERBAAR_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db \
       WEERBAAR_DB_USER=postgres WEERBAAR_DB_PASSWORD=postgres
./mvnw -o -B -q verify -pl ear -am -Pbench ${BENCH:+-Dit.test=$BENCH} -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E '^(==|HTTP|baseline|throughput|p99|p95|booked|planning page|static file)|FAIL|ERROR|Tests run' || true
