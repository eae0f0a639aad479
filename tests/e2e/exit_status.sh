# Exit status like diff(1): 0 no differences, 1 differences; 0 for git's external-diff arguments.
source "$(dirname "$0")/lib/common.bash"

expect_status "a file against itself" 0 "$RESDIFF" -q "$NEW" "$NEW"
expect_status "a file against itself, json" 0 "$RESDIFF" -q --format json "$NEW" "$NEW"
expect_status "76/28 vs 80/41" 1 "$RESDIFF" -q "$OLD" "$NEW"
expect_status "76/28 vs 80/41, json" 1 "$RESDIFF" -q --format json "$OLD" "$NEW"
expect_status "two extractions of 80/41" 0 "$RESDIFF" -q "$NEW" "$FIXTURES/A_RES_80_41.extract-1.1.0.md"
expect_status "standard input as OLD" 1 bash -c '"$0" -q - "$2" <"$1"' "$RESDIFF" "$OLD" "$NEW"
expect_status "standard input as NEW, the same text" 0 bash -c '"$0" -q "$1" - <"$1"' "$RESDIFF" "$NEW"
expect_status "parse" 0 "$RESDIFF" -q parse "$NEW"

# git's seven arguments: path old-file old-hex old-mode new-file new-hex new-mode
hex_old=1111111111111111111111111111111111111111
hex_new=2222222222222222222222222222222222222222
expect_status "git external diff, differences" 0 "$RESDIFF" -q res.md "$OLD" $hex_old 100644 "$NEW" $hex_new 100644
if ! grep -q 'res.md' "$OUT"; then fail "git external diff: output does not name res.md"; fi
expect_status "git external diff, a rename (nine arguments)" 0 \
  "$RESDIFF" -q old.md "$OLD" $hex_old 100644 "$NEW" $hex_new 100644 new.md "similarity index 90%"
if ! grep -qF 'old.md → new.md' "$OUT"; then fail "git external diff, rename: output does not name old.md → new.md"; fi
expect_status "git external diff, added file" 0 "$RESDIFF" -q res.md /dev/null . . "$NEW" $hex_new 100644
expect_trouble "git external diff, missing file" "$WORK/gone.md" \
  "$RESDIFF" -q res.md "$WORK/gone.md" $hex_old 100644 "$NEW" $hex_new 100644

finish
