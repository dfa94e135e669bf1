#!/usr/bin/env bash
# Shared functions of deploy/local/{up,down,test,load}. Everything the local stack writes lives in
# $STATE (default: <repo>/.local-stack, git-ignored): logs/, pids/, kafka/ (classpath, config, data).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${LOCAL_STACK_DIR:-$ROOT/.local-stack}
LOGS=$STATE/logs
PIDS=$STATE/pids
mkdir -p "$LOGS" "$PIDS"

DB_USER=${DB_USER:-openbudget}
DB_PASSWORD=${DB_PASSWORD:-openbudget}
DATABASES=(budget performance asset aggregation)
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
# name:partitions:cleanup.policy — event topics are compacted: every event carries the whole
# aggregate state, so the latest record per key is all a replay needs (docs/DESIGN.md §5)
TOPICS=(budget.events:6:compact performance.events:6:compact asset.events:6:compact aggregation.dlq:1:delete)
SERVICES=(budget-service:8081 performance-service:8082 asset-service:8083 aggregation-service:8084)

log() { printf '[local] %s\n' "$*" >&2; }
die() { printf '[local] ERROR: %s\n' "$*" >&2; exit 1; }

pid_alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi
}

# ---------------------------------------------------------------- PostgreSQL
pg_cluster() { pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}'; }

pg_install() {
  if ! command -v pg_ctlcluster >/dev/null || [ -z "$(pg_cluster)" ]; then
    log "installing PostgreSQL (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
}

pg_running() { pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $4}' | grep -q online; }

# Starts the cluster when it is down; remembers that we did, so that stop_pg only stops ours.
pg_start() {
  pg_install
  if pg_running; then return 0; fi
  read -r ver name <<<"$(pg_cluster)"
  log "starting PostgreSQL $ver/$name"
  pg_ctlcluster "$ver" "$name" start
  touch "$STATE/pg.started"
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && return 0; sleep 1; done
  die "PostgreSQL did not accept connections"
}

pg_stop_if_ours() {
  if [ -f "$STATE/pg.started" ]; then
    read -r ver name <<<"$(pg_cluster)"
    log "stopping PostgreSQL $ver/$name"
    pg_ctlcluster "$ver" "$name" stop || true
    rm -f "$STATE/pg.started"
  fi
}

# Role and databases, created only when missing (CREATE has no IF NOT EXISTS for them).
pg_ensure_databases() {
  local suffix=${1:-}
  as_postgres "psql -qtAc \"select 1 from pg_roles where rolname='$DB_USER'\" | grep -q 1 || psql -qc \"create role $DB_USER login password '$DB_PASSWORD'\""
  for db in "${DATABASES[@]}"; do
    db=$db$suffix
    as_postgres "psql -qtAc \"select 1 from pg_database where datname='$db'\" | grep -q 1 || createdb -O $DB_USER $db"
  done
}

# ---------------------------------------------------------------- fonts for PDF documents
# aggregation-service embeds two fonts in its PDFs: a CJK one (DroidSansFallbackFull has no Latin letters,
# digits or ≥) and DejaVu Sans for those. A new Debian machine may have neither. They are never committed:
# Debian's fonts-droid-fallback (Apache License 2.0) and fonts-dejavu-core (Bitstream Vera / DejaVu licence,
# free to embed) install them. OPENBUDGET_DOCUMENTS_PDF_FONT / _LATIN_FONT point at other .ttf files.
CJK_FONT=${OPENBUDGET_DOCUMENTS_PDF_FONT:-/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}
LATIN_FONT=${OPENBUDGET_DOCUMENTS_PDF_LATIN_FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}

cjk_font_install() {
  [ -f "$CJK_FONT" ] && [ -f "$LATIN_FONT" ] && return 0
  [ -n "${OPENBUDGET_DOCUMENTS_PDF_FONT:-}${OPENBUDGET_DOCUMENTS_PDF_LATIN_FONT:-}" ] \
    && die "a PDF font set by environment does not exist: $CJK_FONT / $LATIN_FONT"
  [ "$(id -u)" = 0 ] || die "PDF fonts missing ($CJK_FONT, $LATIN_FONT): run 'apt-get install fonts-droid-fallback fonts-dejavu-core' as root"
  log "installing the fonts for PDF documents (Debian packages fonts-droid-fallback, fonts-dejavu-core)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq fonts-droid-fallback fonts-dejavu-core >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq fonts-droid-fallback fonts-dejavu-core >/dev/null; }
  [ -f "$CJK_FONT" ] && [ -f "$LATIN_FONT" ] || die "the font packages installed no $CJK_FONT / $LATIN_FONT"
}

# ---------------------------------------------------------------- a browser for the dashboard's tests
# The dashboard's browser tests, deploy/local/screenshot and deploy/local/bench-page drive Debian's chromium through
# its chromedriver (packages chromium and chromium-driver, the same version by construction). Installed when absent.
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

chromium_ensure() {
  [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] && return 0
  [ "$(id -u)" = 0 ] || die "Chromium missing ($CHROMIUM, $CHROMEDRIVER): run 'apt-get install chromium chromium-driver' as root"
  log "installing Chromium and its driver (Debian packages chromium, chromium-driver)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }
  [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] || die "the chromium packages installed no $CHROMIUM / $CHROMEDRIVER"
}

# ---------------------------------------------------------------- Kafka
# A classpath resolved once from a pom.xml that only lists dependencies (nothing is built):
#   resolved_classpath NAME POM WHAT → cached in .local-stack/NAME/classpath
resolved_classpath() {
  local name=$1 pom=$2 what=$3 cpfile=$STATE/$1/classpath
  if [ ! -s "$cpfile" ]; then
    log "resolving the $what classpath from Maven Central"
    mkdir -p "$STATE/$name"
    "$ROOT/mvnw" -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$cpfile" >"$LOGS/$name-classpath.log" 2>&1 \
      || { cat "$LOGS/$name-classpath.log" >&2; die "cannot resolve the $what classpath"; }
  fi
  cat "$cpfile"
}

# (a classpath cached for another Kafka version is resolved again)
kafka_classpath() { grep -qs '/kafka_2.13/4.3.1/' "$STATE/kafka/classpath" || rm -f "$STATE/kafka/classpath"; resolved_classpath kafka "$ROOT/deploy/local/kafka/pom.xml" "Kafka 4.3.1 broker"; }

# The benchmark's (deploy/local/bench): PostgreSQL JDBC driver + Kafka's tools.
bench_classpath() { grep -qs '/kafka-tools/4.3.1/' "$STATE/bench/classpath" || rm -f "$STATE/bench/classpath"; resolved_classpath bench "$ROOT/deploy/local/bench-classpath/pom.xml" "benchmark (PostgreSQL JDBC, kafka-tools 4.3.1)"; }

# The classpath of a seeds module (deploy/local/load: importer; bench and faults: bench): the module and what it
# needs of the reactor (disclosure-model, the importer) built by Maven, tests skipped, and its runtime dependencies
# resolved in the same run; both are cached in the module's target/runtime.classpath and done again only when a
# source or pom they are built from is newer.
#   seeds_classpath importer|bench → the module's classes, then the jars it runs with
seeds_classpath() {
  local module=$1 dir=$ROOT/seeds/$1 cpfile=$ROOT/seeds/$1/target/runtime.classpath
  if [ ! -s "$cpfile" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/seeds/pom.xml" "$ROOT/seeds/000_089e20c77680147c.txt" \
      "$ROOT/disclosure-model/pom.xml" "$ROOT/disclosure-model/src" "$ROOT/seeds/importer/pom.xml" "$ROOT/seeds/importer/src" \
      "$dir/pom.xml" "$dir/src" -newer "$cpfile" -type f -print -quit)" ]; then
    log "building seeds/$module (./mvnw package, tests skipped) and resolving its classpath"
    (cd "$ROOT" && ./mvnw -B -q -pl "seeds/$module" -am package -DskipTests \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime) >"$LOGS/seeds-$module-build.log" 2>&1 \
      || { tail -40 "$LOGS/seeds-$module-build.log" >&2; die "building seeds/$module failed (full log: $LOGS/seeds-$module-build.log)"; }
    touch "$cpfile" # the plugin leaves an unchanged classpath file as it was: its time says when it was built
  fi
  echo "$dir/target/classes:$(cat "$cpfile")"
}

kafka_admin() { java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(kafka_classpath)" "$ROOT/deploy/local/KafkaAdmin.java" "$@"; }

kafka_running() { pid_alive kafka; }

# The tests' own broker: another single-node cluster on its own ports and data directory, so that no
# test ever publishes to (or consumes from) the topics the local demo stack reads. deploy/local/test
# starts it with empty storage every time it starts it, so a run sees only its own events.
TEST_KAFKA_PORT=${TEST_KAFKA_PORT:-19092}
TEST_KAFKA_CONTROLLER_PORT=${TEST_KAFKA_CONTROLLER_PORT:-19093}
TEST_KAFKA_BOOTSTRAP=127.0.0.1:$TEST_KAFKA_PORT

kafka_start() { kafka_instance_start kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; }

kafka_test_running() { pid_alive kafka-test; }

# Fresh storage, then start: the test cluster never carries events over from an earlier run.
kafka_test_start() {
  if kafka_test_running; then return 0; fi
  rm -rf "$STATE/kafka-test/data"
  kafka_instance_start kafka-test "$TEST_KAFKA_PORT" "$TEST_KAFKA_CONTROLLER_PORT"
}

# Single-node KRaft broker (broker + controller in one JVM), storage formatted once.
#   kafka_instance_start NAME PORT CONTROLLER_PORT — data, config and pid under NAME
kafka_instance_start() {
  local name=$1 port=$2 cport=$3
  if pid_alive "$name"; then return 0; fi
  local cp dir=$STATE/$name
  cp=$(kafka_classpath)
  mkdir -p "$dir/data"
  cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=6
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  if [ ! -f "$dir/data/meta.properties" ]; then
    log "formatting Kafka storage ($name)"
    local id
    id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid)
    java -cp "$cp" kafka.tools.StorageTool format --standalone -t "$id" -c "$dir/server.properties" >"$LOGS/$name-format.log" 2>&1 \
      || { cat "$LOGS/$name-format.log" >&2; die "Kafka storage format failed ($name)"; }
  fi
  log "starting Kafka ($name) on 127.0.0.1:$port"
  nohup java -Xms256m -Xmx512m -cp "$cp" kafka.Kafka "$dir/server.properties" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  kafka_admin wait "127.0.0.1:$port" 60 >/dev/null || { tail -30 "$LOGS/$name.log" >&2; die "Kafka ($name) did not start"; }
  touch "$STATE/$name.started"
}

kafka_topics() { kafka_admin topics "${1:-$KAFKA_BOOTSTRAP}" "${TOPICS[@]}" >/dev/null; }

# ---------------------------------------------------------------- Keycloak (the local OpenID Connect provider)
# A real Keycloak server distribution from Maven Central, unpacked once under $STATE, started in dev mode on
# 127.0.0.1:$KEYCLOAK_PORT with the realm of deploy/local/keycloak imported (users, clients, roles, claims).
# Keycloak 26 needs Java 21 or newer: the first such JDK under /usr/lib/jvm runs it (the services stay on 17).
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_URL=http://127.0.0.1:$KEYCLOAK_PORT
KEYCLOAK_REALM=openbudget
KEYCLOAK_ISSUER=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM

keycloak_java_home() {
  local dir major
  for dir in ${KEYCLOAK_JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$dir/bin/java" ] || continue
    major=$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    [ "${major%%.*}" -ge 21 ] 2>/dev/null && { echo "$dir"; return 0; }
  done
  die "Keycloak $KEYCLOAK_VERSION needs a JDK 21 or newer under /usr/lib/jvm (or KEYCLOAK_JAVA_HOME)"
}

keycloak_home() { echo "$STATE/keycloak/keycloak-$KEYCLOAK_VERSION"; }

keycloak_install() {
  local home zip dir=$STATE/keycloak
  home=$(keycloak_home)
  [ -x "$home/bin/kc.sh" ] && return 0
  mkdir -p "$dir"
  zip=$dir/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [ ! -s "$zip" ]; then
    log "fetching the Keycloak $KEYCLOAK_VERSION server distribution from Maven Central"
    "$ROOT/mvnw" -B -q -f "$ROOT/deploy/local/kafka/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$dir" >"$LOGS/keycloak-fetch.log" 2>&1 \
      || { tail -20 "$LOGS/keycloak-fetch.log" >&2; die "cannot fetch Keycloak $KEYCLOAK_VERSION"; }
  fi
  (cd "$dir" && jar xf "$zip") || die "cannot unpack $zip"
  chmod +x "$home"/bin/*.sh
}

keycloak_running() { pid_alive keycloak; }

# every realm of deploy/local/keycloak answers its discovery document (the demo's, the tests' and the foreign issuer)
keycloak_has_realms() {
  local file realm
  for file in "$ROOT"/deploy/local/keycloak/*-realm.json; do
    realm=$(sed -nE 's/^  "realm": "([^"]+)".*/\1/p' "$file" | head -1)
    curl -fsS "$KEYCLOAK_URL/realms/$realm/.well-known/openid-configuration" >/dev/null 2>&1 || return 1
  done
}

# Each start imports the realm files into an empty dev-mode database: the files are the whole truth (users, clients,
# roles), nothing typed into the admin console survives a restart.
keycloak_start() {
  if keycloak_running; then
    keycloak_has_realms && return 0
    # started from an older realm set: import the current files into a fresh dev database
    log "Keycloak lacks a realm of deploy/local/keycloak: restarting it with a fresh import"
    stop_pid keycloak
  fi
  keycloak_install
  local home java_home
  home=$(keycloak_home)
  java_home=$(keycloak_java_home)
  rm -rf "$home/data/h2"
  mkdir -p "$home/data/import"
  cp "$ROOT"/deploy/local/keycloak/*-realm.json "$home/data/import/"
  log "starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL (realms: $KEYCLOAK_REALM, the tests' openbudget-test and elsewhere)"
  JAVA_HOME=$java_home PATH=$java_home/bin:$PATH KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx384m" \
    nohup "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --import-realm \
      --health-enabled=true --cache=local >"$LOGS/keycloak.log" 2>&1 &
  echo $! >"$PIDS/keycloak.pid"
  local deadline=$((SECONDS + ${KEYCLOAK_TIMEOUT:-180}))
  until keycloak_has_realms; do
    pid_alive keycloak || { tail -40 "$LOGS/keycloak.log" >&2; die "Keycloak exited during start-up"; }
    [ $SECONDS -lt $deadline ] || { tail -40 "$LOGS/keycloak.log" >&2; die "Keycloak not ready in time"; }
    sleep 1
  done
  touch "$STATE/keycloak.started"
}

# The tools (loader, benchmark, fault suite) sign in as "other systems": client credentials of their own client in
# the demo realm, unless OPENBUDGET_ISSUER / OPENBUDGET_CLIENT_ID / OPENBUDGET_CLIENT_SECRET are set already.
#   sign_in_as CLIENT SECRET
sign_in_as() {
  export OPENBUDGET_ISSUER=${OPENBUDGET_ISSUER:-$KEYCLOAK_ISSUER}
  export OPENBUDGET_CLIENT_ID=${OPENBUDGET_CLIENT_ID:-$1}
  export OPENBUDGET_CLIENT_SECRET=${OPENBUDGET_CLIENT_SECRET:-$2}
}

# A token for a demo user (password grant of the public web client) or, with a secret, a client's own.
#   keycloak_token USER [PASSWORD]     keycloak_token --client CLIENT SECRET
keycloak_token() {
  local body
  if [ "$1" = --client ]; then
    body="grant_type=client_credentials&client_id=$2&client_secret=$3"
  else
    body="grant_type=password&client_id=openbudget-web&username=$1&password=${2:-demo}"
  fi
  curl -fsS -d "$body" "${OPENBUDGET_ISSUER:-$KEYCLOAK_ISSUER}/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# ---------------------------------------------------------------- processes
stop_pid() {
  local name=$1
  if pid_alive "$name"; then
    local pid
    pid=$(cat "$PIDS/$name.pid")
    log "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDS/$name.pid"
}

# ---------------------------------------------------------------- services
service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

services_need_build() {
  local svc
  for entry in "${SERVICES[@]}"; do
    svc=${entry%%:*}
    local jar
    jar=$(service_jar "$svc")
    [ -f "$jar" ] || return 0
    [ -n "$(find "$ROOT/$svc/src/main" "$ROOT/common/src/main" "$ROOT/$svc/pom.xml" "$ROOT/common/pom.xml" "$ROOT/pom.xml" -newer "$jar" -type f -print -quit)" ] && return 0
  done
  return 1
}

any_service_running() {
  local entry
  for entry in "${SERVICES[@]}"; do pid_alive "${entry%%:*}" && return 0; done
  return 1
}

# Never rebuilds under running services (a fast-jar must not change beneath its JVM).
services_build() {
  if any_service_running; then
    services_need_build && log "note: the running services are older than the sources; deploy/local/down then up to restart on a new build"
    return 0
  fi
  if services_need_build; then
    log "building the services (./mvnw package, tests skipped: deploy/local/test runs them)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl budget-service,performance-service,asset-service,aggregation-service -am) \
      >"$LOGS/build.log" 2>&1 || { tail -40 "$LOGS/build.log" >&2; die "build failed (full log: $LOGS/build.log)"; }
  fi
}

# The services run from a copy of their build ($STATE/apps/<service>, made when the build is newer than the copy):
# tests and builds in the same checkout rewrite target/quarkus-app, and a fast-jar's JVM loads classes from its lib/
# jars for as long as it runs (a rebuild under it ends in NoSuchFileException).
service_app() { echo "$STATE/apps/$1"; }

service_install() {
  local svc=$1 app
  app=$(service_app "$svc")
  if [ ! -f "$app/quarkus-run.jar" ] || [ "$(service_jar "$svc")" -nt "$app/quarkus-run.jar" ]; then
    rm -rf "$app"
    mkdir -p "$STATE/apps"
    cp -a "$ROOT/$svc/target/quarkus-app" "$app"
  fi
}

service_start() {
  local svc=$1 port=$2
  if pid_alive "$svc"; then return 0; fi
  service_install "$svc"
  service_launch "$svc" "$port"
}

# Starts the installed copy. C1 only (TieredStopAtLevel=1): on 2 cores shared by five JVMs, C2 compilation took ~40 %
# of a service's CPU in the benchmark and its code cache and arenas cost RSS (BENCHMARKS.md). The heap starts small
# and gives memory back after a collection that left it more than 30 % free: the JVM's default start (1/64 of the
# machine's memory, i.e. the whole -Xmx here) made every service touch its whole maximum heap within minutes,
# while what stays live is 30–90 MB (BENCHMARKS.md "Issue 16", RSS). aggregation-service keeps 192 MB for PDFs,
# county bundles and the province's cached answers; the owners need 128 MB for bulk requests of 500 items.
# Class data sharing (AppCDS): once a build's first start is ready, service_cds_dump writes the classes it loaded
# to app-cds.jsa beside the copy; every later start maps them from that archive instead of loading, parsing and
# verifying them again (SERVICE_CDS=false: neither).
service_java_opts() {
  local heap=128m
  [ "$1" = aggregation-service ] && heap=192m
  echo "-Xms32m -Xmx$heap -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m"
}

service_launch() {
  local svc=$1 port=$2 app cds=()
  app=$(service_app "$svc")
  rm -f "$app/cds.pending"
  if [ "${SERVICE_CDS:-true}" = true ]; then
    if [ -s "$app/app-cds.jsa" ]; then cds=(-XX:SharedArchiveFile=app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
    else cds=(-XX:+RecordDynamicDumpInfo -Xlog:cds=off -Xlog:cds+dynamic=off); touch "$app/cds.pending"; fi
  fi
  log "starting $svc on :$port"
  (cd "$app" && exec nohup java ${SERVICE_JAVA_OPTS:-$(service_java_opts "$svc")} \
    "${cds[@]}" -Dquarkus.http.port="$port" -jar quarkus-run.jar >>"$LOGS/$svc.log" 2>&1 </dev/null) &
  echo $! >"$PIDS/$svc.pid"
}

# After a ready start that recorded its classes: the archive for the next starts (jcmd VM.cds, JDK 17), written by
# the running JVM (a few seconds of one core, once per build). Returns 1 when there was nothing to write.
service_cds_dump() {
  local svc=$1 app
  app=$(service_app "$svc")
  [ -f "$app/cds.pending" ] && pid_alive "$svc" || return 1
  log "recording $svc's classes for its next start (app-cds.jsa)"
  jcmd "$(cat "$PIDS/$svc.pid")" VM.cds dynamic_dump "$app/app-cds.jsa" >>"$LOGS/$svc.log" 2>&1 || log "note: $svc's class archive failed (see its log)"
  rm -f "$app/cds.pending"
}

# Every service that has just recorded its archive is started again on it: a JVM that wrote the archive keeps the
# dump's buffers (its RSS grew by ~300 MB in the benchmark), and the next start is the one that shows the gain.
services_cds_record() {
  local entry dumped=()
  for entry in "${SERVICES[@]}"; do
    if service_cds_dump "${entry%%:*}"; then dumped+=("$entry"); fi
  done
  for entry in "${dumped[@]}"; do stop_pid "${entry%%:*}"; service_launch "${entry%%:*}" "${entry##*:}"; done
  for entry in "${dumped[@]}"; do wait_ready "${entry%%:*}" "${entry##*:}"; done
}

wait_ready() {
  local svc=$1 port=$2 deadline=$((SECONDS + ${READY_TIMEOUT:-120}))
  until curl -fsS "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; do
    pid_alive "$svc" || { tail -40 "$LOGS/$svc.log" >&2; die "$svc exited during start-up"; }
    [ $SECONDS -lt $deadline ] || { tail -40 "$LOGS/$svc.log" >&2; die "$svc not ready in time"; }
    sleep 0.5
  done
}
