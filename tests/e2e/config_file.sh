# The configuration file: $XDG_CONFIG_HOME/resdiff/config (else ~/.config/resdiff/config) sets
# defaults, the command line wins, --no-config leaves it out, and a bad line is one line of
# trouble naming the file and the line (exit status 2, nothing on standard output).
source "$(dirname "$0")/lib/common.bash"

export XDG_CONFIG_HOME=$WORK/xdg HOME=$WORK/home
mkdir -p "$XDG_CONFIG_HOME/resdiff" "$HOME/.config/resdiff"
CONFIG=$XDG_CONFIG_HOME/resdiff/config

# 76/28 → 80/41 has two technical-only recitals (PP1, PP16) and two technical-only operative
# paragraphs (OP5, OP6); PP2 is unchanged and stands next to PP1.
printf '# my defaults\nignore-technical = true\ncontext = 0\n' >"$CONFIG"
run "$RESDIFF" -q "$OLD" "$NEW"
if [[ $RC -eq 1 ]] && grep -qF 'Preamble: 18 → 18 recitals · 5 changed · 13 unchanged' "$OUT" && ! grep -qE '^PP2  ' "$OUT"; then
  pass "the configuration file's ignore-technical and context apply"
else
  fail "config: exit status $RC: $(head -c 500 "$OUT") $(cat "$ERR")"
fi

# the command line wins: --context 1 over context = 0 shows PP4 beside the changed PP5
run "$RESDIFF" -q --context 1 "$OLD" "$NEW"
if [[ $RC -eq 1 ]] && grep -qE '^PP4  Cognizant' "$OUT"; then pass "the command line wins over the file"; else fail "--context 1 over the file: $(head -c 500 "$OUT")"; fi

run "$RESDIFF" -q --no-config "$OLD" "$NEW"
if grep -qF 'Preamble: 18 → 18 recitals · 7 changed (2 technical) · 11 unchanged' "$OUT"; then
  pass "--no-config leaves the file out"
else
  fail "--no-config: $(head -c 300 "$OUT")"
fi

# quiet applies to parse too; view keys parse does not have are passed over
printf 'quiet = true\nstat = true\n' >"$CONFIG"
run "$RESDIFF" parse "$NEW"
if [[ $RC -eq 0 && ! -s $ERR ]] && grep -qx 'symbol: 80/41' "$OUT"; then pass "parse takes quiet from the file"; else fail "parse with a config: exit status $RC: $(cat "$ERR")"; fi
run "$RESDIFF" "$OLD" "$NEW"
if [[ $RC -eq 1 ]] && grep -qF 'PP5  | substantive |' "$OUT" && [[ ! -s $ERR ]]; then pass "stat = true gives the --stat view"; else fail "stat = true: $(head -c 300 "$OUT")"; fi

# docx-numbering = auto gives Word's automatic numbering (word/numbering.xml); the command line wins
printf 'docx-numbering = auto\n' >"$CONFIG"
has_numbering() { python3 -c 'import sys, zipfile; sys.exit(0 if "word/numbering.xml" in zipfile.ZipFile(sys.argv[1]).namelist() else 1)' "$1"; }
run "$RESDIFF" -q --format docx -o "$WORK/auto.docx" "$OLD" "$NEW"
if [[ $RC -eq 1 ]] && has_numbering "$WORK/auto.docx"; then pass "docx-numbering = auto numbers with Word's list"; else fail "docx-numbering = auto: exit status $RC, $(cat "$ERR")"; fi
run "$RESDIFF" -q --format docx --docx-numbering text -o "$WORK/text.docx" "$OLD" "$NEW"
if [[ $RC -eq 1 ]] && ! has_numbering "$WORK/text.docx"; then pass "--docx-numbering text wins over the file"; else fail "--docx-numbering text over the file: exit status $RC"; fi

# bad lines: one line of trouble naming the file and the line
printf 'context = 0\ncolour = never\n' >"$CONFIG"
expect_trouble "an unknown key" "$CONFIG:2: unknown key \"colour\"" "$RESDIFF" "$OLD" "$NEW"
printf '\n\nwidth = 10\n' >"$CONFIG"
expect_trouble "a width the man page refuses" "$CONFIG:3: width = 10: fewer than 20 columns" "$RESDIFF" "$OLD" "$NEW"
printf 'stat\n' >"$CONFIG"
expect_trouble "a line that is not KEY = VALUE" "$CONFIG:1: not KEY = VALUE" "$RESDIFF" "$OLD" "$NEW"
printf 'ignore-case = maybe\n' >"$CONFIG"
expect_trouble "a flag that is neither true nor false" "$CONFIG:1: ignore-case = maybe: not true or false" "$RESDIFF" parse "$NEW"
expect_status "--no-config leaves a bad file out" 1 "$RESDIFF" -q --no-config "$OLD" "$NEW"

# without $XDG_CONFIG_HOME: ~/.config/resdiff/config
rm "$CONFIG"
unset XDG_CONFIG_HOME
printf 'ignore-technical = on\n' >"$HOME/.config/resdiff/config"
run "$RESDIFF" -q "$OLD" "$NEW"
if grep -qF 'Preamble: 18 → 18 recitals · 5 changed · 13 unchanged' "$OUT"; then pass "~/.config/resdiff/config when XDG_CONFIG_HOME is unset"; else fail "HOME config: $(head -c 300 "$OUT")"; fi

finish
