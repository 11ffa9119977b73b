#!/usr/bin/env bash
# Builds the project. Usage: scripts/build.sh [--wasm] [--single-file] [--native] [--sanitize] [--debug]
#   --wasm      the WebAssembly app (release, -Oz) into build-wasm/dist   (default when nothing is named)
#   --single-file  also build-wasm/dist/kehoach-kstthc.html: the whole app in one file (opens from file://)
#   --native    the domain library and its doctests, the UI over the stand-in platform and its headless tests
#               (tests/ui), and the native benchmark into build-native
#   --sanitize  the same under AddressSanitizer + UBSan into build-asan
#   --debug     wasm at -O0 with assertions into build-wasm-debug (fast to build, for development)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs # emcc needs acorn from Debian's node modules
JOBS=$(nproc)

want_wasm=0 want_native=0 want_asan=0 want_debug=0 want_single=0
[ $# -eq 0 ] && want_wasm=1
for a in "$@"; do
  case "$a" in
    --wasm) want_wasm=1 ;;
    --single-file) want_wasm=1 want_single=1 ;;
    --native) want_native=1 ;;
    --sanitize) want_asan=1 ;;
    --debug) want_debug=1 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

native() { # dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$JOBS"
}
wasm() { # dir, build type
  local dir=$1 type=$2
  emcmake cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" >/dev/null
  # A failed emscripten link can leave a stale output that make then trusts; drop it on failure.
  if ! cmake --build "$dir" -j"$JOBS"; then
    rm -f "$dir"/dist/index.js "$dir"/dist/index.wasm "$dir"/dist/index.data
    return 1
  fi
}

[ $want_native = 1 ] && native build-native
[ $want_asan = 1 ] && native build-asan -DKSTTHC_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
[ $want_wasm = 1 ] && wasm build-wasm MinSizeRel
[ $want_single = 1 ] && cmake --build build-wasm --target app_single -j"$JOBS"
[ $want_debug = 1 ] && wasm build-wasm-debug Debug
exit 0
