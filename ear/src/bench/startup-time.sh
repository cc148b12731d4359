#!/usr/bin/env bash
# Benchmark: WildFly start with the Weerbaar EAR against the bare configured server, same machine,
# same run. Prints each start and the medians; asserts nothing. Needs a built server and EAR:
#   ./mvnw -DskipTests package && ear/src/bench/startup-time.sh [runs]
# BENCH_JAVA_OPTS adds JVM options to every start, e.g. a flight recording of the last:
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=settings=profile,filename=/tmp/start.jfr ear/src/bench/startup-time.sh 1
set -euo pipefail
cd "$(dirname "$0")/../.."
server=target/server/wildfly-39.0.1.Final
ear=target/weerbaar.ear
runs=${1:-5}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
[ -x "$server/bin/standalone.sh" ] && [ -f "$ear" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then echo "port 8080 is in use; stop that server first" >&2; exit 1; fi

# One start: clean state, optional EAR in the deployment scanner's folder, wait for "started", stop.
start_once() {
  local with=$1
  rm -rf "$server"/standalone/deployments/*.ear* "$server"/standalone/tmp "$server"/standalone/log "$server"/standalone/data
  [ "$with" = with ] && cp "$ear" "$server/standalone/deployments/"
  local t0 t1
  t0=$(date +%s%N)
  JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Duser.language=nl -Duser.country=NL -Duser.timezone=Europe/Amsterdam -Dweerbaar.data.dir=$data ${BENCH_JAVA_OPTS:-}" \
    "$server/bin/standalone.sh" >/dev/null 2>&1 &
  local pid=$!
  until grep -qE 'WFLYSRV0025|WFLYSRV0026' "$server/standalone/log/server.log" 2>/dev/null; do sleep 0.05; done
  t1=$(date +%s%N)
  if grep -q WFLYSRV0026 "$server/standalone/log/server.log"; then echo "server started with errors" >&2; kill "$pid"; exit 1; fi
  "$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null 2>&1 || kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

start_once with >/dev/null   # first deployment migrates the fresh database; not counted
bare=(); with=()
for i in $(seq 1 "$runs"); do
  bare+=("$(start_once without)")
  with+=("$(start_once with)")
done
rm -rf "$server"/standalone/deployments/*.ear*
b=$(printf '%s\n' "${bare[@]}" | median)
w=$(printf '%s\n' "${with[@]}" | median)
echo "bare WildFly start (ms):        ${bare[*]}  median $b"
echo "WildFly + Weerbaar EAR (ms):    ${with[*]}  median $w"
echo "deployment adds (ms):           $(( w - b ))"
awk -v w="$w" -v b="$b" 'BEGIN {printf "ratio with/bare:                %.2f\n", w / b}'
