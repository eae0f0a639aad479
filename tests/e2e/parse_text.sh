# `resdiff parse FILE --format text`: metadata lines first, a blank line, then one labelled clause
# per line, footnotes last; the same for standard input; usable as a git textconv driver.
source "$(dirname "$0")/lib/common.bash"

run "$RESDIFF" -q parse "$NEW"
[[ $RC -eq 0 ]] || fail "parse: exit status $RC: $(cat "$ERR")"
cp "$OUT" "$WORK/parse.txt"
[[ $(head -n 1 "$WORK/parse.txt") == "symbol: 80/41" ]] || fail "parse: first line is $(head -n 1 "$WORK/parse.txt")"
grep -qx 'session: 80' "$WORK/parse.txt" || fail "parse: no 'session: 80' line"
grep -qx 'date: 2025-12-01' "$WORK/parse.txt" || fail "parse: no 'date: 2025-12-01' line"
pp=$(grep -c '^PP[0-9]*: ' "$WORK/parse.txt" || true)
op=$(grep -cE '^OP[0-9]+: ' "$WORK/parse.txt" || true)
[[ $pp -eq 18 ]] || fail "parse: $pp recital lines, expected 18"
[[ $op -eq 6 ]] || fail "parse: $op operative lines, expected 6"
grep -qx 'PP1: Recalling its resolution 79/42 of 2 December 2024,' "$WORK/parse.txt" || fail "parse: PP1 line"
first_clause=$(grep -n '^PP1: ' "$WORK/parse.txt" | cut -d: -f1)
[[ $(sed -n "$((first_clause - 1))p" "$WORK/parse.txt") == "" ]] || fail "parse: no blank line between metadata and clauses"
grep -qE '^FN[0-9]+: ' "$WORK/parse.txt" || fail "parse: no footnote lines"
[[ $FAILURES -eq 0 ]] && pass "parse --format text of 80/41: metadata, 18 PP, 6 OP, footnotes"

# --no-labels: the same lines, the clause and footnote labels left out (a stable textconv)
run "$RESDIFF" -q parse --no-labels "$NEW"
if [[ $RC -eq 0 ]] && [[ $(wc -l <"$OUT") -eq $(wc -l <"$WORK/parse.txt") ]] &&
  grep -qx 'Recalling its resolution 79/42 of 2 December 2024,' "$OUT" && grep -qx 'symbol: 80/41' "$OUT" &&
  ! grep -qE '^(PP|OP|FN)[0-9]+' "$OUT" &&
  diff <(sed -E 's/^(PP|OP|ANX|P|FN)[0-9]+( \([a-z]+\))*: //' "$WORK/parse.txt") "$OUT" >/dev/null; then
  pass "parse --no-labels: the same lines without their PP/OP/FN labels"
else
  fail "parse --no-labels: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi
expect_trouble "parse --no-labels --format json" "--no-labels" "$RESDIFF" parse --no-labels --format json "$NEW"

# standard input gives the same
run bash -c '"$0" -q parse - <"$1"' "$RESDIFF" "$NEW"
if cmp -s "$OUT" "$WORK/parse.txt"; then pass "parse - reads standard input"; else fail "parse - differs from parse FILE"; fi

# the two extractions of 80/41 parse to the same clause lines
run "$RESDIFF" -q parse "$FIXTURES/A_RES_80_41.extract-1.1.0.md"
if diff <(grep -E '^(PP|OP)' "$WORK/parse.txt") <(grep -E '^(PP|OP)' "$OUT") >"$WORK/diff.txt"; then
  pass "both extractions of 80/41 parse to the same clauses"
else
  fail "the extractions of 80/41 parse differently: $(head -5 "$WORK/diff.txt")"
fi

# parse --format markdown reads back to the same clauses
run "$RESDIFF" -q parse --format markdown "$NEW"
if [[ $RC -eq 0 && -s $OUT ]]; then
  cp "$OUT" "$WORK/clean.md"
  run "$RESDIFF" -q parse "$WORK/clean.md"
  if diff <(grep -E '^(PP|OP)' "$WORK/parse.txt") <(grep -E '^(PP|OP)' "$OUT") >/dev/null; then
    pass "parse --format markdown reads back to the same clauses"
  else
    fail "parse --format markdown does not read back to the same clauses"
  fi
else
  fail "parse --format markdown: exit status $RC: $(cat "$ERR")"
fi

finish
