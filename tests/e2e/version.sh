# --version prints "resdiff X.Y.Z", the project's version, and exits 0.
source "$(dirname "$0")/lib/common.bash"

run "$RESDIFF" --version
expected=$(sed -n 's/^project(resdiff VERSION \([0-9.]*\).*/\1/p' "$SOURCE_DIR/CMakeLists.txt")
if [[ $RC -ne 0 ]]; then fail "--version: exit status $RC"; fi
if [[ -s $ERR ]]; then fail "--version: wrote to standard error: $(cat "$ERR")"; fi
if ! grep -Eqx 'resdiff [0-9]+\.[0-9]+\.[0-9]+' "$OUT"; then fail "--version printed: $(cat "$OUT")"; fi
if [[ $(cat "$OUT") != "resdiff $expected" ]]; then fail "--version printed $(cat "$OUT"), CMakeLists.txt says $expected"; fi
[[ $FAILURES -eq 0 ]] && pass "--version: $(cat "$OUT")"

finish
