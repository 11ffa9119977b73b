#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on http://127.0.0.1:${PORT:-8080} until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
./scripts/build.sh --wasm
exec node scripts/serve.mjs build-wasm/dist "${PORT:-8080}"
