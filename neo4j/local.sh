#!/usr/bin/env bash
# Local Neo4j 5.26 Community server for machines without Docker.
#
# The server jars are assembled from Maven Central (neo4j/pom.xml) into .neo4j/lib
# and every instance keeps its own conf, data, logs and run folders in
# .neo4j/<instance>/. Bolt and HTTP listen on 127.0.0.1 only, auth is on and
# Neo4j Browser is served at http://127.0.0.1:<http port>/browser/.
#
# Usage: neo4j/local.sh fetch|start|stop|restart|status|logs [-f|LINES]|env|wipe
#
# Settings (environment):
#   DIPLOGRAPH_NEO4J_INSTANCE   instance name (default "default")
#   DIPLOGRAPH_NEO4J_BOLT_PORT  Bolt port (default 7687, or the instance's last port)
#   DIPLOGRAPH_NEO4J_HTTP_PORT  HTTP/Browser port (default 7474, or the instance's last port)
#   DIPLOGRAPH_NEO4J_PASSWORD   password of user neo4j (default "diplograph-local")
#   DIPLOGRAPH_NEO4J_HEAP       JVM heap (default: an eighth of the memory, 512m to 8g)
#   DIPLOGRAPH_NEO4J_PAGECACHE  page cache size (default: an eighth of the memory, 128m to 8g)
#   DIPLOGRAPH_NEO4J_TX_MEMORY  memory all running transactions may hold together
#                               (default: 70% of the heap)
#   DIPLOGRAPH_NEO4J_START_TIMEOUT  seconds to wait for the server to answer (default 180)
#   DIPLOGRAPH_NEO4J_HOME       where jars and instances live (default <repo>/.neo4j)
#   DIPLOGRAPH_NEO4J_MAVEN_ARGS extra arguments for mvn during fetch (e.g. -o, -s settings.xml)
#   DIPLOGRAPH_NEO4J_JAVA_OPTS  extra JVM options for the server (space separated)
#   JAVA_HOME                   Java 17+ to use (default: java on PATH)
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/.." && pwd -P)
pom="$script_dir/pom.xml"

neo4j_home=${DIPLOGRAPH_NEO4J_HOME:-$repo_root/.neo4j}
lib_dir="$neo4j_home/lib"
instance=${DIPLOGRAPH_NEO4J_INSTANCE:-default}
password=${DIPLOGRAPH_NEO4J_PASSWORD:-diplograph-local}
heap=${DIPLOGRAPH_NEO4J_HEAP:-}
pagecache=${DIPLOGRAPH_NEO4J_PAGECACHE:-}
tx_memory=${DIPLOGRAPH_NEO4J_TX_MEMORY:-}
start_timeout=${DIPLOGRAPH_NEO4J_START_TIMEOUT:-180}
stop_timeout=60
default_bolt_port=7687
default_http_port=7474

prog="neo4j/local.sh"

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

say() {
	printf '%s\n' "$*"
}

usage() {
	cat <<EOF
usage: $prog <command>

commands:
  fetch          assemble the Neo4j server jars into $lib_dir (only if missing)
  start          start instance '$instance' and wait until it answers
  stop           stop instance '$instance'
  restart        stop, then start
  status         show whether instance '$instance' runs (exit 0 running, 3 not)
  logs [-f|N]    last N lines (default 100) of the console log, or follow it
  env            print exports for: eval "\$($prog env)"
  wipe           stop instance '$instance' and delete its data

settings: DIPLOGRAPH_NEO4J_INSTANCE, _BOLT_PORT, _HTTP_PORT, _PASSWORD, _HEAP, _PAGECACHE,
          _TX_MEMORY
EOF
}

# --- validation -------------------------------------------------------------

[[ $instance =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$ && $instance != lib ]] ||
	die "invalid DIPLOGRAPH_NEO4J_INSTANCE '$instance': use letters, digits, '.', '_' or '-' (not 'lib')"
size_pattern='^[0-9]+[kKmMgG]?$'
[[ -z $heap || $heap =~ $size_pattern ]] || die "invalid DIPLOGRAPH_NEO4J_HEAP '$heap' (e.g. 512m, 1g)"
[[ -z $pagecache || $pagecache =~ $size_pattern ]] || die "invalid DIPLOGRAPH_NEO4J_PAGECACHE '$pagecache' (e.g. 128m, 1g)"
[[ -z $tx_memory || $tx_memory =~ $size_pattern ]] || die "invalid DIPLOGRAPH_NEO4J_TX_MEMORY '$tx_memory' (e.g. 350m, 2g)"
[[ $start_timeout =~ ^[0-9]+$ ]] || die "invalid DIPLOGRAPH_NEO4J_START_TIMEOUT '$start_timeout' (seconds)"
((${#password} >= 8)) || die "DIPLOGRAPH_NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)"

inst_dir="$neo4j_home/$instance"
conf_dir="$inst_dir/conf"
data_dir="$inst_dir/data"
logs_dir="$inst_dir/logs"
run_dir="$inst_dir/run"
pid_file="$run_dir/neo4j.pid"
ports_file="$inst_dir/ports"
console_log="$logs_dir/console.log"

pom_property() {
	sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$pom" | head -n 1
}

neo4j_version=$(pom_property neo4j.version)
browser_version=$(pom_property browser.version)
[[ -n $neo4j_version && -n $browser_version ]] || die "cannot read neo4j.version/browser.version from $pom"

valid_port() {
	[[ $1 =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= 65535))
}

saved_port() {
	[[ -f $ports_file ]] || return 0
	sed -n "s/^$1=\([0-9]*\)$/\1/p" "$ports_file" | head -n 1
}

# Ports: explicit environment first, then the ports the instance last used, then defaults.
saved_bolt=$(saved_port bolt)
saved_http=$(saved_port http)
bolt_port=${DIPLOGRAPH_NEO4J_BOLT_PORT:-${saved_bolt:-$default_bolt_port}}
http_port=${DIPLOGRAPH_NEO4J_HTTP_PORT:-${saved_http:-$default_http_port}}
valid_port "$bolt_port" || die "invalid DIPLOGRAPH_NEO4J_BOLT_PORT '$bolt_port'"
valid_port "$http_port" || die "invalid DIPLOGRAPH_NEO4J_HTTP_PORT '$http_port'"
[[ $bolt_port != "$http_port" ]] || die "Bolt and HTTP ports must differ (both $bolt_port)"

# --- tools ------------------------------------------------------------------

java_bin=""

require_java() {
	if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
		java_bin="$JAVA_HOME/bin/java"
	elif command -v java >/dev/null 2>&1; then
		java_bin=$(command -v java)
	else
		die "java not found: install a Java 17 or 21 runtime (e.g. 'apt-get install openjdk-17-jre-headless', 'brew install openjdk@17', or https://adoptium.net) and put it on PATH or set JAVA_HOME"
	fi
	local line major
	line=$("$java_bin" -version 2>&1 | head -n 1)
	major=$(sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' <<<"$line")
	[[ -n $major ]] || die "cannot tell the Java version from '$line': Neo4j $neo4j_version needs Java 17 or 21"
	((major >= 17)) || die "Java $major found ($java_bin), Neo4j $neo4j_version needs Java 17 or 21: install openjdk-17 and put it on PATH or set JAVA_HOME"
	if ((major != 17 && major != 21)); then
		printf '%s: warning: Java %s found; Neo4j %s supports Java 17 and 21\n' "$prog" "$major" "$neo4j_version" >&2
	fi
}

require_mvn() {
	command -v mvn >/dev/null 2>&1 ||
		die "mvn not found: install Apache Maven 3.6+ (e.g. 'apt-get install maven', 'brew install maven', or https://maven.apache.org/download.cgi); it downloads the Neo4j jars from Maven Central once"
}

require_curl() {
	command -v curl >/dev/null 2>&1 || die "curl not found: install curl (e.g. 'apt-get install curl'); it checks that the server answers"
}

# with_lock FILE CMD...: runs CMD while holding an exclusive lock on FILE.
with_lock() {
	local file=$1
	shift
	if command -v flock >/dev/null 2>&1; then
		(
			flock -w 600 9 || die "timed out waiting for lock $file"
			"$@"
		) 9>"$file"
	else
		"$@"
	fi
}

# --- fetch ------------------------------------------------------------------

lib_complete() {
	[[ -f $lib_dir/neo4j-$neo4j_version.jar &&
		-f $lib_dir/neo4j-server-$neo4j_version.jar &&
		-f $lib_dir/neo4j-command-line-$neo4j_version.jar &&
		-f $lib_dir/neo4j-browser-$browser_version.jar ]]
}

fetch_locked() {
	if lib_complete; then
		return 0
	fi
	require_mvn
	local tmp
	tmp=$(mktemp -d "$neo4j_home/.fetch.XXXXXX")
	say "fetching Neo4j $neo4j_version and Neo4j Browser $browser_version from Maven Central into $lib_dir ..."
	local extra=()
	if [[ -n ${DIPLOGRAPH_NEO4J_MAVEN_ARGS:-} ]]; then
		read -r -a extra <<<"$DIPLOGRAPH_NEO4J_MAVEN_ARGS"
	fi
	local rc=0
	mvn -q -B -Dstyle.color=never -f "$pom" "-Dneo4j.home=$tmp" ${extra[@]+"${extra[@]}"} package 2>&1 |
		sed 's/\x1b\[[0-9;]*m//g' || rc=$?
	if ((rc != 0)); then
		rm -rf "$tmp"
		die "mvn could not assemble the Neo4j jars (is Maven Central reachable? see the output above)"
	fi
	[[ -f $tmp/lib/neo4j-server-$neo4j_version.jar ]] || {
		rm -rf "$tmp"
		die "mvn finished but $tmp/lib lacks neo4j-server-$neo4j_version.jar"
	}
	rm -rf "$lib_dir"
	mv "$tmp/lib" "$lib_dir"
	rm -rf "$tmp"
	say "fetched $(find "$lib_dir" -name '*.jar' | wc -l | tr -d ' ') jars"
}

ensure_lib() {
	lib_complete && return 0
	mkdir -p "$neo4j_home"
	with_lock "$neo4j_home/.fetch.lock" fetch_locked
}

cmd_fetch() {
	require_java
	if lib_complete; then
		say "Neo4j $neo4j_version jars already present in $lib_dir"
		return 0
	fi
	ensure_lib
}

# --- process state ----------------------------------------------------------

# pid_is_ours PID: true when PID is this instance's server (guards against reused pids).
pid_is_ours() {
	local pid=$1 args
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	if [[ -r /proc/$pid/cmdline ]]; then
		args=$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null) || return 1
	else
		args=$(ps -p "$pid" -o args= 2>/dev/null) || return 1
	fi
	[[ $args == *CommunityEntryPoint* && $args == *"--config-dir=$conf_dir"* ]]
}

# running_pid: prints the pid and succeeds when the instance runs. Without a usable pid
# file it looks for the instance's server among the processes (Linux /proc).
running_pid() {
	local pid=""
	if [[ -f $pid_file ]]; then
		pid=$(head -n 1 "$pid_file" 2>/dev/null) || pid=""
		if pid_is_ours "$pid"; then
			printf '%s\n' "$pid"
			return 0
		fi
	fi
	[[ -d /proc/self ]] || return 1
	local dir
	for dir in /proc/[0-9]*; do
		pid=${dir#/proc/}
		if pid_is_ours "$pid"; then
			mkdir -p "$run_dir"
			printf '%s\n' "$pid" >"$pid_file"
			printf '%s\n' "$pid"
			return 0
		fi
	done
	return 1
}

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# bolt_answers PORT: a Bolt handshake (magic + version proposals 5.0-5.4, 4.4) gets a version back.
bolt_answers() {
	local reply
	reply=$(timeout 5 bash -c '
		exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
		printf "\x60\x60\xb0\x17\x00\x04\x04\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
		head -c 4 <&3 | od -An -tx1
	' bolt-handshake "$1" 2>/dev/null) || return 1
	reply=${reply//[[:space:]]/}
	[[ ${#reply} == 8 && $reply != 00000000 ]]
}

# query_answers PORT: an authenticated RETURN 1 over the HTTP API. Exit 2 on bad credentials.
query_answers() {
	local pw out code body
	pw=${password//\\/\\\\}
	pw=${pw//\"/\\\"}
	out=$(printf 'user = "neo4j:%s"\n' "$pw" | curl -sS -m 10 -K - \
		-H 'Content-Type: application/json' -H 'Accept: application/json' \
		-d '{"statements":[{"statement":"RETURN 1 AS ok"}]}' \
		-w '\n%{http_code}' "http://127.0.0.1:$1/db/neo4j/tx/commit" 2>/dev/null) || return 1
	code=${out##*$'\n'}
	body=${out%$'\n'*}
	[[ $code == 401 ]] && return 2
	[[ $code == 200 && $body == *'"errors":[]'* && $body == *'"row":[1]'* ]]
}

# --- memory -----------------------------------------------------------------

# mebibytes SIZE: a size as Neo4j and the JVM write it (512m, 1g, 1048576k, bytes) in MiB.
mebibytes() {
	local n=${1%[kKmMgG]} unit=${1: -1}
	case $unit in
	k | K) echo $((n / 1024)) ;;
	m | M) echo "$n" ;;
	g | G) echo $((n * 1024)) ;;
	*) echo $((n / 1048576)) ;;
	esac
}

# machine_mebibytes: the memory this machine (or the container's limit, when lower) has.
machine_mebibytes() {
	local kb="" limit="" f
	if [[ -r /proc/meminfo ]]; then
		kb=$(sed -n 's/^MemTotal: *\([0-9]*\) kB$/\1/p' /proc/meminfo)
	elif command -v sysctl >/dev/null 2>&1; then
		limit=$(sysctl -n hw.memsize 2>/dev/null) || limit=""
		[[ $limit =~ ^[0-9]+$ ]] && kb=$((limit / 1024))
	fi
	[[ $kb =~ ^[0-9]+$ ]] || kb=$((2048 * 1024)) # unknown: assume a small machine
	for f in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes; do
		[[ -r $f ]] || continue
		limit=$(head -n 1 "$f")
		if [[ $limit =~ ^[0-9]+$ ]] && ((limit / 1024 < kb)); then
			kb=$((limit / 1024))
		fi
	done
	echo $((kb / 1024))
}

# clamp N LOW HIGH
clamp() {
	local n=$1
	((n < $2)) && n=$2
	((n > $3)) && n=$3
	echo "$n"
}

# size_memory: the heap, page cache and transaction memory not set in the environment
# come from the machine's memory. An eighth each for the heap and the page cache leaves
# room for the client, the operating system's file cache and a few more instances; the
# transaction memory is Neo4j's own default share of the heap, written out so that it is
# visible in the generated configuration and can be set on its own.
size_memory() {
	local ram
	ram=$(machine_mebibytes)
	[[ -n $heap ]] || heap="$(clamp $((ram / 8)) 512 8192)m"
	[[ -n $pagecache ]] || pagecache="$(clamp $((ram / 8)) 128 8192)m"
	[[ -n $tx_memory ]] || tx_memory="$(($(mebibytes "$heap") * 7 / 10))m"
	(($(mebibytes "$tx_memory") < $(mebibytes "$heap"))) ||
		die "DIPLOGRAPH_NEO4J_TX_MEMORY ($tx_memory) must be smaller than the heap ($heap)"
}

# --- configuration ----------------------------------------------------------

write_conf() {
	mkdir -p "$conf_dir" "$data_dir" "$logs_dir" "$run_dir" "$inst_dir/plugins" "$inst_dir/import" \
		"$inst_dir/licenses"
	local tmp="$conf_dir/neo4j.conf.tmp.$$"
	cat >"$tmp" <<EOF
# Generated by neo4j/local.sh for instance '$instance'; rewritten on every start.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$bolt_port
server.bolt.advertised_address=127.0.0.1:$bolt_port
server.bolt.tls_level=DISABLED
server.http.enabled=true
server.http.listen_address=127.0.0.1:$http_port
server.http.advertised_address=127.0.0.1:$http_port
server.https.enabled=false

dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
client.allow_telemetry=false

server.directories.data=$data_dir
server.directories.logs=$logs_dir
server.directories.run=$run_dir
server.directories.plugins=$inst_dir/plugins
server.directories.import=$inst_dir/import
server.directories.licenses=$inst_dir/licenses

server.memory.pagecache.size=$pagecache
db.memory.transaction.total.max=$tx_memory
db.logs.query.enabled=OFF
db.tx_log.preallocate=false
db.tx_log.rotation.retention_policy=256M size
# Shut Bolt down in about a second instead of the default quiet periods of 5 s each.
internal.dbms.bolt.netty_server_shutdown_quiet_period=1
internal.server.bolt.connection_shutdown_wait_time=1s
EOF
	mv "$tmp" "$conf_dir/neo4j.conf"
	printf 'bolt=%s\nhttp=%s\n' "$bolt_port" "$http_port" >"$ports_file"
}

# browser_content: Neo4j Browser is served from the folder "browser" of the first jar on
# the server's classpath that has one. Each instance gets a copy of the Browser jar with
# browser/style.grass and browser/guide.html added as browser/diplograph/, placed before
# the other jars, so that Browser loads the style and the guide from the server it is
# connected to; the settings that make it do so on connecting follow the password.
browser_jar=""

browser_content() {
	browser_jar="$inst_dir/browser.jar"
	local tmp="$browser_jar.tmp.$$"
	cp "$lib_dir/neo4j-browser-$browser_version.jar" "$tmp"
	if command -v python3 >/dev/null 2>&1; then
		python3 - "$tmp" "$repo_root/browser" <<'PY' || die "could not add the style and guide to the Browser jar"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "a") as z:
    for name in ("style.grass", "guide.html"):
        z.write(sys.argv[2] + "/" + name, "browser/diplograph/" + name)
PY
	else
		die "python3 is needed to add the style and guide to Neo4j Browser (e.g. 'apt-get install python3')"
	fi
	mv -f "$tmp" "$browser_jar"
	# Browser settings are the server's own, unknown to the admin tool that sets the
	# initial password, so they are added after it ran.
	cat >>"$conf_dir/neo4j.conf" <<EOF
# Neo4j Browser: on connecting, apply diplograph's style and open its guide, both served
# by this server from $browser_jar.
browser.post_connect_cmd=style http://127.0.0.1:$http_port/browser/diplograph/style.grass; play http://127.0.0.1:$http_port/browser/diplograph/guide.html
browser.remote_content_hostname_whitelist=127.0.0.1,localhost,guides.neo4j.com
EOF
}

# set_initial_password: only before the instance's first start (no system database yet).
set_initial_password() {
	[[ -d $data_dir/databases/system ]] && return 0
	local out
	if ! out=$(NEO4J_HOME="$neo4j_home" NEO4J_CONF="$conf_dir" \
		"$java_bin" -Xmx128m -cp "$lib_dir/*" org.neo4j.cli.AdminTool \
		dbms set-initial-password "$password" 2>&1 </dev/null); then
		printf '%s\n' "$out" >&2
		die "setting the initial password failed"
	fi
}

# Class data sharing: the second start on a machine records the classes the server loads
# into an archive, written when that server stops cleanly (a one-time cost of up to a
# minute on a busy machine); later starts map it and need about half the CPU to come up.
# A machine that starts the server only once (a fresh CI runner) never pays for it. The
# archive lives in the lib folder, so a new fetch discards it, and its name carries the
# Java build, because an archive only fits the JVM that wrote it.
cds_archive=""
cds_pending="$run_dir/cds-pending"

cds_archive_path() {
	local stamp
	# an archive fits only the classpath it was written with, which holds the instance's
	# Browser jar
	stamp=$({ "$java_bin" -version 2>&1; printf '%s\n' "$inst_dir"; } | cksum | cut -d ' ' -f 1)
	cds_archive="$lib_dir/.classes-$stamp.jsa"
}

cds_options() {
	local tmp
	if [[ -s $cds_archive ]]; then
		rm -f "$cds_pending"
		printf '%s\n' "-XX:SharedArchiveFile=$cds_archive"
		return 0
	fi
	if [[ ! -e $lib_dir/.started-once ]]; then
		: >"$lib_dir/.started-once"
		rm -f "$cds_pending"
		return 0
	fi
	tmp="$cds_archive.$instance.tmp"
	rm -f "$tmp"
	printf '%s\n%s\n' "$tmp" "$cds_archive" >"$cds_pending"
	printf '%s\n' "-XX:ArchiveClassesAtExit=$tmp"
}

# cds_finish CLEAN: after the server exited, keep the archive it wrote if it exited cleanly.
cds_finish() {
	[[ -f $cds_pending ]] || return 0
	local tmp final
	{
		IFS= read -r tmp
		IFS= read -r final
	} <"$cds_pending" || true
	rm -f "$cds_pending"
	[[ -n $tmp && -n $final ]] || return 0
	if [[ $1 == clean && -s $tmp && ! -e $final ]]; then
		mv -f "$tmp" "$final"
	else
		rm -f "$tmp"
	fi
}

jvm_options() {
	printf '%s\n' \
		"-Xmx$heap" \
		"-Xms64m" \
		-XX:+UseG1GC \
		-XX:-OmitStackTraceInFastThrow \
		-XX:+UnlockExperimentalVMOptions \
		-XX:+TrustFinalNonStaticFields \
		-XX:+DisableExplicitGC \
		-XX:+ExitOnOutOfMemoryError \
		"-XX:ErrorFile=$logs_dir/hs_err_pid%p.log" \
		"-Xlog:cds*=off" \
		-Djdk.nio.maxCachedBufferSize=1024 \
		-Dio.netty.tryReflectionSetAccessible=true \
		-Dfile.encoding=UTF-8 \
		-Dlog4j2.disable.jmx=true \
		--add-opens=java.base/java.nio=ALL-UNNAMED \
		--add-opens=java.base/java.io=ALL-UNNAMED \
		--add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
		--add-opens=java.base/java.lang=ALL-UNNAMED
}

# --- commands ---------------------------------------------------------------

stop_server() {
	local pid
	pid=$(running_pid) || pid=""
	if [[ -z $pid ]]; then
		rm -f "$pid_file"
		return 1
	fi
	local limit=$stop_timeout
	if [[ -f $cds_pending ]]; then
		limit=300
		say "stopping neo4j instance '$instance' and writing the class archive for faster starts (once) ..."
	fi
	kill -TERM "$pid" 2>/dev/null || true
	local waited=0
	while pid_is_ours "$pid" && ((waited < limit * 4)); do
		sleep 0.25
		waited=$((waited + 1))
	done
	local how=clean
	if pid_is_ours "$pid"; then
		how=killed
		printf '%s: instance %s did not stop within %ss, killing pid %s\n' "$prog" "$instance" "$limit" "$pid" >&2
		kill -KILL "$pid" 2>/dev/null || true
		waited=0
		while pid_is_ours "$pid" && ((waited < 100)); do
			sleep 0.1
			waited=$((waited + 1))
		done
	fi
	rm -f "$pid_file"
	cds_finish "$how"
	return 0
}

start_locked() {
	local pid
	if pid=$(running_pid); then
		local rb rh
		rb=$(saved_port bolt)
		rh=$(saved_port http)
		say "neo4j instance '$instance' already running (pid $pid, bolt 127.0.0.1:$rb, http 127.0.0.1:$rh)"
		if [[ $rb != "$bolt_port" || $rh != "$http_port" ]]; then
			printf '%s: requested ports %s/%s differ from the running ones; use restart to change them\n' \
				"$prog" "$bolt_port" "$http_port" >&2
		fi
		return 0
	fi
	rm -f "$pid_file"
	local port
	for port in "$bolt_port" "$http_port"; do
		if port_in_use "$port"; then
			die "port 127.0.0.1:$port is already in use (another instance or program); choose others with DIPLOGRAPH_NEO4J_BOLT_PORT / DIPLOGRAPH_NEO4J_HTTP_PORT"
		fi
	done

	size_memory
	write_conf
	set_initial_password
	browser_content

	[[ -f $console_log ]] && mv -f "$console_log" "$console_log.1"
	local opts=() line extra=()
	while IFS= read -r line; do opts+=("$line"); done < <(jvm_options)
	cds_archive_path
	while IFS= read -r line; do opts+=("$line"); done < <(cds_options)
	if [[ -n ${DIPLOGRAPH_NEO4J_JAVA_OPTS:-} ]]; then
		read -r -a extra <<<"$DIPLOGRAPH_NEO4J_JAVA_OPTS"
		opts+=("${extra[@]}")
	fi
	local started=$SECONDS
	setsid "$java_bin" "${opts[@]}" "-Ddiplograph.neo4j.instance=$instance" \
		-cp "$browser_jar:$lib_dir/*" org.neo4j.server.CommunityEntryPoint \
		"--home-dir=$neo4j_home" "--config-dir=$conf_dir" --console-mode \
		</dev/null >"$console_log" 2>&1 9>&- &
	pid=$!
	printf '%s\n' "$pid" >"$pid_file"
	say "starting neo4j instance '$instance' (pid $pid, bolt 127.0.0.1:$bolt_port, http 127.0.0.1:$http_port) ..."
	say "  memory:  heap $heap, page cache $pagecache, transactions $tx_memory"

	local deadline=$((SECONDS + start_timeout)) rc
	while :; do
		# The server is this script's own child here, so kill -0 fails as soon as it exits.
		if ! kill -0 "$pid" 2>/dev/null; then
			rm -f "$pid_file"
			cds_finish crashed
			printf '%s: neo4j instance %s exited during startup; last lines of %s:\n' "$prog" "$instance" "$console_log" >&2
			tail -n 40 "$console_log" >&2 || true
			if [[ " ${opts[*]} " == *" -XX:SharedArchiveFile="* ]]; then
				rm -f "$cds_archive"
				printf '%s: removed the class archive %s in case it is damaged; start again\n' "$prog" "$cds_archive" >&2
			fi
			exit 1
		fi
		if bolt_answers "$bolt_port"; then
			rc=0
			query_answers "$http_port" || rc=$?
			if ((rc == 0)); then
				break
			elif ((rc == 2)); then
				stop_server || true
				die "the server rejected the password: instance '$instance' was initialised with another DIPLOGRAPH_NEO4J_PASSWORD; use that one, or '$prog wipe' to start afresh"
			fi
		fi
		if ((SECONDS >= deadline)); then
			printf '%s: neo4j instance %s did not answer within %ss; last lines of %s:\n' "$prog" "$instance" "$start_timeout" "$console_log" >&2
			tail -n 40 "$console_log" >&2 || true
			stop_server || true
			exit 1
		fi
		sleep 0.5
	done
	say "neo4j instance '$instance' ready after $((SECONDS - started))s"
	print_urls
}

print_urls() {
	say "  bolt:    bolt://127.0.0.1:$bolt_port  (user neo4j)"
	say "  browser: http://127.0.0.1:$http_port/browser/  (style and guide applied on connecting)"
	say "  data:    $data_dir"
	say "  logs:    $logs_dir"
}

cmd_start() {
	require_java
	require_curl
	ensure_lib
	mkdir -p "$inst_dir"
	with_lock "$inst_dir/.lock" start_locked
}

stop_locked() {
	if stop_server; then
		say "neo4j instance '$instance' stopped"
	else
		say "neo4j instance '$instance' is not running"
	fi
}

cmd_stop() {
	[[ -d $inst_dir ]] || {
		say "neo4j instance '$instance' is not running"
		return 0
	}
	with_lock "$inst_dir/.lock" stop_locked
}

# use_running_ports: the ports a running instance actually listens on win over the environment.
use_running_ports() {
	[[ -n $saved_bolt ]] && bolt_port=$saved_bolt
	[[ -n $saved_http ]] && http_port=$saved_http
	return 0
}

cmd_status() {
	local pid
	if pid=$(running_pid); then
		use_running_ports
		local state="starting or busy (no answer yet)"
		if bolt_answers "$bolt_port" && query_answers "$http_port"; then
			state="answering"
		fi
		say "neo4j instance '$instance' running (pid $pid): $state"
		print_urls
		return 0
	fi
	say "neo4j instance '$instance' not running (ports bolt $bolt_port, http $http_port)"
	return 3
}

cmd_logs() {
	[[ -f $console_log ]] || die "no log yet for instance '$instance' ($console_log)"
	case ${1:-} in
	-f) tail -n 50 -f "$console_log" ;;
	"") tail -n 100 "$console_log" ;;
	*)
		[[ $1 =~ ^[0-9]+$ ]] || die "logs takes -f or a line count"
		tail -n "$1" "$console_log"
		;;
	esac
}

cmd_env() {
	if running_pid >/dev/null; then
		use_running_ports
	fi
	printf 'export DIPLOGRAPH_NEO4J_URI=%q DIPLOGRAPH_NEO4J_USER=neo4j DIPLOGRAPH_NEO4J_PASSWORD=%q\n' \
		"bolt://127.0.0.1:$bolt_port" "$password"
}

wipe_locked() {
	stop_server || true
	case $inst_dir in
	"$neo4j_home"/?*) ;;
	*) die "refusing to delete $inst_dir" ;;
	esac
	rm -rf "$data_dir" "$logs_dir" "$run_dir"
	say "neo4j instance '$instance' stopped and its data deleted (settings and ports kept)"
}

cmd_wipe() {
	[[ -d $inst_dir ]] || {
		say "neo4j instance '$instance' has no data"
		return 0
	}
	with_lock "$inst_dir/.lock" wipe_locked
}

main() {
	local cmd=${1:-}
	[[ $# -gt 0 ]] && shift
	case $cmd in
	fetch) cmd_fetch ;;
	start) cmd_start ;;
	stop) cmd_stop ;;
	restart)
		cmd_stop
		cmd_start
		;;
	status) cmd_status ;;
	logs) cmd_logs "$@" ;;
	env) cmd_env ;;
	wipe) cmd_wipe ;;
	-h | --help | help) usage ;;
	"")
		usage >&2
		exit 2
		;;
	*)
		printf '%s: unknown command %s\n' "$prog" "$cmd" >&2
		usage >&2
		exit 2
		;;
	esac
}

main "$@"
