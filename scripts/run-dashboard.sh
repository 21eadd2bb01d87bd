#!/usr/bin/env bash
# One command: set up, build the sample corpus, and serve the dashboard on http://127.0.0.1:8050/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
frontmap build "$ROOT/corpus"
exec frontmap serve "$@"
