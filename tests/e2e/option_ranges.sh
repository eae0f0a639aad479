# The numeric options (--width, --context, --threshold, batch -j) accept exactly the ranges man/resdiff.1 states: the bounds are read from
# the man page, then the value on each bound is accepted and the one just past it refused with
# one line naming the option (exit status 2).
source "$(dirname "$0")/lib/common.bash"

MAN=$SOURCE_DIR/man/resdiff.1
# the text of an option's entry: from its .TP term line to the next .TP
# (the term through the environment: awk -v would read its \f as a form feed)
entry() { TERM_LINE=$1 awk 'found && $0 == ".TP" { exit } found { print } $0 == ENVIRON["TERM_LINE"] { found = 1 }' "$MAN"; }

width=$(entry '.BI \-\-width " N"' | tr '\n' ' ')
min_width=$(grep -oE 'at least [0-9]+' <<<"$width" | head -1 | grep -oE '[0-9]+')
min_columns=$(grep -oE 'at least [0-9]+, two columns' <<<"$width" | grep -oE '[0-9]+' | head -1)
context=$(entry '.BI \-\-context " N"' | tr '\n' ' ')
threshold=$(entry '.BI \-\-threshold " X"' | tr '\n' ' ')
jobs=$(entry '.BI \-j " N" "\fR, \fP\-\-jobs " N' | tr '\n' ' ')
range=$(grep -oE 'from [0-9]+ to [0-9]+' <<<"$jobs" || true)
min_jobs=$(grep -oE '[0-9]+' <<<"$range" | head -1 || true)
max_jobs=$(grep -oE '[0-9]+' <<<"$range" | tail -1 || true)
[[ -n $min_width && -n $min_columns ]] || fail "the man page states no minimum for --width: $width"
grep -qF '.B \-1' <<<"$context" || fail "the man page's --context entry names no -1: $context"
grep -qF 'from 0 to 1' <<<"$threshold" || fail "the man page's --threshold entry names no range: $threshold"
[[ -n $min_jobs && -n $max_jobs ]] || fail "the man page's --jobs entry names no range: $jobs"

# accepts NAME ARGS...: exit status 0 (the same document twice)
accepts() {
  local what=$1
  shift
  expect_status "$what" 0 "$RESDIFF" -q "$@" "$NEW" "$NEW"
}

accepts "--width $min_width (the man page's minimum)" --width "$min_width"
accepts "--width 0 (no wrapping)" --width 0
expect_trouble "--width $((min_width - 1))" "--width" "$RESDIFF" --width $((min_width - 1)) "$NEW" "$NEW"
expect_trouble "--width 10" "--width" "$RESDIFF" --width 10 "$NEW" "$NEW"
accepts "-y --width $min_columns (the man page's minimum for -y)" -y --width "$min_columns"
expect_trouble "-y --width $((min_columns - 1))" "--width" "$RESDIFF" -y --width $((min_columns - 1)) "$NEW" "$NEW"
accepts "--context -1" --context -1
expect_trouble "--context -2" "--context" "$RESDIFF" --context -2 "$NEW" "$NEW"
accepts "--threshold 0" --threshold 0
accepts "--threshold 1" --threshold 1
expect_trouble "--threshold 1.01" "--threshold" "$RESDIFF" --threshold 1.01 "$NEW" "$NEW"
expect_trouble "--threshold -0.01" "--threshold" "$RESDIFF" --threshold -0.01 "$NEW" "$NEW"

# batch -j: two folders holding one pair, listed (--list compares nothing)
mkdir -p "$WORK/old" "$WORK/new"
cp "$NEW" "$WORK/old/"
cp "$NEW" "$WORK/new/"
expect_status "batch -j $min_jobs (the man page's minimum)" 0 "$RESDIFF" batch --list -j "$min_jobs" "$WORK/old" "$WORK/new"
expect_status "batch -j $max_jobs (the man page's maximum)" 0 "$RESDIFF" batch --list -j "$max_jobs" "$WORK/old" "$WORK/new"
expect_trouble "batch -j $((min_jobs - 1))" "--jobs" "$RESDIFF" batch --list -j $((min_jobs - 1)) "$WORK/old" "$WORK/new"
expect_trouble "batch -j $((max_jobs + 1))" "--jobs" "$RESDIFF" batch --list -j $((max_jobs + 1)) "$WORK/old" "$WORK/new"

finish
