#!/usr/bin/env bash
# Set up frontmap on this machine: a virtual environment with the project installed, and the
# boundaries located. Source it (". scripts/setup.sh") or let run-dashboard.sh / test.sh call it.
# Boundaries: $FRONTMAP_GEODATA, else the cache; the first run installs ../shared/geodata into the
# cache when it exists (`frontmap geodata fetch --from`), else downloads them (`frontmap geodata fetch`).
# Afterwards every `frontmap` command finds them, in any shell.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${FRONTMAP_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

if [ ! -x "$VENV/bin/python" ]; then
  echo "frontmap: creating virtual environment in $VENV" >&2
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.frontmap-installed"
if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
  echo "frontmap: installing the project and its dependencies" >&2
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[test]"
  touch "$stamp"
fi

SHARED_GEODATA="$ROOT/../shared/geodata"
if [ -n "${FRONTMAP_GEODATA:-}" ]; then
  export FRONTMAP_GEODATA
elif "$VENV/bin/frontmap" geodata info >/dev/null 2>&1; then
  :  # already installed in the cache, where every frontmap command looks
elif [ -f "$SHARED_GEODATA/geoBoundaries-AFG-ADM2.shp" ]; then
  echo "frontmap: installing the boundaries from $SHARED_GEODATA into the cache (once)" >&2
  "$VENV/bin/frontmap" geodata fetch --from "$SHARED_GEODATA"
else
  echo "frontmap: no boundaries found; fetching them once" >&2
  "$VENV/bin/frontmap" geodata fetch
fi
export PATH="$VENV/bin:$PATH"
