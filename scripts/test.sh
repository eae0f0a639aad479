#!/usr/bin/env bash
# On a fresh Debian 12 machine: installs the dependencies, then runs the whole test suite three
# times, in three builds (CI runs all three through .ci/run):
#   1. the developer build (g++, Release, warnings are errors) in build-test/: every test;
#   2. the g++ sanitizer build (AddressSanitizer and UndefinedBehaviorSanitizer, warnings still
#      errors, the first error stops the program) in build-asan/: every test again;
#   3. the clang build in build-fuzz/: the same sanitizers plus libFuzzer's coverage, warnings
#      still errors. It builds the libFuzzer targets and the whole suite from the same
#      libraries, runs every test a third time (the fuzz targets' regressions through their
#      replayers), then runs each fuzz target for 20 s from seeds made of fixtures/ and the
#      corpus (scripts/fuzz.sh --ci --no-build).
# A developer in a hurry may skip stage 2 with SANITIZE=0 or stage 3 with FUZZ=0; the script
# then says so at the end, and exits 3 rather than 0 so that a skipped stage never reads as a
# pass. Exits non-zero when anything fails, and says how long each stage took. BUILD_DIR
# overrides the first build's directory, JOBS the parallelism (default: the number of cores).
#
# The tests' share of the time, measured on the 2-core development machine on 2026-12-01 with
# two other developers' builds running (ctest -j2; the builds' share depends on ccache, and a
# cold CI machine compiles every source three times, once per build): the developer
# suite 78 s, the g++ sanitizer suite 533 s, the clang one 876 s, the fuzz run 8 x 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD_DIR:-build-test}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# the sanitizers' options for every test (cmake/sanitizer_defaults.cpp holds the same defaults)
sanitizer_env=(ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1)

stage_start=$SECONDS
stage() {
  echo "test.sh: $1 took $((SECONDS - stage_start)) s" >&2
  stage_start=$SECONDS
}
skipped=()

bash scripts/install-deps.sh
stage "installing"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DRESDIFF_DEV=ON -DRESDIFF_TESTS=ON "${launcher[@]}"
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
stage "the developer build and its tests"

if [[ ${SANITIZE:-1} != 0 ]]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=g++ -DRESDIFF_DEV=ON \
    -DRESDIFF_TESTS=ON -DRESDIFF_SANITIZE=ON "${launcher[@]}"
  cmake --build build-asan -j"$jobs"
  env "${sanitizer_env[@]}" ctest --test-dir build-asan --output-on-failure -j"$jobs"
  stage "the g++ sanitizer build and its tests"
else
  skipped+=("the g++ sanitizer suite (SANITIZE=0)")
fi

if [[ ${FUZZ:-1} != 0 ]]; then
  clang=clang++
  command -v clang++-14 >/dev/null && clang=clang++-14  # Debian 12's clang-14 package
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$clang" -DRESDIFF_DEV=ON \
    -DRESDIFF_TESTS=ON -DRESDIFF_FUZZ=ON "${launcher[@]}"
  cmake --build build-fuzz -j"$jobs"
  env "${sanitizer_env[@]}" ctest --test-dir build-fuzz --output-on-failure -j"$jobs"
  stage "the clang sanitizer and fuzz build and its tests"
  BUILD_DIR=build-fuzz JOBS=$jobs bash scripts/fuzz.sh --ci --no-build
  stage "the fuzz targets' bounded run"
else
  skipped+=("the clang sanitizer suite and the fuzz run (FUZZ=0)")
fi

if [[ ${#skipped[@]} -gt 0 ]]; then
  printf 'test.sh: passed, but NOT run: %s\n' "${skipped[@]}" >&2
  exit 3
fi
echo "test.sh: every stage passed" >&2
