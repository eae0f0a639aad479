# Bad input: exit status 2, nothing on standard output, one line on standard error naming the file.
source "$(dirname "$0")/lib/common.bash"

printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00' >"$WORK/program.bin"
head -c 4096 /dev/urandom >>"$WORK/program.bin"
# invalid UTF-8: a UTF-8 byte-order mark, then bytes that are not UTF-8 (text in a legacy
# encoding without a BOM may be decoded by the reader, with a warning; this may not)
printf '\xef\xbb\xbfThe General Assembly,\n\nRecalling caf\xc3\x28 and \xff,\n' >"$WORK/bad-utf8.txt"
# bytes that are neither UTF-8 nor text in any legacy encoding, with no NUL byte among them
"$PYTHON" -c 'import sys; sys.stdout.buffer.write(bytes(range(0x80, 0x100)) * 8)' >"$WORK/high-bytes.bin"
mkdir "$WORK/folder"

expect_trouble "missing old file" "$WORK/missing.md" "$RESDIFF" "$WORK/missing.md" "$NEW"
expect_trouble "missing new file" "$WORK/missing.md" "$RESDIFF" "$OLD" "$WORK/missing.md"
expect_trouble "binary file" "$WORK/program.bin" "$RESDIFF" "$WORK/program.bin" "$NEW"
expect_trouble "invalid UTF-8" "$WORK/bad-utf8.txt" "$RESDIFF" "$OLD" "$WORK/bad-utf8.txt"
expect_trouble "high bytes, no NUL" "$WORK/high-bytes.bin" "$RESDIFF" "$OLD" "$WORK/high-bytes.bin"
expect_trouble "a directory" "$WORK/folder" "$RESDIFF" "$WORK/folder" "$NEW"
expect_trouble "json: missing file" "$WORK/missing.md" "$RESDIFF" --format json "$OLD" "$WORK/missing.md"
expect_trouble "parse: missing file" "$WORK/missing.md" "$RESDIFF" parse "$WORK/missing.md"
expect_trouble "parse: binary file" "$WORK/program.bin" "$RESDIFF" parse --format json "$WORK/program.bin"
expect_trouble "parse: invalid UTF-8" "$WORK/bad-utf8.txt" "$RESDIFF" parse "$WORK/bad-utf8.txt"

# usage errors: one line too, exit status 2
expect_trouble "standard input twice" "-" "$RESDIFF" - -
expect_trouble "one file" "OLD and NEW" "$RESDIFF" "$OLD"
expect_trouble "no file" "OLD and NEW" "$RESDIFF"
expect_trouble "unknown option" "--no-such-option" "$RESDIFF" --no-such-option "$OLD" "$NEW"
expect_trouble "unknown colour" "--color" "$RESDIFF" --color=sometimes "$OLD" "$NEW"
expect_trouble "parse has no html format" "html" "$RESDIFF" parse --format html "$NEW"
expect_trouble "unknown format" "yaml" "$RESDIFF" --format yaml "$OLD" "$NEW"
expect_trouble "threshold out of range" "--threshold" "$RESDIFF" --threshold 2 "$OLD" "$NEW"
expect_trouble "parse without a file" "FILE" "$RESDIFF" parse

# warnings (what the reader repaired) are "resdiff: FILE: warning: ..." lines, and -q silences them
run "$RESDIFF" "$OLD" "$NEW"
if [[ $RC -eq 1 ]] && ! grep -qv '^resdiff: .*: warning: ' "$ERR"; then pass "warnings: $(wc -l <"$ERR") line(s), each 'resdiff: FILE: warning: ...'"; else fail "warnings: exit status $RC, stderr: $(cat "$ERR")"; fi
run "$RESDIFF" -q "$OLD" "$NEW"
if [[ -s $ERR ]]; then fail "-q: standard error is not empty: $(cat "$ERR")"; else pass "-q: no warnings"; fi

finish
