#!/usr/bin/env bash
# One command: set up and run the whole test suite (unit, end-to-end, browser, slow).
# Browser tests need Debian's chromium and chromium-driver; installed here when missing and root.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v chromedriver >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "frontmap: installing chromium and chromium-driver for the browser tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "frontmap: browser tests need chromium and chromium-driver (sudo apt-get install chromium chromium-driver)" >&2
    exit 1
  fi
fi
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec python -m pytest "$@"
