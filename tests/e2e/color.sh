# Colour: --color=always emits ANSI escapes, never does not; auto colours a terminal only, and
# NO_COLOR (set and not empty) turns auto off.
source "$(dirname "$0")/lib/common.bash"

ESC=$'\x1b['

has_escapes() { grep -qF "$ESC" "$1"; }

run "$RESDIFF" -q --color=always "$OLD" "$NEW"
if has_escapes "$OUT"; then pass "--color=always colours"; else fail "--color=always: no ANSI escapes"; fi
run "$RESDIFF" -q --color always "$OLD" "$NEW"
if has_escapes "$OUT"; then pass "--color always colours"; else fail "--color always: no ANSI escapes"; fi
run env NO_COLOR=1 "$RESDIFF" -q --color=always "$OLD" "$NEW"
if has_escapes "$OUT"; then pass "--color=always wins over NO_COLOR"; else fail "--color=always with NO_COLOR: no escapes"; fi

run "$RESDIFF" -q --color=never "$OLD" "$NEW"
if has_escapes "$OUT"; then fail "--color=never: ANSI escapes"; else pass "--color=never does not colour"; fi
if grep -qF '[-' "$OUT" && grep -qF '{+' "$OUT"; then pass "without colour, edits are marked [-…-]{+…+}"; else fail "no [-…-]{+…+} marks without colour"; fi
run "$RESDIFF" -q "$OLD" "$NEW"
if has_escapes "$OUT"; then fail "auto, not a terminal: ANSI escapes"; else pass "auto does not colour a pipe"; fi
run "$RESDIFF" -q --color=always --format json "$OLD" "$NEW"
if has_escapes "$OUT"; then fail "json: ANSI escapes"; else pass "json is never coloured"; fi

# auto on a terminal, through script(1)'s pseudo-terminal
on_tty() {
  # on_tty ENV... : runs resdiff (auto colour) on a pseudo-terminal with the given environment
  local command
  printf -v command '%q ' env "$@" "$RESDIFF" -q "$OLD" "$NEW"
  script -qec "$command" /dev/null </dev/null >"$OUT" 2>"$ERR" || true
}
if ! command -v script >/dev/null; then
  fail "script(1) (util-linux) is needed to test colour on a terminal"
else
  on_tty
  if has_escapes "$OUT"; then pass "auto colours a terminal"; else fail "auto on a terminal: no escapes: $(head -c 300 "$OUT")"; fi
  on_tty NO_COLOR=1
  if has_escapes "$OUT"; then fail "auto on a terminal with NO_COLOR=1: ANSI escapes"; else pass "NO_COLOR=1 turns auto off"; fi
  on_tty NO_COLOR=
  if has_escapes "$OUT"; then pass "an empty NO_COLOR is ignored"; else fail "auto on a terminal with NO_COLOR empty: no escapes"; fi
  on_tty TERM=dumb
  if has_escapes "$OUT"; then fail "auto on a dumb terminal: ANSI escapes"; else pass "TERM=dumb turns auto off"; fi
fi

finish
