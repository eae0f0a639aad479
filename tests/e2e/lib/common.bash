# Shared by the end-to-end scripts in tests/e2e/ (each runs as: bash SCRIPT RESDIFF SOURCE_DIR).
# Not a test itself: ctest runs only tests/e2e/*.sh.
set -euo pipefail

RESDIFF=$(realpath "${1:?usage: bash SCRIPT path/to/resdiff source-dir}")
SOURCE_DIR=$(realpath "${2:?usage: bash SCRIPT path/to/resdiff source-dir}")
FIXTURES=$SOURCE_DIR/fixtures
OLD=$FIXTURES/A_RES_76_28.seed.md
NEW=$FIXTURES/A_RES_80_41.md
PYTHON=/usr/bin/python3   # Debian's, where python3-jsonschema is installed
SCHEMA=$SOURCE_DIR/tests/report.schema.json

# The environment must not decide the results: no colour requests, no git pager, a plain terminal.
unset NO_COLOR GIT_PAGER_IN_USE COLUMNS RESDIFF_PAGER
export TERM=xterm LC_ALL=C.UTF-8 PAGER=cat   # no pager on a pseudo-terminal (tests/e2e/pager.sh sets its own)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# nor the user's configuration file: an empty configuration folder (config_file.sh sets its own)
export XDG_CONFIG_HOME=$WORK/config

FAILURES=0

fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

pass() { echo "ok: $*"; }

# run CMD...: runs with no standard input; sets RC, and OUT / ERR files with the outputs.
OUT=$WORK/stdout
ERR=$WORK/stderr
run() {
  set +e
  "$@" >"$OUT" 2>"$ERR" </dev/null
  RC=$?
  set -e
}

# expect_trouble WHAT NAME CMD...: exit status 2, nothing on stdout, exactly one line on stderr,
# of the form "resdiff: ..." and naming NAME.
expect_trouble() {
  local what=$1 name=$2
  shift 2
  run "$@"
  local lines
  lines=$(wc -l <"$ERR")
  if [[ $RC -ne 2 ]]; then fail "$what: exit status $RC, expected 2"; return; fi
  if [[ -s $OUT ]]; then fail "$what: wrote to standard output: $(head -c 200 "$OUT")"; return; fi
  if [[ $lines -ne 1 ]]; then fail "$what: $lines lines on standard error, expected 1: $(cat "$ERR")"; return; fi
  if ! grep -q '^resdiff: ' "$ERR"; then fail "$what: message does not start with 'resdiff: ': $(cat "$ERR")"; return; fi
  if ! grep -qF -- "$name" "$ERR"; then fail "$what: message does not name '$name': $(cat "$ERR")"; return; fi
  pass "$what: $(cat "$ERR")"
}

# expect_status WHAT N CMD...: exit status N.
expect_status() {
  local what=$1 status=$2
  shift 2
  run "$@"
  if [[ $RC -ne $status ]]; then fail "$what: exit status $RC, expected $status: $(head -c 300 "$ERR")"; else pass "$what"; fi
}

# finish: the script's exit status (call last).
finish() {
  if [[ $FAILURES -gt 0 ]]; then
    echo "$FAILURES check(s) failed" >&2
    exit 1
  fi
  echo "all checks passed"
}

# edit_new NAME SED-SCRIPT: a copy of $NEW (80/41) with the sed edit, as $WORK/NAME.md; fails the
# check when the edit changed nothing (a made-up edit of a real text, for one feature's cases).
edit_new() {
  sed -e "$2" "$NEW" >"$WORK/$1.md"
  if cmp -s "$NEW" "$WORK/$1.md"; then fail "$1: the edit changed nothing"; fi
}

# chromium ARGS...: headless Chromium (Debian's chromium) with a fresh profile in $WORK, its
# messages in $WORK/chromium.log; CHROMIUM is empty when it is not installed.
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
chromium() {
  timeout 180 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --hide-scrollbars --user-data-dir="$(mktemp -d -p "$WORK")" "$@" 2>>"$WORK/chromium.log"
}
