#!/usr/bin/env bash
# Measures one ingestion job end to end: articles per second, and the CPU time of the
# client (extraction and the driver) and of the Neo4j server, as a share of what the
# machine's cores could give over the job's wall time.
#
# Usage: scripts/bench-ingest.sh [--reference] PATH... [-- INGEST FLAGS]
#
# It runs `go run ./cmd/diplograph ingest --force --quiet PATH...` (built once into a
# temporary folder) against the instance of neo4j/local.sh named by
# DIPLOGRAPH_NEO4J_INSTANCE (which must be running; its pid gives the server's CPU time)
# and prints one Markdown table row. Other programs running on the machine take cores
# from both sides: the load average before the run is printed with it. On a shared
# machine --reference runs, for the length of the job, one CPU-bound process per core
# beside it: each gets what a thread that never waits gets, and the client's CPU time
# over theirs says how much of its cores the job would use on a machine of its own
# (100%: its extraction workers never wait).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

paths=() flags=() reference=0
while (($#)); do
	if [[ $1 == --reference ]]; then
		reference=1
		shift
		continue
	fi
	if [[ $1 == -- ]]; then
		shift
		flags=("$@")
		break
	fi
	paths+=("$1")
	shift
done
((${#paths[@]})) || {
	echo "usage: scripts/bench-ingest.sh [--reference] PATH... [-- INGEST FLAGS]" >&2
	exit 2
}

[[ -r /proc/self/stat ]] || {
	echo "bench-ingest: needs Linux /proc to read CPU times" >&2
	exit 1
}
status=$(neo4j/local.sh status) || {
	echo "bench-ingest: start the server first (neo4j/local.sh start); $status" >&2
	exit 1
}
eval "$(neo4j/local.sh env)"
home=${DIPLOGRAPH_NEO4J_HOME:-$root/.neo4j}
server_pid=$(head -n 1 "$home/${DIPLOGRAPH_NEO4J_INSTANCE:-default}/run/neo4j.pid")

tmp=$(mktemp -d)
spinners=()
cleanup() {
	if ((${#spinners[@]})); then
		kill "${spinners[@]}" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
go build -o "$tmp/diplograph" ./cmd/diplograph

ticks=$(getconf CLK_TCK)
# cpu_ticks PID: user + system time of a process, in clock ticks
cpu_ticks() {
	local s
	s=$(<"/proc/$1/stat")
	s=${s##*) }
	read -r -a f <<<"$s"
	echo $((f[11] + f[12]))
}

load=$(cut -d ' ' -f 1 /proc/loadavg)
if ((reference)); then
	for ((i = 0; i < $(nproc); i++)); do
		bash -c 'while :; do :; done' &
		spinners+=($!)
	done
	sleep 1
	spin0=0
	for p in "${spinners[@]}"; do spin0=$((spin0 + $(cpu_ticks "$p"))); done
fi
server0=$(cpu_ticks "$server_pid")
start=$(date +%s.%N)
"$tmp/diplograph" ingest --force --quiet --summary json "${flags[@]}" "${paths[@]}" >"$tmp/out" 2>"$tmp/summary.json" &
client_pid=$!
# the client's own time is read from its /proc entry just before it exits
client_ticks=0
while kill -0 "$client_pid" 2>/dev/null; do
	client_ticks=$(cpu_ticks "$client_pid" 2>/dev/null || echo "$client_ticks")
	sleep 0.2
done
rc=0
wait "$client_pid" || rc=$?
end=$(date +%s.%N)
server1=$(cpu_ticks "$server_pid")
spin=0
if ((reference)); then
	for p in "${spinners[@]}"; do spin=$((spin + $(cpu_ticks "$p"))); done
	spin=$((spin - spin0))
	kill "${spinners[@]}" 2>/dev/null || true
	spinners=()
fi
((rc == 0)) || {
	echo "bench-ingest: ingest exited with status $rc" >&2
	cat "$tmp/out" "$tmp/summary.json" >&2
	exit 1
}
python3 - "$tmp/summary.json" "$start" "$end" "$client_ticks" "$((server1 - server0))" "$ticks" "$(nproc)" "$load" "$spin" <<'PY'
import sys
import json
summary, t0, t1, client, server, hz, cores, load, spin = sys.argv[1:]
n, wall = json.load(open(summary))["written"], float(t1) - float(t0)
client, server, cores = int(client) / int(hz), int(server) / int(hz), int(cores)
share = (client + server) / (wall * cores)
spin = int(spin) / int(hz)
reference = "%.0f%%" % (100 * client / spin) if spin > 0 else "-"
print("| articles | wall s | articles/s | client CPU-s | server CPU-s | CPU share of %d cores | client / reference | load before |" % cores)
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
print("| %d | %.1f | %.0f | %.1f | %.1f | %.0f%% | %s | %s |" % (n, wall, n / wall, client, server, 100 * share, reference, load))
PY
