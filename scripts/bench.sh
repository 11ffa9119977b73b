#!/usr/bin/env bash
# Measures size and speed and rewrites BENCHMARKS.md: bytes of every file the first frame needs (raw, gzip -9,
# brotli -q 11), time to the first frame in headless Chromium, idle frames, and native domain timings.
# Usage: ./scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh >/dev/null
./scripts/build.sh --wasm --native >/dev/null 2>&1

DIST=build-wasm/dist
FIRST_FRAME_FILES=(index.html index.js index.wasm index.data)
table="| file | raw | gzip -9 | brotli -q 11 |\n|---|---:|---:|---:|\n"
tr=0 tg=0 tb=0
for f in "${FIRST_FRAME_FILES[@]}"; do
  r=$(stat -c %s "$DIST/$f"); g=$(gzip -9 -c "$DIST/$f" | wc -c); b=$(brotli -q 11 -c "$DIST/$f" | wc -c)
  tr=$((tr + r)); tg=$((tg + g)); tb=$((tb + b))
  table+="| $f | $r | $g | $b |\n"
done
table+="| **total** | **$tr** | **$tg** | **$tb** |\n"

browser=$(node tests/bench/browser_bench.mjs 5)
native=$(./build-native/kstthc_bench assets/plans/hoa-tan-tay-2024.json)
field() { node -e 'const v = JSON.parse(process.argv[1])[process.argv[2]]; console.log(Array.isArray(v) ? v.join(", ") : v)' "$browser" "$1"; }

{
  echo "# Benchmarks"
  echo
  echo "Produced by \`./scripts/bench.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m), emscripten $(emcc --version 2>/dev/null | head -n1 | grep -o '[0-9]*\.[0-9]*\.[0-9]*' | head -n1), chromium $(chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -n1))."
  echo "Rerun that command to refresh this file; do not edit the numbers by hand."
  echo
  echo "## First-load transfer (files needed for the first frame, release build)"
  echo
  echo -e "$table"
  echo "Target for the finished product: ≤ 300 KB brotli ($((tb / 1024)) KB now)."
  echo
  echo "## Start-up and idling (headless Chromium, SwiftShader WebGL: indicative only)"
  echo
  echo "| measurement | value |"
  echo "|---|---:|"
  echo "| navigation → first frame showing the plan, median of 5 fresh profiles | $(field firstFrameMedianMs) ms |"
  echo "| the 5 runs | $(field firstFrameRunsMs) ms |"
  echo "| frames drawn during 5 s with no input (target 0) | $(field idleFrames5s) |"
  echo
  echo "## Domain, native (median, ms)"
  echo
  echo "| measurement | value |"
  echo "|---|---:|"
  echo "$native" | sed 's/^\([^:]*\): \(.*\)$/| \1 | \2 |/'
} > BENCHMARKS.md
cat BENCHMARKS.md
