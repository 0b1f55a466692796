#!/usr/bin/env bash
# No Docker engine runs on the build machines: this checks docker/compose.yaml's settings by running the same jar with
# the same environment as its two nodes, against the local PostgreSQL service, and probing them like the health check.
# Usage: docker/verify-settings.sh   (needs PostgreSQL on 127.0.0.1:5432 with trust authentication, as on CI)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=kipp_compose_check
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
./mvnw -B -q package -DskipTests
JAR=$(ls target/kompetisi-inovasi-*.jar | head -n 1)

export SPRING_PROFILES_ACTIVE=postgres
export KIPP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB KIPP_DB_USER=postgres KIPP_DB_PASSWORD=
export KIPP_ADMIN_PASSWORD=rahasia-uji
export KIPP_SMTP_HOST= KIPP_SMTP_PORT=587 KIPP_SMTP_USERNAME= KIPP_SMTP_PASSWORD= KIPP_MAIL_FROM= KIPP_APP_URL=
export KIPP_FORWARD_HEADERS=native KIPP_COOKIE_SECURE=false KIPP_HSTS=false
export KIPP_DOCUMENT_STORE=database KIPP_S3_ENDPOINT= KIPP_S3_REGION=us-east-1 KIPP_S3_BUCKET= KIPP_S3_ACCESS_KEY=
export KIPP_S3_SECRET_KEY= KIPP_S3_PATH_STYLE=true KIPP_S3_CREATE_BUCKET=false KIPP_DOCUMENT_MIGRATION=false
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Each node listens on a port the system picks (--server.port=0), read from its log: another run on the same machine
# (or any other server) cannot answer for our nodes. Ready = our own process still runs and its readiness probe says UP.
start_node() { # schema-update log -> sets PORT
  KIPP_DB_SCHEMA_UPDATE=$1 java -XX:MaxRAMPercentage=75 -jar "$JAR" --server.port=0 > "$2" 2>&1 &
  local pid=$!
  pids+=("$pid")
  PORT=
  for _ in $(seq 1 90); do
    kill -0 "$pid" 2>/dev/null || { echo "node of $2 stopped; its log:" >&2; tail -n 40 "$2" >&2; return 1; }
    [ -n "$PORT" ] || PORT=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$2" | head -n 1)
    if [ -n "$PORT" ] && curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    sleep 2
  done
  echo "node of $2 did not become ready" >&2; return 1
}

start_node true target/node1.log
PORT1=$PORT
start_node false target/node2.log
PORT2=$PORT

for port in "$PORT1" "$PORT2"; do
  curl -fsS -u admin:rahasia-uji "http://127.0.0.1:$port/engine-rest/process-definition/count" | grep -q '"count"'
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/engine-rest/task")
  [ "$code" = 401 ] || { echo "REST without credentials answered $code on $port" >&2; exit 1; }
done
# no demo data outside the demo profile, one deployment shared by both nodes
count=$(curl -fsS -u admin:rahasia-uji "http://127.0.0.1:$PORT2/engine-rest/process-instance/count")
echo "$count" | grep -q '"count":0' || { echo "unexpected instances: $count" >&2; exit 1; }
# no SMTP server in the compose defaults: e-mail waits in the outbox, and the nodes say so
grep -q "E-mail not configured" target/node1.log || { echo "node1 did not report the missing SMTP server" >&2; exit 1; }
# the application's own pages carry the security headers (CSP, framing, sniffing)
headers=$(curl -fsS -D - -o /dev/null "http://127.0.0.1:$PORT1/hasil")
for header in content-security-policy x-frame-options x-content-type-options referrer-policy; do
  grep -qi "^$header:" <<< "$headers" || { printf '/hasil lacks the header %s; it answered:\n%s\n' "$header" "$headers" >&2; exit 1; }
done
echo "compose settings verified: two nodes ready on one PostgreSQL database, REST authenticated"
