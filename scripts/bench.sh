#!/usr/bin/env bash
# Measures size and speed and rewrites BENCHMARKS.md: bytes of every file the first frame needs (raw, gzip -9,
# brotli -q 11), time to the first frame in headless Chromium, idle frames, and native domain timings.
# Usage: ./scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh >/dev/null
./scripts/build.sh --single-file --native >/dev/null 2>&1

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

native=$(./build-native/kstthc_bench assets/plans/hoa-tan-tay-2024.json build-native/plan-5000.json \
  build-native/plan-year.json)
browser=$(node tests/bench/browser_bench.mjs 5 build-native/plan-5000.json build-native/plan-year.json)
kill_delays=(0 100 300 600 1000 2000 5000)
killed=$(node tests/bench/kill_bench.mjs 3 "${kill_delays[@]}")
NODE_PATH=/usr/share/nodejs cmake --build build-wasm --target kstthc_bench_wasm >/dev/null 2>&1
wasm=$(node --no-experimental-fetch build-wasm/kstthc_bench_wasm.js assets/plans/hoa-tan-tay-2024.json)
field() { node -e 'const v = process.argv[2].split(".").reduce((o, k) => o[k], JSON.parse(process.argv[1])); console.log(Array.isArray(v) ? v.join(", ") : v)' "$browser" "$1"; }

history=$(sed -n '/^## History/,$p' BENCHMARKS.md 2>/dev/null || true)
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
  single=$(stat -c %s "$DIST/kehoach-kstthc.html")
  echo "Single-file build \`kehoach-kstthc.html\` (everything inline, opens from file://): $single bytes raw,"
  echo "$(gzip -9 -c "$DIST/kehoach-kstthc.html" | wc -c) gzip -9, $(brotli -q 11 -c "$DIST/kehoach-kstthc.html" | wc -c) brotli -q 11."
  echo
  echo "## Saving (main thread blocked: export to JSON + write to memory + version copy; the IndexedDB push is async)"
  echo
  echo "| plan | median of 5 saves |"
  echo "|---|---:|"
  echo "| built-in plan with a year of progress (every occurrence done, with evidence; target ≤ 20 ms) | $(field saves.yearMs) ms |"
  echo "| generated 5,000-task plan | $(field saves.tasks5000Ms) ms |"
  echo
  echo "## Durability (the last key of a word typed into the plan title → the edit kept; median of 5 edits)"
  echo
  echo "The journal (localStorage) is written in the frame that shows the edit: from then on it survives the tab"
  echo "closing or crashing. IndexedDB has it after the save (300 ms after the last key) and its push."
  echo
  echo "| plan | key → journal | key → IndexedDB |"
  echo "|---|---:|---:|"
  echo "| built-in plan | $(field durable.builtin.journalMs) ms | $(field durable.builtin.pushedMs) ms |"
  echo "| generated 5,000-task plan | $(field durable.tasks5000.journalMs) ms | $(field durable.tasks5000.pushedMs) ms |"
  echo
  echo "## The browser killed outright (SIGKILL of every Chromium process of the profile, the OS still running)"
  echo
  echo "An edit typed into the built-in plan's title, then every process of the browser killed after a delay, then"
  echo "the browser started again on the same profile: how many of 3 edits were there (\`tests/bench/kill_bench.mjs\`)."
  echo "The journal is in Chromium's memory until it commits localStorage to disk (batched, seconds later); IndexedDB"
  echo "is on disk once its transaction completes (the save 300 ms after the last key, then the push)."
  echo
  row="| delay after the edit |"; sep="|---|"; val="| edits kept (of 3) |"
  for d in "${kill_delays[@]}"; do
    row+=" $d ms |"; sep+="---:|"
    val+=" $(node -e 'console.log(JSON.parse(process.argv[1]).survived[process.argv[2]])' "$killed" "$d") |"
  done
  echo "$row"; echo "$sep"; echo "$val"
  echo
  echo "## Views on the generated 5,000-task plan (headless Chromium, wasm; target ≤ 4 ms CPU per frame at p95)"
  echo
  echo "CPU time of one frame of the UI (layout, views, draw lists: app.frame + ImGui::Render) while the"
  echo "mouse wheel scrolls the view up and down, $(field views.rows) rows in the Tasks view."
  echo
  echo "| view | frames | median | p95 | max |"
  echo "|---|---:|---:|---:|---:|"
  echo "| Tasks (Tiến độ) | $(field views.tasks.frames) | $(field views.tasks.medianMs) ms | $(field views.tasks.p95Ms) ms | $(field views.tasks.maxMs) ms |"
  echo "| Timeline (Lịch theo tháng) | $(field views.timeline.frames) | $(field views.timeline.medianMs) ms | $(field views.timeline.p95Ms) ms | $(field views.timeline.maxMs) ms |"
  echo "| Appendix (Phụ lục nhiệm vụ) | $(field views.appendix.frames) | $(field views.appendix.medianMs) ms | $(field views.appendix.p95Ms) ms | $(field views.appendix.maxMs) ms |"
  echo "| Document (Văn bản kế hoạch) | $(field views.document.frames) | $(field views.document.medianMs) ms | $(field views.document.p95Ms) ms | $(field views.document.maxMs) ms |"
  echo "| Overview (Tổng quan) | $(field views.dashboard.frames) | $(field views.dashboard.medianMs) ms | $(field views.dashboard.p95Ms) ms | $(field views.dashboard.maxMs) ms |"
  echo "| Targets (Chỉ tiêu: 100 targets, rates, grid, chart) | $(field views.targets.frames) | $(field views.targets.medianMs) ms | $(field views.targets.p95Ms) ms | $(field views.targets.maxMs) ms |"
  echo
  echo "## Typing (target ≤ 2 ms of app CPU per keystroke)"
  echo
  echo "CPU time of the frame that shows a keystroke typed at the end of a task's content (a multi-line field in"
  echo "the appendix), 30 keys, each typed once the app has settled after the previous one: for each key the most"
  echo "expensive frame drawn for it, not counting the frame that saves (300 ms after the key, as after any pause"
  echo "in typing), whose CPU time is in the last columns (the same work as \"Saving\" above, inside a frame)."
  echo
  echo "Frames per key: frames drawn from the key until the app settles, before its save (median and max)."
  echo
  echo "| plan | keys | frames per key | median | p95 | max | frames that saved | their median | their max |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for p in builtin tasks5000; do
    label=$([ $p = builtin ] && echo "built-in plan" || echo "generated 5,000-task plan")
    echo "| $label | $(field typing.$p.frames) | $(field typing.$p.framesPerKey.median) / $(field typing.$p.framesPerKey.max) | $(field typing.$p.medianMs) ms | $(field typing.$p.p95Ms) ms | $(field typing.$p.maxMs) ms | $(field typing.$p.saveFrames.frames) | $(field typing.$p.saveFrames.medianMs) ms | $(field typing.$p.saveFrames.maxMs) ms |"
  done
  echo
  echo "## Domain (median, ms)"
  echo
  echo "Native: g++ -O2 (RelWithDebInfo). Wasm: the app's own -Oz build of src/domain, run in node $(node --version)."
  echo "The generated plan has 5,000 tasks: the 28 tasks of the built-in plan over and over (every kind of"
  echo "timeframe), progress recorded on every third task, and 100 targets counted in every month. Occurrences and"
  echo "dashboard: the year as of 15/07. Targets: every target's rate over each of the year's 21 periods in both"
  echo "period modes (4,200 rates), the counts indexed once (target ≤ 5 ms in wasm)."
  echo
  echo "| measurement | native | wasm | wasm / native |"
  echo "|---|---:|---:|---:|"
  paste -d' ' <(echo "$native") <(echo "$wasm") | awk '{ n=$2; w=$4; r=(n>0)?w/n:0; name=$1; sub(":", "", name); \
    if (name ~ /bytes|count/) printf "| %s | %s | %s | |\n", name, n, w; else printf "| %s | %.2f | %.2f | %.1f× |\n", name, n, w, r }'
  if [ -n "$history" ]; then echo; echo "$history"; fi
} > BENCHMARKS.md
cat BENCHMARKS.md
