#!/usr/bin/env bash
# End-to-end check of the packaged service against a real Keycloak and a real PostgreSQL, with real tokens.
#
#   deploy/keycloak/e2e.sh            # from the repository root; builds the jar if target/quarkus-app is missing
#
# 1. fetches Keycloak (org.keycloak:keycloak-quarkus-dist:26.7.3:zip) from Maven Central into ~/.m2 (once, ~177 MB),
#    unpacks it under target/keycloak and starts it in dev mode on :8180 (management :9180) with deploy/keycloak/assay-realm.json;
# 2. creates a throwaway database on the PostgreSQL at 127.0.0.1:5432 (user postgres) and starts the packaged jar
#    (prod profile) on :8280 against both;
# 3. walks a short flow with tokens from Keycloak's token endpoint: the bootstrap operator admits a member firm, a
#    supplier and an assessment body and adds their people by their Keycloak `sub` (looked up with the admin API); the
#    member requests an assessment; the supplier reads its status; a token of another client (no assay-api audience)
#    is refused;
# 4. stops everything it started and drops the database, also on failure.
#
# Ports: KC_PORT (8180), KC_MANAGEMENT_PORT (9180), APP_PORT (8280). PostgreSQL: PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

KC_VERSION=26.7.3
KC_PORT=${KC_PORT:-8180}
KC_MANAGEMENT_PORT=${KC_MANAGEMENT_PORT:-9180}
APP_PORT=${APP_PORT:-8280}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
WORK=$ROOT/target/keycloak-e2e
KC_HOME=$ROOT/target/keycloak/keycloak-$KC_VERSION
DB=assay_e2e_$$_$(date +%s)
ISSUER=http://localhost:$KC_PORT/realms/assay
API=http://localhost:$APP_PORT
T0=$(date +%s)

log() { echo "[e2e $(date +%H:%M:%S)] $*"; }
fail() { echo "[e2e] FAILED: $*" >&2; exit 1; }

KC_PID=""; APP_PID=""; DB_CREATED=0
cleanup() {
  local rc=$?
  set +e
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null
  fi
  if [ -n "$KC_PID" ] && kill -0 "$KC_PID" 2>/dev/null; then
    # kc.sh runs Keycloak's JVM as its child: stop the process group this script started for it
    kill -- "-$KC_PID" 2>/dev/null || kill "$KC_PID"
    for _ in $(seq 1 30); do kill -0 "$KC_PID" 2>/dev/null || break; sleep 1; done
    kill -9 -- "-$KC_PID" 2>/dev/null
  fi
  if [ "$DB_CREATED" = 1 ]; then
    psql -X -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1
  fi
  if [ "$rc" != 0 ]; then
    echo "---- service log (last 40 lines) ----" >&2; tail -40 "$WORK/app.log" 2>/dev/null >&2
    echo "---- keycloak log (last 20 lines) ----" >&2; tail -20 "$WORK/keycloak.log" 2>/dev/null >&2
  fi
  log "stopped Keycloak and the service, dropped $DB ($(( $(date +%s) - T0 )) s in all; exit $rc)"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in java curl jq psql unzip; do
  command -v "$tool" >/dev/null || fail "$tool is required"
done
mkdir -p "$WORK"

# ---- the packaged service ----
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ]; then
  log "building the packaged jar"
  ./mvnw -B -q package -DskipTests
fi

# ---- Keycloak from Maven Central (cached in ~/.m2) ----
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (cached in ~/.m2 after the first time)"
  ./mvnw -B -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip \
    -DoutputDirectory="$ROOT/target/keycloak" -Dmdep.overWriteIfNewer=true
  unzip -q -o "$ROOT/target/keycloak/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$ROOT/target/keycloak"
  rm -f "$ROOT/target/keycloak/keycloak-quarkus-dist-$KC_VERSION.zip"
fi
rm -rf "$KC_HOME/data"            # a fresh dev database: the realm file is imported every run
mkdir -p "$KC_HOME/data/import"
cp "$ROOT/deploy/keycloak/assay-realm.json" "$KC_HOME/data/import/"
KC_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
log "starting Keycloak $KC_VERSION on :$KC_PORT"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD \
  setsid "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --http-management-port "$KC_MANAGEMENT_PORT" --import-realm \
  >"$WORK/keycloak.log" 2>&1 &
KC_PID=$!

# ---- a throwaway database ----
psql -X -q -d postgres -c "create database $DB" >/dev/null
DB_CREATED=1

wait_for() {  # wait_for <what> <url> <seconds> <pid>
  local i
  for i in $(seq 1 "$3"); do
    if curl -fs -o /dev/null "$2"; then return 0; fi
    kill -0 "$4" 2>/dev/null || fail "$1 exited while starting"
    sleep 1
  done
  fail "$1 not up after $3 s ($2)"
}
wait_for Keycloak "$ISSUER/.well-known/openid-configuration" 420 "$KC_PID"
log "Keycloak is up ($(( $(date +%s) - T0 )) s); realm assay imported"

# ---- the service, prod profile, against Keycloak and the database ----
log "starting the packaged service (prod profile) on :$APP_PORT, database $DB"
QUARKUS_HTTP_PORT=$APP_PORT \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DB QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD= \
ASSAY_OIDC_URL=$ISSUER ASSAY_OIDC_AUDIENCE=assay-api \
ASSAY_GRIEVANCE_KEYS="e2e:$(head -c 32 /dev/urandom | base64)" ASSAY_GRIEVANCE_ACTIVE_KEY=e2e \
ASSAY_WEBHOOK_KEYS="e2e:$(head -c 32 /dev/urandom | base64)" ASSAY_WEBHOOK_ACTIVE_KEY=e2e \
QUARKUS_OIDC_TOKEN_AUDIENCE=assay-api QUARKUS_OIDC_TOKEN_PRINCIPAL_CLAIM=sub \
  java '-Dquarkus.log.category."org.assay.platform.OperationMetrics".level=DEBUG' -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_for "the service" "$API/q/health/ready" 120 "$APP_PID"
log "service ready ($(( $(date +%s) - T0 )) s): $(curl -fs "$API/q/health/ready" | jq -c '[.status, (.checks[]? | {(.name): .status})]')"

# ---- tokens from Keycloak's token endpoint ----
token() {  # token <user> [client]
  curl -fs "$ISSUER/protocol/openid-connect/token" -d grant_type=password -d "client_id=${2:-assay-portal}" \
    -d "username=$1" -d "password=$1-demo" -d scope=openid | jq -er .access_token
}
claims() {  # the payload of a JWT, decoded (base64url, padded)
  local p; p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done
  base64 -d <<<"$p"
}
show_token() {  # the claims that matter, never the token itself
  claims "$2" | jq -c --arg who "$1" '{who: $who, iss, aud, sub, azp, roles: .realm_access.roles}'
}
OPERATOR=$(token operator); BUYER=$(token buyer); ASSESSOR=$(token assessor); SUPPLIER=$(token supplier)
for who in OPERATOR BUYER ASSESSOR SUPPLIER; do show_token "$who" "${!who}"; done
[ "$(claims "$BUYER" | jq -r .iss)" = "$ISSUER" ] || fail "tokens are not from $ISSUER"

# people are added by their Keycloak subject (`sub`), looked up with the admin API
ADMIN=$(curl -fs "http://localhost:$KC_PORT/realms/master/protocol/openid-connect/token" -d grant_type=password \
  -d client_id=admin-cli -d username=admin -d "password=$KC_ADMIN_PASSWORD" | jq -er .access_token)
sub_of() { curl -fs -H "Authorization: Bearer $ADMIN" "http://localhost:$KC_PORT/admin/realms/assay/users?username=$1&exact=true" | jq -er '.[0].id'; }

gql() {  # gql <token> <query> [variables-json] -> response body; fails on HTTP errors and GraphQL errors
  local body resp vars=${3:-'{}'}
  body=$(jq -nc --arg q "$2" --argjson v "$vars" '{query: $q, variables: $v}')
  resp=$(curl -fsS "$API/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$body") \
    || fail "HTTP error for: $2"
  if jq -e '(.errors // []) | length > 0' <<<"$resp" >/dev/null; then fail "GraphQL errors for $2: $resp"; fi
  if jq -e '[.data[]? | objects | .userErrors? // [] | length] | add // 0 | . > 0' <<<"$resp" >/dev/null; then
    fail "userErrors for $2: $resp"
  fi
  echo "$resp"
}

ADMIT='mutation($in: AdmitOrganisationInput!) { admitOrganisation(input: $in) { organisation { id name kind } userErrors { field code message } } }'
ADD='mutation($in: AddPersonInput!) { addPerson(input: $in) { person { id } userErrors { field code message } } }'
admit() {  # admit <kind> <name> <country> <lei> -> organisation id
  gql "$OPERATOR" "$ADMIT" "$(jq -nc --arg k "$1" --arg n "$2" --arg c "$3" --arg l "$4" \
    '{in: {kind: $k, name: $n, country: $c, identifiers: {lei: $l}}}')" | jq -er .data.admitOrganisation.organisation.id
}
add_person() {  # add_person <organisation id> <keycloak user>
  local sub; sub=$(sub_of "$2")
  gql "$OPERATOR" "$ADD" "$(jq -nc --arg o "$1" --arg s "$sub" '{in: {organisationId: $o, subject: $s, admin: true}}')" >/dev/null
  log "added $2 (sub $sub) to organisation $1"
}

log "operator: $(gql "$OPERATOR" '{ me { role } }' | jq -c .data.me)"
MEMBER_ORG=$(admit MEMBER_FIRM "Voltaris Battery Systems AG" DE 529900VOLTARIS000156)
SUPPLIER_ORG=$(admit SUPPLIER "Kolwezi Cobalt Mining SA" CD 529900KOLWEZI0000107)
BODY_ORG=$(admit ASSESSMENT_BODY "Independent Minerals Assurance Ltd" GB 529900IMAASSUR000108)
log "operator admitted member $MEMBER_ORG, supplier $SUPPLIER_ORG, assessment body $BODY_ORG"
add_person "$MEMBER_ORG" buyer
add_person "$SUPPLIER_ORG" supplier
add_person "$BODY_ORG" assessor

for who in BUYER ASSESSOR SUPPLIER; do
  log "$who: $(gql "${!who}" '{ me { role organisation { name } } }' | jq -c .data.me)"
done

REQUEST='mutation($in: RequestAssessmentInput!) { requestAssessment(input: $in) { request { id outcome assessmentId assessmentStatus } userErrors { field code message } } }'
R=$(gql "$BUYER" "$REQUEST" "$(jq -nc --arg s "$SUPPLIER_ORG" '{in: {supplierId: $s, minimumMethod: "DESK_REVIEW"}}')")
log "member requested an assessment: $(jq -c .data.requestAssessment.request <<<"$R")"
jq -e '.data.requestAssessment.request.assessmentId != null' <<<"$R" >/dev/null || fail "no assessment was created: $R"

S=$(gql "$SUPPLIER" '{ mySupplierStatus { status assessmentInProgress rating } }')
log "supplier reads its status: $(jq -c .data.mySupplierStatus <<<"$S")"
jq -e '.data.mySupplierStatus.assessmentInProgress == true' <<<"$S" >/dev/null || fail "the supplier does not see the assessment under way: $S"

# a token of another client of the same realm (no assay-api audience) is refused
OTHER=$(token buyer other-app)
show_token "OTHER-APP" "$OTHER"
CODE=$(curl -s -o /dev/null -w '%{http_code}' "$API/graphql" -H "Authorization: Bearer $OTHER" -H 'Content-Type: application/json' \
  -d '{"query":"{ me { role } }"}')
[ "$CODE" = 401 ] || fail "a token without the assay-api audience got HTTP $CODE, expected 401"
log "a token without the assay-api audience is refused (HTTP 401)"

# the JSON log lines of the operations carry the trace id, the operation and the caller's organisation, and no
# personal data or token
sleep 1
LINE=$(grep '"loggerName":"org.assay.platform.OperationMetrics"' "$WORK/app.log" | grep '"operation":"mySupplierStatus"' | head -1)
[ -n "$LINE" ] || fail "no JSON log line for the supplier's operation"
# the API answers opaque global ids (base64url of "Organisation:<uuid>"); the log carries the database uuid
SUPPLIER_UUID=$(jq -Rr '@base64d | split(":")[1]' <<<"$SUPPLIER_ORG")
jq -e --arg org "$SUPPLIER_UUID" '.mdc.traceId and .mdc.organisationId == $org and .mdc.operation == "mySupplierStatus"' <<<"$LINE" >/dev/null \
  || fail "the log line lacks trace id, organisation or operation: $LINE"
log "a log line of the flow: $(jq -c '{level, message, mdc: (.mdc | {traceId, operation, organisationId})}' <<<"$LINE")"
for secret in "$(sub_of buyer)" "$(sub_of supplier)" "$(sub_of operator)" supplier@kolwezi-cobalt.example "${BUYER:0:40}"; do
  if grep -qF -- "$secret" "$WORK/app.log"; then fail "the service's log contains personal data or a token ($secret)"; fi
done
log "the service's log holds no subject, e-mail or token"

log "metrics after the flow:"
curl -fs "$API/q/metrics" | grep -E '^assay_graphql_operation_seconds_count|^assay_audit_events_appended_total' | sed 's/^/    /'
log "PASSED: Keycloak tokens, packaged service, PostgreSQL ($(( $(date +%s) - T0 )) s)"
