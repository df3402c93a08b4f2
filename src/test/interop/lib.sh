# Shared by start, stop and seed: where things are. Source it; it defines paths only.
INTEROP_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_ROOT=$(cd "$INTEROP_HOME/../../.." && pwd)
RUN_DIR=${WEBMAIL_INTEROP_DIR:-$PROJECT_ROOT/target/interop}
mkdir -p "$RUN_DIR"
RUN_DIR=$(cd "$RUN_DIR" && pwd)
CONF=$RUN_DIR/dovecot.conf
# The private Postfix instance: its config directory (main.cf, master.cf, maps), queue and data below it.
POSTFIX_DIR=$RUN_DIR/postfix
# Unix socket paths are limited to 108 bytes; a deep checkout would overflow them, so long run-dir
# paths get their socket directory under /tmp instead (named after the run dir, so stable).
if [ ${#RUN_DIR} -le 60 ]; then
  BASE_DIR=$RUN_DIR/sockets
else
  BASE_DIR=/tmp/webmail-interop-$(printf '%s' "$RUN_DIR" | md5sum | cut -c1-10)
fi

# The interop Keycloak: Maven (profile interop) unpacks the version pom.xml names under target/keycloak; its
# H2 database lives in the run directory, so every `start` imports keycloak/mail-realm.json afresh.
KEYCLOAK_PORT=18080
KEYCLOAK_URL=http://127.0.0.1:$KEYCLOAK_PORT
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$PROJECT_ROOT/pom.xml")
KEYCLOAK_HOME=$PROJECT_ROOT/target/keycloak/keycloak-$KEYCLOAK_VERSION
KEYCLOAK_RUN_DIR=$RUN_DIR/keycloak

log() { printf '[interop] %s\n' "$*" >&2; }
