#!/usr/bin/env bash
# Assay load benchmark -- one command:  src/bench/run.sh [small|large|both] [--regen] [--rebuild] [--duration N]
#
# Per scale: builds the packaged jar if missing, (re)generates the database assay_bench_<scale> if missing
# (or --regen), starts the jar pinned to CPU 1, signs RS256 tokens with a key pair made for this run, checks
# one response per operation for GraphQL errors, then for each operation a warm-up and an N-second wrk run
# (CPU 0, 16 connections), and the pgbench floors (same clients and duration). Results: target/bench/.
# Not part of the test suite; CI (.ci/run) never calls it.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BENCH=$ROOT/src/bench

SCALES=small; REGEN=0; REBUILD=0; JFR=0; DURATION=${BENCH_DURATION:-30}; WARMUP=${BENCH_WARMUP:-60}
CONNS=16; ONLY=${BENCH_ONLY:-}
while [ $# -gt 0 ]; do
  case "$1" in
    small|large) SCALES=$1 ;;
    both) SCALES="small large" ;;
    --regen) REGEN=1 ;;
    --rebuild) REBUILD=1 ;;
    --jfr) JFR=1 ;;     # record a CPU profile of the service (JFR) and summarise it: target/bench/profile-<scale>-<stamp>.txt
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --only) ONLY=$2; shift ;;   # comma list: portfolio,portfolio50,report,directory,save,events,floors
    *) echo "usage: $0 [small|large|both] [--regen] [--rebuild] [--jfr] [--duration N] [--warmup N] [--only ops]" >&2; exit 2 ;;
  esac
  shift
done
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

PGHOST=127.0.0.1; PGPORT=5432; PGUSER=postgres
export PGHOST PGPORT PGUSER
PSQL="psql -X -q -v ON_ERROR_STOP=1"
PORT=${BENCH_PORT:-8089}
RECEIVER_PORT=${BENCH_RECEIVER_PORT:-8787}   # the events benchmark's webhook receiver (an SSRF exception the service is started with)
OUT=$ROOT/target/bench; mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SEED=${BENCH_SEED:-assay-bench-1}
REF_DATE=${BENCH_REF_DATE:-2026-11-23}
ISSUER=https://bench.assay.invalid/issuer
AUDIENCE=assay-bench

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---- scale definitions (small = large / 10, except the big portfolio: 2,000 vs 20,000) ----
scale_vars() {
  case "$1" in
    large) echo "members=200 suppliers=100000 sites=150000 bodies=5 big_pf=20000 pf_min=500 pf_max=5000" ;;
    small) echo "members=20 suppliers=10000 sites=15000 bodies=3 big_pf=2000 pf_min=50 pf_max=500" ;;
  esac
}

# ---- prerequisites ----
if ! pg_lsclusters --no-header | awk '{print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect "$(pg_lsclusters --no-header | awk 'NR==1{print $1}')" main start
fi
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
JAR=${BENCH_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}   # BENCH_JAR: another build, for interleaved before/after runs
if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$JAR" ] || [ "$REBUILD" = 1 ]; }; then
  log "building the packaged jar (external PostgreSQL: embedded extension left out)"
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/postgres ./mvnw -q -B package -DskipTests -P '!embedded-postgres'
fi

# ---- a signing key for this run; the service verifies with the public half ----
KEYDIR=$(mktemp -d); trap 'rm -rf "$KEYDIR"' EXIT
openssl genrsa -out "$KEYDIR/key.pem" 2048 2>/dev/null
PUBKEY=$(openssl rsa -in "$KEYDIR/key.pem" -pubout -outform DER 2>/dev/null | base64 -w0)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() {  # token <subject>
  local now h p s
  now=$(date +%s)
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  p=$(printf '{"iss":"%s","aud":"%s","sub":"%s","preferred_username":"%s","iat":%d,"exp":%d}' "$ISSUER" "$AUDIENCE" "$1" "$1" "$now" $((now + 7200)) | b64url)
  s=$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$KEYDIR/key.pem" | b64url)
  printf '%s.%s.%s' "$h" "$p" "$s"
}

APP_PID=""
start_app() {  # start_app <db> <logfile>; sets APP_PID, STARTUP_MS
  # The time-based event sweep is off (BENCH_SWEEP_EVERY=1m turns it on): the generated world holds years of history
  # whose expiries were never announced, and draining that backlog (500 facts of each kind a minute) would run beside
  # every measurement; a live platform has no such backlog.
  # Profile "bench": application.properties only sets the IdP URL under %prod, which would take precedence over
  # the local public key. The hourly cost budget is raised (it is still charged, one upsert per request): a run spends
  # far more than a portal does in an hour, and every request after the budget was a cheap 429 (issue 16 found it).
  local db=$1 logf=$2 t0 i
  t0=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  ASSAY_GRAPHQL_POINTS_PER_HOUR=${BENCH_POINTS_PER_HOUR:-1000000000} \
  ASSAY_GRIEVANCE_KEYS="bench:$(head -c 32 /dev/urandom | base64)" ASSAY_GRIEVANCE_ACTIVE_KEY=bench \
  ASSAY_WEBHOOK_KEYS="bench:$(head -c 32 /dev/urandom | base64)" ASSAY_WEBHOOK_ACTIVE_KEY=bench \
  QUARKUS_OIDC_PUBLIC_KEY=$PUBKEY QUARKUS_OIDC_TOKEN_ISSUER=$ISSUER QUARKUS_OIDC_TOKEN_AUDIENCE=$AUDIENCE \
  ASSAY_WEBHOOKS_TRUSTED_TARGETS=127.0.0.1:$RECEIVER_PORT \
  ASSAY_EVENTS_SWEEP_EVERY=${BENCH_SWEEP_EVERY:-off} \
  QUARKUS_PROFILE=bench QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_CONSOLE_FORMAT='%d{HH:mm:ss} %-5p [%c{2.}] %s%e%n' \
    taskset -c 1 java ${BENCH_JAVA_OPTS:-} ${JFR_OPTS:-} -jar "$JAR" >"$logf" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then log "the service died; see $logf"; tail -30 "$logf" >&2; exit 1; fi
    sleep 0.1
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
trap 'stop_app; rm -rf "$KEYDIR"' EXIT

generate() {  # generate <scale> <db>
  local scale=$1 db=$2 t0 t1 t2
  log "generating $db ($scale): $(scale_vars "$scale")"
  $PSQL -d postgres -c "drop database if exists $db" -c "create database $db"
  t0=$(date +%s%N)
  start_app "$db" "$OUT/migrate-$scale.log"; stop_app        # Flyway migrates the empty database
  t1=$(date +%s%N)
  python3 "$BENCH/tools/framework_sql.py" "$ROOT/src/main/resources/framework/starter-framework-1.0.json" | $PSQL -d "$db"
  local vars=() kv
  for kv in $(scale_vars "$scale"); do vars+=(-v "$kv"); done
  $PSQL -d "$db" -v seed="$SEED" -v ref_date="$REF_DATE" "${vars[@]}" -f "$BENCH/sql/generate.sql"
  $PSQL -d "$db" -c "vacuum (analyze)" -c "create table bench.done as select now() as at"
  t2=$(date +%s%N)
  GEN_S=$(( (t2 - t1) / 1000000000 ))
  log "generated $db in ${GEN_S}s (plus $(( (t1 - t0) / 1000000000 ))s to migrate the schema by starting the jar)"
  echo "generation_seconds=$GEN_S" >"$OUT/generation-$scale.txt"
  $PSQL -d "$db" -At -c "select relname || '=' || n_live_tup from pg_stat_user_tables where schemaname = 'public' and n_live_tup > 0 order by 1" \
    >>"$OUT/generation-$scale.txt"
  $PSQL -d "$db" -At -c "select 'db_size=' || pg_size_pretty(pg_database_size(current_database()))" >>"$OUT/generation-$scale.txt"
  cat "$OUT/generation-$scale.txt" >&2
}

# ---- one wrk measurement ----
check_body() {  # check_body <name> <token> <bodyfile>: first body must return data and no errors
  local resp try
  for try in 1 2 3 4 5; do   # a cold JVM on a busy core may answer the very first request with TIMEOUT: ask again
    resp=$(curl -s "http://127.0.0.1:$PORT/graphql" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' --data-binary "$(head -1 "$3")")
    echo "$resp" | grep -q '"TIMEOUT"' || break
  done
  [ -n "$resp" ] || resp=$(curl -s "http://127.0.0.1:$PORT/graphql" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' --data-binary "$(head -1 "$3")")
  echo "$resp" | head -c 600 >"$OUT/check-$1.json"
  if echo "$resp" | python3 -c 'import json,sys; d=json.load(sys.stdin); e=d.get("errors"); ue=[v.get("userErrors") for v in (d.get("data") or {}).values() if isinstance(v, dict) and v.get("userErrors")]; sys.exit(1 if e or ue or not d.get("data") or all(v is None for v in d["data"].values()) else 0)'; then
    return 0
  fi
  log "CHECK FAILED for $1: $(echo "$resp" | head -c 400)"; return 1
}
measure() {  # measure <name> <token> <bodyfile> -> appends a result line
  local name=$1 tok=$2 bodies=$3 line
  check_body "$name" "$tok" "$bodies" || { echo "| $SCALE | $name | check failed (see target/bench/check-$name.json) | | | |" >>"$RESULTS"; return 0; }
  local cpu0 cpu1 reqs warm wreqs wcpu
  # Warm-up (default 60 s: one core needs long to finish JIT compiling; 30 s was too short, issue 16). Its CPU per
  # request is reported beside the measurement's (warmup_cpu_ms_per_req): the drift shows whether the warm-up sufficed.
  cpu0=$(cpu_ticks "$APP_PID")
  warm=$(BENCH_TOKEN=$tok BENCH_BODIES=$bodies taskset -c 0 wrk -t2 -c$CONNS -d${WARMUP}s -s "$BENCH/lua/graphql.lua" "http://127.0.0.1:$PORT" | grep '^RESULT' || true)
  cpu1=$(cpu_ticks "$APP_PID")
  wreqs=$(echo "$warm" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
  wcpu=""
  [ -n "$wreqs" ] && [ "$wreqs" -gt 0 ] && wcpu=$(awk -v t=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" -v n="$wreqs" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
  cpu0=$(cpu_ticks "$APP_PID"); pg0=$(pg_cpu_ticks)
  line=$(BENCH_TOKEN=$tok BENCH_BODIES=$bodies taskset -c 0 wrk -t2 -c$CONNS -d${DURATION}s --latency -s "$BENCH/lua/graphql.lua" "http://127.0.0.1:$PORT" \
         | tee "$OUT/wrk-$SCALE-$name-$STAMP.txt" | grep '^RESULT')
  cpu1=$(cpu_ticks "$APP_PID"); pg1=$(pg_cpu_ticks)
  # Service CPU per request (user + system time of the JVM over the measurement, all its threads: request handling,
  # JIT, GC): independent of queueing, the figure to compare when changing the code.
  reqs=$(echo "$line" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
  [ -n "$reqs" ] && [ "$reqs" -gt 0 ] && line="$line service_cpu_ms_per_req=$(per_req $((cpu1 - cpu0)) "$reqs") pg_cpu_ms_per_req=$(per_req $((pg1 - pg0)) "$reqs")"
  [ -n "$wcpu" ] && line="$line warmup_cpu_ms_per_req=$wcpu"
  line="$line loadavg=$(cut -d' ' -f1 /proc/loadavg)"
  log "$SCALE $name: $line"
  echo "$SCALE $name $line" >>"$RAW"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }   # utime + stime of a process, in clock ticks
# PostgreSQL's CPU, in clock ticks: utime + stime of the postmaster and every live child (backends, WAL writer,
# checkpointer, autovacuum), plus the postmaster's cutime + cstime, which holds what children that have exited used
# (a backend of a closed connection). Only this cluster's processes (the tests' embedded PostgreSQL is another tree).
# The difference over a run, divided by its requests, is PostgreSQL CPU per request: the service's and the floor's
# alike (pgbench itself is not a child of the postmaster, so it is not counted).
PG_PM=$(head -1 "$($PSQL -d postgres -At -c 'show data_directory')/postmaster.pid")
pg_cpu_ticks() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$PG_PM" '{   # a process may exit between the glob and the read
    pid = $1; sub(/^[0-9]+ \(.*\) /, "")   # after "pid (comm) ": $2 ppid, $12 utime, $13 stime, $14 cutime, $15 cstime
    if (pid == pm) t += $12 + $13 + $14 + $15; else if ($2 == pm) t += $12 + $13
  } END { print t + 0 }'
}
per_req() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$2" 'BEGIN { printf "%.2f", t * 1000 / hz / n }'; }   # per_req <ticks> <n> -> ms
floor() {  # floor <name> <script> : pgbench, same clients and duration, per-transaction latencies from its log
  local name=$1 script=$2 ldir line pg0 pg1 n
  local vars=(-D mid="$MID" -D subject=bench-member-001 -D npick="$NPICK" -D ndir="$NDIR" -D nsave="$NSAVE")
  ldir=$(mktemp -d)
  (cd "$ldir" && taskset -c 0 pgbench -n -M prepared -c $CONNS -j 2 -T "$WARMUP" "${vars[@]}" -f "$script" "$DB" >/dev/null 2>&1)
  pg0=$(pg_cpu_ticks)
  (cd "$ldir" && taskset -c 0 pgbench -n -M prepared -c $CONNS -j 2 -T "$DURATION" -l "${vars[@]}" \
      -f "$script" "$DB" >"$OUT/pgbench-$SCALE-$name-$STAMP.txt" 2>&1) || { log "pgbench $name failed: $(tail -5 "$OUT/pgbench-$SCALE-$name-$STAMP.txt")"; return 0; }
  pg1=$(pg_cpu_ticks)
  line=$(cat "$ldir"/pgbench_log.* | python3 -c '
import sys
lat = sorted(int(l.split()[2]) for l in sys.stdin if l.strip())
n = len(lat); pct = lambda p: lat[min(n - 1, int(p / 100 * n))] / 1000
print("RESULT tps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f transactions=%d" % (n / float(sys.argv[1]), pct(50), pct(90), pct(99), n))' "$DURATION")
  n=$(echo "$line" | sed -n 's/.*transactions=\([0-9]*\).*/\1/p')
  [ -n "$n" ] && [ "$n" -gt 0 ] && line="$line pg_cpu_ms_per_req=$(per_req $((pg1 - pg0)) "$n")"
  rm -rf "$ldir"
  log "$SCALE floor-$name: $line"
  echo "$SCALE floor-$name $line" >>"$RAW"
}

. "$BENCH/events.sh"   # events_bench

# directory prefixes (single letters, then longer prefixes): the wrk bodies and the directory floor rotate over them
DIR_PREFIXES=(a b c d e f g h i j k l m n o p q r s t u v w x y z an co sal kat ura ze "Nova C" "Andes Lith" "Pacific Copper S")

RAW=$OUT/results-$STAMP.txt
RESULTS=$OUT/results-$STAMP.md
: >"$RAW"
{ echo "# Assay bench $STAMP ($(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(psql -X -At -d postgres -c 'show server_version'), $(java -version 2>&1 | head -1))"
  echo "| scale | operation | result |"; echo "|---|---|---|"; } >"$RESULTS"

for SCALE in $SCALES; do
  DB=assay_bench_$SCALE
  if [ "$REGEN" = 1 ] || ! $PSQL -d "$DB" -At -c "select 1 from bench.done" >/dev/null 2>&1; then
    generate "$SCALE" "$DB"
  else
    log "$DB exists (generated $($PSQL -d "$DB" -At -c 'select at from bench.done')); --regen to rebuild it"
  fi
  MID=$($PSQL -d "$DB" -At -c "select organisation_id from membership where subject = 'bench-member-001'")
  NPICK=$($PSQL -d "$DB" -At -c "select count(*) from bench.full_pick")
  NSAVE=$($PSQL -d "$DB" -At -c "select count(*) from bench.save_pick")
  # the directory floor's prefixes: the list the wrk bodies use, with the index range the service computes
  # (NameOrder.prefixEnd: the last character incremented; the list is ASCII)
  { echo "drop table if exists bench.dir_prefix; create table bench.dir_prefix (i int primary key, p_like text, p_start text, p_end text);"
    i=0; for p in "${DIR_PREFIXES[@]}"; do i=$((i + 1))
      echo "insert into bench.dir_prefix values ($i, lower('$p') || '%', lower('$p'), left(lower('$p'), -1) || chr(ascii(right(lower('$p'), 1)) + 1));"
    done; } | $PSQL -d "$DB"
  NDIR=${#DIR_PREFIXES[@]}

  JFR_OPTS=""
  [ "$JFR" = 1 ] && JFR_OPTS="-XX:StartFlightRecording=filename=$OUT/app-$SCALE-$STAMP.jfr,settings=profile,dumponexit=true -XX:FlightRecorderOptions=stackdepth=1024"
  start_app "$DB" "$OUT/app-$SCALE-$STAMP.log"
  STARTED_LINE=$(grep -o 'started in [0-9.]*s' "$OUT/app-$SCALE-$STAMP.log" | head -1 || true)
  log "$SCALE: service ready in ${STARTUP_MS} ms wall clock (log: $STARTED_LINE), pid $APP_PID"
  echo "$SCALE startup wall_ms=$STARTUP_MS log=\"$STARTED_LINE\"" >>"$RAW"

  MEMBER_TOKEN=$(token bench-member-001)
  ASSESSOR_TOKEN=$(token bench-assessor-1)
  B=$OUT/bodies-$SCALE; mkdir -p "$B"

  # 1. portfolio page. portfolioSuppliers once it is in the schema; until then portfolio(first: 50).
  if grep -q '^  portfolioSuppliers(' docs/schema.graphql; then
    tr -d '\n' <"$BENCH/queries/portfolio_suppliers.json" >"$B/portfolio_suppliers.jsonl"; echo >>"$B/portfolio_suppliers.jsonl"
    want portfolio && measure portfolioSuppliers "$MEMBER_TOKEN" "$B/portfolio_suppliers.jsonl"
  else
    log "SKIP portfolioSuppliers: not in docs/schema.graphql yet (feature/overview not merged); measuring portfolio(first: 50)"
    echo "$SCALE portfolioSuppliers SKIPPED (operation absent from schema)" >>"$RAW"
  fi
  echo '{"query":"{ portfolio(first: 50) { nodes { id internalId category spendBand addedAt supplier { id name country minerals stages sites { id name kind country stage inCahra minerals } } } pageInfo { hasNextPage endCursor } } }"}' >"$B/portfolio.jsonl"
  want portfolio50 && measure portfolio50 "$MEMBER_TOKEN" "$B/portfolio.jsonl"

  # 2. one supplier's full report, rotating over suppliers member 1 reads in FULL.
  $PSQL -d "$DB" -At -c "select supplier_id from bench.full_pick order by i" | while read -r sid; do
    printf '{"query":"query R($s: ID!) { sharedResults(supplierId: $s) { access supplierId supplierName country summary { assessmentId method overallScore rating publishedAt validFrom validUntil themes { code score weight scoredIndicatorCount } findings { critical major minor observation } } detail { assessmentId evidenceDocumentIds answers { indicatorCode yes maturity number text notApplicable justification comment source answeredAt evidenceDocumentIds } findings { id severity title description indicatorCodes raisedAt } } } }","variables":{"s":"%s"}}\n' "$sid"
  done >"$B/report.jsonl"
  want report && measure fullReport "$MEMBER_TOKEN" "$B/report.jsonl"

  # 3. directory by name prefix (single letters, then longer prefixes), 20 per page.
  for p in "${DIR_PREFIXES[@]}"; do
    printf '{"query":"query D($p: String) { supplierDirectory(first: 20, search: {namePrefix: $p}) { nodes { id name country identifiers { lei duns nationalRegistryNumber } } pageInfo { hasNextPage endCursor } } }","variables":{"p":"%s"}}\n' "$p"
  done >"$B/directory.jsonl"
  want directory && measure directory "$MEMBER_TOKEN" "$B/directory.jsonl"

  # 4. write path: assessor of body 1 saves 5 answers to an IN_PROGRESS assessment assigned to it (upsert).
  $PSQL -d "$DB" -At -c "select assessment_id from bench.save_pick order by i" | while read -r aid; do
    printf '{"query":"mutation S($i: SaveAnswersInput!) { saveAnswers(input: $i) { assessment { id status } userErrors { field code message } } }","variables":{"i":{"assessmentId":"%s","answers":[{"indicatorCode":"GOV-POL-01","yes":true},{"indicatorCode":"GOV-POL-02","maturity":3},{"indicatorCode":"GOV-MGT-01","yes":false,"comment":"Policy not yet board-approved"},{"indicatorCode":"GOV-MGT-02","maturity":2},{"indicatorCode":"GOV-TRN-01","maturity":4}]}}}\n' "$aid"
  done >"$B/save.jsonl"
  want save && measure saveAnswers "$ASSESSOR_TOKEN" "$B/save.jsonl"

  # 5. events: produced by requestSharing, delivered by webhook to a local receiver (src/bench/events.sh)
  want events && events_bench

  # 6. resources after the run
  HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | python3 -c '
import re, sys
t = sys.stdin.read()
tot = sum(int(x) for x in re.findall(r"(?:generation|heap|region) +total (\d+)K", t))
used = sum(int(x) for x in re.findall(r"(?:generation|heap|region) +total \d+K, used (\d+)K", t))
gc = re.search(r"^ *(\w[\w ]*?(?:heap|generation))", t, re.M)
print("heap_used_mb=%d heap_committed_mb=%d gc=%s" % (used // 1024, tot // 1024, (gc.group(1) if gc else "?").replace(" ", "_")))' || true)
  RSS=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  echo "$SCALE resources rss_kb=$RSS $HEAP" >>"$RAW"
  log "$SCALE: RSS ${RSS} kB; heap: $HEAP"
  stop_app
  if [ "$JFR" = 1 ]; then
    python3 "$BENCH/tools/jfr_top.py" "$OUT/app-$SCALE-$STAMP.jfr" --top 60 >"$OUT/profile-$SCALE-$STAMP.txt" 2>&1 || true
    log "$SCALE: CPU profile summary in $OUT/profile-$SCALE-$STAMP.txt (recording $OUT/app-$SCALE-$STAMP.jfr)"
  fi

  # 7. floors (service stopped, so the database has the machine)
  if [ -z "${BENCH_NO_FLOORS:-}" ]; then   # BENCH_NO_FLOORS=1: A/B runs of the service only
    { want floors || want portfolio || want portfolio50; } && floor portfolioPage "$BENCH/sql/floor_portfolio_page.sql"
    { want floors || want report; } && floor fullReport "$BENCH/sql/floor_full_report.sql"
    { want floors || want directory; } && floor directory "$BENCH/sql/floor_directory.sql"
    { want floors || want save; } && floor saveAnswers "$BENCH/sql/floor_save_answers.sql"   # last: it appends to the audit trail
  fi
done

python3 "$BENCH/tools/report.py" "$RAW" >>"$RESULTS"
cat "$RESULTS"
log "raw: $RAW; table: $RESULTS"
