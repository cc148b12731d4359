#!/usr/bin/env bash
# Learning benchmark: 50 learners play a whole scenario through the API at once; p50/p95 server
# time per step (Server-Timing) next to a trivial authenticated GET in the same run. Runs on the
# embedded default (H2) unless WEERBAAR_DB_* point at PostgreSQL.
#   ear/src/bench/learning-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -B -q verify -pl ear -am -Pbench -Dit.test=LearnerBench 2>&1 | grep -E '^(==|step|baseline|p95)|FAIL|ERROR' || true
