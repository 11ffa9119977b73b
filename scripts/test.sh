#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: native domain tests (plain and under ASan+UBSan),
# the formatting check, the wasm build, and the browser end-to-end tests in headless Chromium.
# Prints each runner's summary and a final "N passed, N failed" line; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
LOG_DIR=test-results/logs
mkdir -p "$LOG_DIR"
passed=0 failed=0

step() { echo; echo "=== $* ==="; }
fail_hard() { echo "$1" >&2; echo; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

step "bootstrap"
./scripts/bootstrap.sh || fail_hard "bootstrap failed"

# doctest summary line: "[doctest] test cases: 5 | 5 passed | 0 failed | 0 skipped"
count_doctest() {
  local line; line=$(grep '\[doctest\] test cases:' "$1" | tail -n 1)
  local p f
  p=$(echo "$line" | sed -n 's/.*| *\([0-9]*\) passed.*/\1/p')
  f=$(echo "$line" | sed -n 's/.*| *\([0-9]*\) failed.*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
}

for variant in native sanitize; do
  step "domain tests ($variant)"
  dir=build-native; [ $variant = sanitize ] && dir=build-asan
  if ./scripts/build.sh --$variant >"$LOG_DIR/build-$variant.log" 2>&1; then
    "$dir/domain_tests" 2>&1 | tee "$LOG_DIR/domain-$variant.log"
    count_doctest "$LOG_DIR/domain-$variant.log"
    step "UI tests, native, headless ImGui ($variant)"
    "$dir/ui_tests" 2>&1 | tee "$LOG_DIR/ui-$variant.log"
    count_doctest "$LOG_DIR/ui-$variant.log"
  else
    tail -n 40 "$LOG_DIR/build-$variant.log"; failed=$((failed + 1))
  fi
done

step "formatting (clang-format --dry-run -Werror)"
unformatted=$(git ls-files '*.cpp' '*.hpp' | xargs -r -n1 sh -c 'clang-format --dry-run -Werror "$0" >/dev/null 2>&1 || echo "$0"')
if [ -z "$unformatted" ]; then echo "all C++ files formatted"; passed=$((passed + 1));
else echo "not formatted: $unformatted"; failed=$((failed + 1)); fi

step "UI strings come from the translation table (scripts/check_ui_strings.py)"
# The checker must pass on src/ui and must catch the three planted strings of its fixture.
if python3 scripts/check_ui_strings.py src/ui &&
   [ "$(python3 scripts/check_ui_strings.py tests/lint/bad_view.cpp 2>&1 | grep -c 'bad_view.cpp:')" -eq 3 ]; then
  echo "no literal UI strings; fixture caught"; passed=$((passed + 1))
else echo "literal UI strings found, or the checker missed its fixture"; failed=$((failed + 1)); fi

step "wasm build"
if ./scripts/build.sh --single-file >"$LOG_DIR/build-wasm.log" 2>&1; then
  echo "built: $(ls build-wasm/dist | tr '\n' ' ')"
  step "browser end-to-end tests (headless Chromium)"
  node --test --test-timeout=240000 --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$LOG_DIR/e2e.tap" tests/e2e/
  p=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$LOG_DIR/e2e.tap" | tail -n 1)
  f=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$LOG_DIR/e2e.tap" | tail -n 1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
else
  tail -n 40 "$LOG_DIR/build-wasm.log"; failed=$((failed + 1))
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
