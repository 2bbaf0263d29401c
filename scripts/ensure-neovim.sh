#!/usr/bin/env bash
# Make sure a Neovim with a built-in LSP client (0.7 or later) is on PATH, for test/lsp/neovim.test.ts.
#
#   scripts/ensure-neovim.sh        # prints what it found or did; exit 0 when `nvim` is usable
#
# When `nvim` is missing and we are root on a system with apt-get, installs Debian's `neovim`
# package (apt-get update first). Otherwise exits non-zero with a message saying what to do.
# The last line printed on success is `NVIM <path> <version>`.
set -uo pipefail

log() { printf 'ensure-neovim: %s\n' "$*"; }
die() { printf 'ensure-neovim: ERROR: %s\n' "$*" >&2; exit 1; }

report() {
  local path version
  path="$(command -v nvim)"
  version="$(nvim --version 2>/dev/null | head -n 1)"
  [[ -n "$version" ]] || die "$path is on PATH but \`nvim --version\` does not run"
  # vim.lsp.start_client and vim.diagnostic.get need 0.6+; the probe is written against 0.7.
  if [[ "$version" =~ NVIM\ v0\.([0-9]+)\. ]] && (( BASH_REMATCH[1] < 7 )); then
    die "$path is $version; the LSP probe needs Neovim 0.7 or later"
  fi
  log "NVIM $path ${version#NVIM }"
}

if command -v nvim >/dev/null 2>&1; then
  log "nvim already installed, nothing to do"
  report
  exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
  die "nvim is not installed and this is not root, so it cannot be installed here. Install it yourself (Debian/Ubuntu: sudo apt-get install -y neovim) and re-run."
fi
if ! command -v apt-get >/dev/null 2>&1; then
  die "nvim is not installed and apt-get is not available: install Neovim 0.7+ with this system's package manager."
fi

LOG="$(mktemp -t ensure-neovim.XXXXXX.log)"
export DEBIAN_FRONTEND=noninteractive
log "nvim is missing: running apt-get update (log: $LOG)"
if ! apt-get update -qq >"$LOG" 2>&1; then
  tail -n 20 "$LOG" >&2
  die "apt-get update failed (full log: $LOG)"
fi
log "installing Debian's neovim: apt-get install -y --no-install-recommends neovim"
if ! apt-get install -y -qq --no-install-recommends neovim >>"$LOG" 2>&1; then
  tail -n 20 "$LOG" >&2
  die "apt-get install neovim failed (full log: $LOG)"
fi
hash -r
command -v nvim >/dev/null 2>&1 || die "apt-get installed neovim but nvim is still not on PATH"
log "installed neovim"
report
