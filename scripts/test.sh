#!/usr/bin/env bash
# On a fresh Debian 12 machine: installs the dependencies, builds resdiff and its tests in
# developer mode (warnings are errors) in build-test/, and runs every test with ctest.
# Exits non-zero when anything fails. BUILD_DIR and JOBS override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD_DIR:-build-test}
jobs=${JOBS:-2}

bash scripts/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DRESDIFF_DEV=ON -DRESDIFF_TESTS=ON
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
