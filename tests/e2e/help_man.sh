# Every option in `resdiff --help`, `resdiff parse --help`, `resdiff batch --help`, `resdiff log --help`
# and `resdiff blame --help` is documented in man/resdiff.1,
# and every option the man page documents is in --help; the man page names the current version.
source "$(dirname "$0")/lib/common.bash"

MAN=$SOURCE_DIR/man/resdiff.1

help_options() {
  # option names from the Options sections of the help texts, one a line: "-o", "--output"
  { "$RESDIFF" --help; "$RESDIFF" parse --help; "$RESDIFF" batch --help; "$RESDIFF" log --help; "$RESDIFF" blame --help; } </dev/null |
    grep -E '^ +-' | sed -E 's/^ +//; s/ .*//' | tr ',' '\n' | sed -E 's/[=:].*//' | sort -u
}

man_options() {
  # option names from the term lines (after .TP) of the man page: \-o and \-\-output
  awk 'previous == ".TP" { print } { previous = $1 }' "$MAN" |
    grep -oE '\\-\\-[a-z][a-z\\-]*|(^|[^-a-z\\])\\-[a-zA-Z]($|[^a-zA-Z\\-])' |
    sed -E 's/\\-/-/g; s/^[^-]*//; s/[^a-zA-Z-]$//' | sort -u
}

if ! help_options >"$WORK/help.txt"; then fail "resdiff --help failed"; fi
man_options >"$WORK/man.txt"
[[ -s $WORK/help.txt ]] || fail "no options found in --help"
[[ -s $WORK/man.txt ]] || fail "no options found in the man page"

missing_in_man=$(comm -23 "$WORK/help.txt" "$WORK/man.txt")
missing_in_help=$(comm -13 "$WORK/help.txt" "$WORK/man.txt")
if [[ -n $missing_in_man ]]; then fail "in --help but not in man/resdiff.1: $(echo $missing_in_man)"; fi
if [[ -n $missing_in_help ]]; then fail "in man/resdiff.1 but not in --help: $(echo $missing_in_help)"; fi
[[ -z $missing_in_man$missing_in_help ]] && pass "--help and the man page agree on $(wc -l <"$WORK/help.txt") options: $(echo $(cat "$WORK/help.txt"))"

# every output format and every exit status the binary knows is in the man page
for word in text json markdown 'EXIT STATUS' NO_COLOR ENVIRONMENT FILES 'SEE ALSO' EXAMPLES; do
  grep -qF -- "$word" "$MAN" || fail "the man page does not mention $word"
done
for status in 0 1 2; do
  awk -v s="$status" 'previous == ".TP" && $0 == ".B " s { found = 1 } { previous = $1 } END { exit !found }' "$MAN" ||
    fail "the man page does not document exit status $status"
done

version=$("$RESDIFF" --version </dev/null)
grep -qF "\"$version\"" "$MAN" || fail "the man page's .TH line does not say \"$version\""

# the page is well-formed troff (when groff is there to check it)
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$MAN" 2>&1)
  [[ -z $warnings ]] || fail "groff warns about the man page: $warnings"
fi

finish
