#!/usr/bin/env bash
# On a fresh Debian 12 machine: installs the dependencies, builds resdiff (Release, in build/)
# and shows what changed between A/RES/75/58 (2020) and A/RES/76/28 (2021), both read from the UN's
# raw page text, then between A/RES/76/28 (2021) and A/RES/80/41 (2025).
# Extra arguments go to resdiff, e.g. `bash scripts/demo.sh --context 0` or `--format json`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

mkdir -p build
log=build/demo-build.log
echo "demo: building resdiff in build/ (log: $log)" >&2
if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --target resdiff -j"$(nproc)"; } >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "demo: the build failed (whole log: $log)" >&2
  exit 1
fi

# resdiff exits 1 when the documents differ, as diff(1) does: that is the expected result here
for pair in "fixtures/pagetext/A_RES_75_58.pagetext.txt fixtures/pagetext/A_RES_76_28.pagetext.txt" \
            "fixtures/A_RES_76_28.seed.md fixtures/A_RES_80_41.md"; do
  read -r old new <<<"$pair"
  echo "demo: build/resdiff $old $new $*" >&2
  echo >&2
  status=0
  build/resdiff --quiet "$old" "$new" "$@" || status=$?
  [[ $status -le 1 ]] || exit "$status"
  echo
done
