#!/usr/bin/env bash
# Set up frontmap on this machine: a virtual environment with the project installed, and the
# boundaries located. Source it (". scripts/setup.sh") or let run-dashboard.sh / test.sh call it.
# Boundaries: $FRONTMAP_GEODATA, else ../shared/geodata when it exists, else `frontmap geodata fetch`.
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

if [ -z "${FRONTMAP_GEODATA:-}" ] && [ -f "$ROOT/../shared/geodata/geoBoundaries-AFG-ADM2.shp" ]; then
  FRONTMAP_GEODATA="$(cd "$ROOT/../shared/geodata" && pwd)"
fi
if [ -n "${FRONTMAP_GEODATA:-}" ]; then
  export FRONTMAP_GEODATA
elif ! "$VENV/bin/frontmap" geodata info >/dev/null 2>&1; then
  echo "frontmap: no boundaries found; fetching them once" >&2
  "$VENV/bin/frontmap" geodata fetch
fi
export PATH="$VENV/bin:$PATH"
