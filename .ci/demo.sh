# Sourced by .ci scripts: start_demo starts the packaged jar in demo mode (in-process GreenMail seeded with the
# demo mailbox, H2 in a temporary directory) on $PORT and waits until it is ready; stop_demo ends it.
# WEBMAIL_DEMO_IMAP_PORT / WEBMAIL_DEMO_SMTP_PORT move the embedded mail server (default 3143 / 3025), so that two
# runs can share a machine; the journeys deliver mail to WEBMAIL_DEMO_SMTP_PORT.
export WEBMAIL_DEMO_IMAP_PORT=${WEBMAIL_DEMO_IMAP_PORT:-3143} WEBMAIL_DEMO_SMTP_PORT=${WEBMAIL_DEMO_SMTP_PORT:-3025}
start_demo() {
  demo_work=$(mktemp -d)
  QUARKUS_HTTP_SSL_PORT=$PORT QUARKUS_HTTP_PORT=$((PORT - 1)) \
  _DEMO_WEBMAIL_DEMO_IMAP_PORT=$WEBMAIL_DEMO_IMAP_PORT _DEMO_WEBMAIL_DEMO_SMTP_PORT=$WEBMAIL_DEMO_SMTP_PORT \
  QUARKUS_TLS_KEY_STORE_P12_PATH="$PWD/target/certs/webmail-keystore.p12" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$demo_work/db/demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    java -Dquarkus.profile=demo -jar "$PWD/target/quarkus-app/quarkus-run.jar" > "$demo_work/app.log" 2>&1 &
  demo_pid=$!
  for _ in $(seq 1 360); do
    curl -sk -o /dev/null "https://localhost:$PORT/q/health/ready" && return 0
    kill -0 "$demo_pid" 2>/dev/null || { tail -40 "$demo_work/app.log"; echo "demo mode did not start" >&2; return 1; }
    sleep 0.5
  done
  echo "demo mode was not ready within 180 s" >&2
  return 1
}

stop_demo() {
  kill "${demo_pid:-}" 2>/dev/null || true
  wait "${demo_pid:-}" 2>/dev/null || true
  rm -rf "${demo_work:-}"
}
