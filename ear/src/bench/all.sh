#!/usr/bin/env bash
# Every benchmark in sequence, then one table: workload, baseline, goal, measured, ratio.
# Exits 0 whatever the figures (benchmarks print, they do not assert timing); a benchmark that fails
# or runs over its time limit shows as "no figure" with the log to read. Each benchmark's output is
# kept in ear/target/bench-logs/. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust): every
# benchmark runs in the database weerbaar_bench, which each empties first (postgres-database.sh).
# On a machine shared with integration tests, hold their lock: flock /tmp/weerbaar-it.lock ear/src/bench/all.sh
#   ear/src/bench/all.sh                      (BENCH_LIMIT=seconds per benchmark, default 600)
set -uo pipefail
cd "$(dirname "$0")/../../.."
bench=ear/src/bench
logs=ear/target/bench-logs
mkdir -p "$logs"
limit=${BENCH_LIMIT:-600}
started=$(date +%s)

run() { # name, command...
  local name=$1; shift
  echo "== $name ($(date -u +%H:%M:%S) UTC)"
  timeout --kill-after=30 "$limit" "$@" >"$logs/all-$name.out" 2>&1
  local rc=$?
  [ $rc -eq 124 ] && echo "   stopped after ${limit} s" >>"$logs/all-$name.out"
  cat "$logs/all-$name.out"
}

# Everything on PostgreSQL (the database of production), each benchmark in a database it empties;
# BENCH_H2=1 also runs the report on the embedded default.
run planning env BENCH_DB=weerbaar_bench "$bench/planning-bench.sh"
run learning env BENCH_DB=weerbaar_bench "$bench/learning-bench.sh"
run report env BENCH_DB=weerbaar_bench "$bench/report-bench.sh"
[[ "${BENCH_H2:-}" == 1 ]] && run report-h2 "$bench/report-bench.sh"
./mvnw -o -B -q -DskipTests package -pl ear -am >"$logs/all-package.out" 2>&1 || true
run startup "$bench/startup-time.sh" 3

# A number from the first line of a log that matches a pattern (the nth number on that line).
num() { grep -E "$2" "$logs/all-$1.out" 2>/dev/null | head -1 | grep -oE '[0-9]+(\.[0-9]+)?' | sed -n "${3}p"; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN {printf f, a / b}' || echo "no figure"; }
or_none() { [ -n "$1" ] && echo "$1" || echo "no figure"; }

rush=$(num planning '^HTTP enrolments \(Weerbaar\)' 2); jdbc=$(num planning '^baseline: JDBC' 2)
booked=$(num planning '^booked' 1)
openp99=$(num planning '^p99 open-loop' 2)
page=$(num planning '^planning page' 4); static=$(num planning '^static file' 4)
step=$(num learning '^p95 server time per step' 2); reading=$(num learning '^p95 server time per step' 3)
get=$(num learning '^p95 server time per step' 6)
speed=$(num report '^speed' 1); heap=$(num report '^BZK report job' 3)
speedh2=$(num report-h2 '^speed' 1); heaph2=$(num report-h2 '^BZK report job' 3)
bare=$(grep -oE 'median [0-9]+' "$logs/all-startup.out" 2>/dev/null | sed -n 1p | grep -oE '[0-9]+')
with=$(grep -oE 'median [0-9]+' "$logs/all-startup.out" 2>/dev/null | sed -n 2p | grep -oE '[0-9]+')

echo
echo "== Summary ($(( ($(date +%s) - started) / 60 )) min; figures are ratios to baselines measured in the same run)"
{
  echo "workload|baseline|goal|measured|ratio"
  echo "200 enrolments into one 8-seat session (PostgreSQL)|JDBC UPDATE+COMMIT $(or_none "$jdbc") req/s|8 booked, >= 25 %|$(or_none "$booked") booked, $(or_none "$rush") req/s|$(ratio "$rush" "$jdbc" '%.3f')"
  echo "open loop: 50 enrolments/s for 20 s|-|p99 <= 150 ms|p99 $(or_none "$openp99") ms|-"
  echo "session overview, 10,000 sessions, 16 users|static file p95 $(or_none "$static") ms|<= 5x|p95 $(or_none "$page") ms|$(ratio "$page" "$static" '%.1fx')"
  echo "scenario step, 50 learners at once|GET /api/account p95 $(or_none "$get") ms|server p95 <= 20 ms|p95 $(or_none "$step") ms ($(or_none "$reading") ms with reading pauses)|$(ratio "$step" "$get" '%.1fx')"
  echo "BZK report, 1,000,000 enrolments, 256 MB heap (PostgreSQL)|bare POI SXSSF|>= 50 % of bare|$(or_none "$speed") % of bare, heap peak $(or_none "$heap") MB|$(ratio "$speed" 100 '%.2f')"
  [[ "${BENCH_H2:-}" == 1 ]] && echo "BZK report, same, H2|bare POI SXSSF|>= 50 % of bare|$(or_none "$speedh2") % of bare, heap peak $(or_none "$heaph2") MB|$(ratio "$speedh2" 100 '%.2f')"
  echo "server start + EAR deploy|bare WildFly $(or_none "$bare") ms|<= 2.0|$(or_none "$with") ms|$(ratio "$with" "$bare" '%.2f')"
} | column -t -s '|'
exit 0
