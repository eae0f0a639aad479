#!/usr/bin/env bash
# On a fresh Debian 12 machine: installs the dependencies, then
#   1. builds resdiff and its tests in developer mode (warnings are errors) in build-test/ and
#      runs every test with ctest;
#   2. with SANITIZE=1, builds the same suite with AddressSanitizer and UndefinedBehaviorSanitizer
#      (g++, warnings still errors) in build-asan/ and runs every test again;
#   3. with FUZZ=1, builds the libFuzzer targets with clang in build-fuzz/ and runs each for a
#      bounded time from seeds made of fixtures/ (scripts/fuzz.sh --ci).
# Stages 2 and 3 are not yet on by default (so not yet in CI): the sanitizer suite and the clang
# build have not been run green on the whole of today's main; they turn on once they have been.
# Exits non-zero when anything fails, and says how long each stage took. BUILD_DIR and JOBS
# override the first build's directory and the parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD_DIR:-build-test}
jobs=${JOBS:-2}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

stage_start=$SECONDS
stage() {
  echo "test.sh: $1 took $((SECONDS - stage_start)) s" >&2
  stage_start=$SECONDS
}

bash scripts/install-deps.sh
stage "installing"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DRESDIFF_DEV=ON -DRESDIFF_TESTS=ON "${launcher[@]}"
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
stage "the developer build and its tests"

if [[ ${SANITIZE:-0} != 0 ]]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=g++ -DRESDIFF_DEV=ON \
    -DRESDIFF_TESTS=ON -DRESDIFF_SANITIZE=ON "${launcher[@]}"
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
  stage "the sanitizer build and its tests"
fi

if [[ ${FUZZ:-0} != 0 ]]; then
  JOBS=$jobs bash scripts/fuzz.sh --ci
  stage "the fuzz targets' bounded run"
fi
