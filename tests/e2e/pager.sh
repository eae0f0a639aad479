# The pager, like git's: long text output on a terminal goes through $PAGER; not with --no-pager,
# PAGER=cat or empty, -o FILE, --format json, a pipe, or output that fits the screen. The terminal
# is a pseudo-terminal from script(1) (util-linux), 24 lines high.
source "$(dirname "$0")/lib/common.bash"

if ! command -v script >/dev/null; then
  fail "script(1) (util-linux) is needed for this test"
  finish
fi

# on_tty ENV... -- ARGS...: runs resdiff on a pseudo-terminal of 24 rows and 100 columns
on_tty() {
  local env=() args=()
  while [[ $1 != -- ]]; do env+=("$1"); shift; done
  shift
  printf -v command '%q ' env "${env[@]}" "$RESDIFF" -q "$@"
  command="stty rows 24 cols 100; $command"
  script -qec "$command" /dev/null </dev/null >"$OUT" 2>&1 || true
}

marker='sed s/^/PAGED:/'
on_tty "PAGER=$marker" -- --color never "$OLD" "$NEW"
if grep -q '^PAGED:A/RES/76/28' "$OUT"; then pass "long output on a terminal goes through \$PAGER"; else fail "not paged: $(head -c 300 "$OUT")"; fi

on_tty "PAGER=$marker" -- --no-pager --color never "$OLD" "$NEW"
if grep -q 'PAGED:' "$OUT"; then fail "--no-pager paged"; elif grep -q '^A/RES/76/28' "$OUT"; then pass "--no-pager"; else fail "--no-pager: $(head -c 300 "$OUT")"; fi

on_tty "PAGER=cat" -- --color never "$OLD" "$NEW"
if grep -q '^A/RES/76/28' "$OUT"; then pass "PAGER=cat writes directly"; else fail "PAGER=cat: $(head -c 300 "$OUT")"; fi

on_tty "PAGER=$marker" -- --format json "$OLD" "$NEW"
if grep -q 'PAGED:' "$OUT"; then fail "json was paged"; else pass "json is not paged"; fi

on_tty "PAGER=$marker" -- -o "$WORK/out.txt" "$OLD" "$NEW"
if grep -q 'PAGED:' "$OUT" "$WORK/out.txt"; then fail "-o FILE was paged"; else pass "-o FILE is not paged"; fi

on_tty "PAGER=$marker" -- --stat "$OLD" "$NEW"
if grep -q 'PAGED:' "$OUT"; then fail "--stat (shorter than the screen) was paged"; else pass "short output is not paged"; fi

# not a terminal: never paged
set +e
PAGER=$marker "$RESDIFF" -q --color never "$OLD" "$NEW" </dev/null >"$OUT" 2>&1
set -e
if grep -q 'PAGED:' "$OUT"; then fail "a pipe was paged"; else pass "a pipe is not paged"; fi

finish
