#!/usr/bin/env bash
# The README's serve command: installs what is missing, builds web-release, serves the static site on 127.0.0.1.
# Usage: bash cmake/serve.sh [PORT]      (default 8000; PORT may also come from the environment)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

port="${1:-${PORT:-8000}}"
if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
  echo "serve: port must be an integer in [1024, 65535], got '$port'" >&2
  exit 2
fi

bash cmake/setup.sh
cmake --preset web-release >/dev/null
cmake --build --preset web-release --target looplab_web
site="$repo/build/web-release/site"
echo
echo "LoopLab static site: $site  (copy this folder to any static host)"
echo "Serving on http://127.0.0.1:$port/   (Ctrl+C to stop)"
exec python3 -m http.server --bind 127.0.0.1 "$port" --directory "$site"
