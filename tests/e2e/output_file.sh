# -o FILE: the output goes to FILE (nothing on standard output); on trouble no file is written,
# an existing one is left as it was, and no temporary file stays behind.
source "$(dirname "$0")/lib/common.bash"

mkdir "$WORK/out"
expect_status "-o FILE, text" 1 "$RESDIFF" -q -o "$WORK/out/report.txt" "$OLD" "$NEW"
if [[ -s $OUT ]]; then fail "-o FILE: wrote to standard output too"; fi
run "$RESDIFF" -q --color=never "$OLD" "$NEW"
if cmp -s "$OUT" "$WORK/out/report.txt"; then pass "-o FILE holds what standard output would"; else fail "-o FILE differs from standard output"; fi
if grep -qF $'\x1b[' "$WORK/out/report.txt"; then fail "-o FILE with auto colour: ANSI escapes"; fi

expect_status "--output=FILE, json" 1 "$RESDIFF" -q --format json --output="$WORK/out/report.json" "$OLD" "$NEW"
if "$PYTHON" -c 'import json,sys; json.load(open(sys.argv[1]))' "$WORK/out/report.json"; then
  pass "-o FILE json parses"
else
  fail "-o FILE json does not parse"
fi
expect_status "parse -o FILE" 0 "$RESDIFF" -q parse --format json -o "$WORK/out/parse.json" "$NEW"
[[ -s $WORK/out/parse.json ]] || fail "parse -o FILE: no file"

# trouble: nothing written, the old file untouched, no temporary left
echo "previous content" >"$WORK/out/keep.txt"
expect_trouble "-o FILE, missing input" "$WORK/missing.md" "$RESDIFF" -o "$WORK/out/keep.txt" "$OLD" "$WORK/missing.md"
[[ $(cat "$WORK/out/keep.txt") == "previous content" ]] || fail "an existing output file was changed on trouble"
expect_trouble "-o FILE, missing input, new file" "$WORK/missing.md" "$RESDIFF" -o "$WORK/out/new.txt" "$WORK/missing.md" "$NEW"
[[ -e $WORK/out/new.txt ]] && fail "an output file was written on trouble"
# (no -q: the reader's warnings about the input must not add lines to trouble)
expect_trouble "-o into a missing directory" "$WORK/nowhere/report.txt" "$RESDIFF" -o "$WORK/nowhere/report.txt" "$OLD" "$NEW"
expect_trouble "-o onto a directory" "$WORK/out" "$RESDIFF" -q -o "$WORK/out" "$OLD" "$NEW"
leftovers=$(find "$WORK/out" -name '.*' -type f)
if [[ -n $leftovers ]]; then fail "temporary files left behind: $leftovers"; else pass "no temporary files left behind"; fi
expected="keep.txt parse.json report.json report.txt"
actual=$(ls "$WORK/out" | sort | tr '\n' ' ' | sed 's/ $//')
[[ $actual == "$expected" ]] || fail "files in the output directory: $actual (expected $expected)"

finish
