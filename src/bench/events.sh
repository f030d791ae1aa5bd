# Events benchmark (issue 13), sourced by run.sh for each scale while the service runs (`--only events`; part of a
# full run). Member 1 asks suppliers it has no grant or request from to share (`requestSharing`, one
# `sharing.requested` event each, in the request's transaction), driven by wrk like every other operation; its webhook
# endpoint points at a verifying receiver on CPU 0 (src/bench/tools/event_receiver.mjs: examples/webhook-receiver plus
# an arrival log). Measured: events produced per second (committed changes), events delivered per second, the delay
# from the change (the event's `timestamp`, set in the change's transaction) to its arrival at the receiver (p50, p90,
# p99, max), events lost (must be 0), and the service's CPU per event (requests + sequencing + fan-out + delivery).
# The service runs with the default schedules (fan-out and delivery every 5 s): the delay is theirs, plus any backlog
# when events are produced faster than one replica delivers them. BENCH_EVENT_CONNS (default 16) sets wrk's
# connections for this operation only: 2 produces below the delivery rate, to see the pipeline's own delay.
# Afterwards the run's sharing requests and its endpoint are removed, so the database stays as generated.
events_bench() {
  local recv_dir=$ROOT/examples/webhook-receiver resp ep_id secret arrivals recv_pid t0 t1 cpu0 cpu1 line i n_prev n_now
  if [ ! -d "$recv_dir/node_modules" ]; then (cd "$recv_dir" && npm ci --silent --no-audit --no-fund >/dev/null); fi
  resp=$(curl -s "http://127.0.0.1:$PORT/graphql" -H "Authorization: Bearer $MEMBER_TOKEN" -H 'Content-Type: application/json' \
    --data-binary "{\"query\":\"mutation R(\$i: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: \$i) { endpoint { id } secret userErrors { code message } } }\",\"variables\":{\"i\":{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"description\":\"bench receiver\",\"eventTypes\":[\"SHARING_REQUESTED\"]}}}")
  read -r ep_id secret < <(echo "$resp" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]["registerWebhookEndpoint"]; print(d["endpoint"]["id"], d["secret"]) if d.get("endpoint") else sys.exit(1)') \
    || { log "events: could not register the endpoint: $resp"; echo "$SCALE events check failed ($resp)" >>"$RAW"; return 0; }
  arrivals=$OUT/arrivals-$SCALE-$STAMP.txt
  WEBHOOK_SECRET=$secret PORT=$RECEIVER_PORT EVENTS_OUT=$arrivals taskset -c 0 node "$BENCH/tools/event_receiver.mjs" >"$OUT/receiver-$SCALE-$STAMP.log" 2>&1 &
  recv_pid=$!
  $PSQL -d "$DB" -At -c "select o.id from organisation o where o.kind = 'SUPPLIER'
        and not exists (select 1 from sharing_request r where r.member_id = '$MID' and r.supplier_id = o.id)
        and not exists (select 1 from sharing_grant g where g.supplier_id = o.id and g.member_id = '$MID')
      order by o.id limit 80000" | while read -r sid; do
    printf '{"query":"mutation Q($i: RequestSharingInput!) { requestSharing(input: $i) { request { id status } userErrors { code } } }","variables":{"i":{"supplierId":"%s"}}}\n' "$sid"
  done >"$B/events-all.jsonl"
  # a third for the warm-up, the rest for the measurement: no supplier is asked twice (at small scale ~9,000 in all)
  local third=$(( $(wc -l <"$B/events-all.jsonl") / 3 ))
  head -n "$third" "$B/events-all.jsonl" >"$B/events-warmup.jsonl"; tail -n +"$((third + 1))" "$B/events-all.jsonl" >"$B/events.jsonl"
  local since
  since=$($PSQL -d "$DB" -At -c "select now()")
  BENCH_TOKEN=$MEMBER_TOKEN BENCH_BODIES=$B/events-warmup.jsonl BENCH_STRIDE=$((third / 2)) taskset -c 0 wrk -t$(( ${BENCH_EVENT_CONNS:-$CONNS} < 2 ? 1 : 2 )) -c${BENCH_EVENT_CONNS:-$CONNS} -d${WARMUP}s -s "$BENCH/lua/graphql.lua" "http://127.0.0.1:$PORT" >/dev/null
  sleep 12   # the warm-up's events drain (two fan-out and delivery periods)
  cpu0=$(cpu_ticks "$APP_PID"); t0=$(date +%s%3N)
  BENCH_TOKEN=$MEMBER_TOKEN BENCH_BODIES=$B/events.jsonl BENCH_STRIDE=$(( $(wc -l <"$B/events.jsonl") / 2 )) taskset -c 0 wrk -t$(( ${BENCH_EVENT_CONNS:-$CONNS} < 2 ? 1 : 2 )) -c${BENCH_EVENT_CONNS:-$CONNS} -d${DURATION}s --latency \
    -s "$BENCH/lua/graphql.lua" "http://127.0.0.1:$PORT" >"$OUT/wrk-$SCALE-events-$STAMP.txt"
  t1=$(date +%s%3N)
  # wait until every event of the window has arrived (or nothing arrived for 30 s)
  n_prev=-1
  for i in $(seq 1 120); do
    n_now=$(wc -l <"$arrivals")
    [ "$n_now" = "$n_prev" ] && [ "$i" -gt 30 ] && break
    n_prev=$n_now; sleep 1
  done
  cpu1=$(cpu_ticks "$APP_PID")
  line=$($PSQL -d "$DB" -At -c "select extract(epoch from occurred_at) * 1000 from outbox_event where type = 'sharing.requested' and member_id = '$MID'
        and occurred_at >= to_timestamp($t0 / 1000.0) and occurred_at < to_timestamp($t1 / 1000.0)" \
    | python3 "$BENCH/tools/event_delays.py" "$arrivals" "$t0" "$t1" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)")
  log "$SCALE events: $line"
  echo "$SCALE events $line" >>"$RAW"
  kill "$recv_pid" 2>/dev/null; wait "$recv_pid" 2>/dev/null || true
  curl -s "http://127.0.0.1:$PORT/graphql" -H "Authorization: Bearer $MEMBER_TOKEN" -H 'Content-Type: application/json' \
    --data-binary "{\"query\":\"mutation D(\$i: WebhookEndpointRefInput!) { deleteWebhookEndpoint(input: \$i) { userErrors { code } } }\",\"variables\":{\"i\":{\"endpointId\":\"$ep_id\"}}}" >/dev/null
  $PSQL -d "$DB" -c "delete from sharing_request where member_id = '$MID' and created_at >= '$since'" >/dev/null
}
