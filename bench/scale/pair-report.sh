#!/bin/sh
# pair-report.sh OLD NEW: one pair's JSON report on one line (the worker of parallel.sh and of
# any engine that runs shell commands). Pretty JSON escapes the newlines inside its strings, so
# taking out the line breaks keeps it valid JSON. Trouble (exit 2) prints instead
# "ERROR<TAB>OLD<TAB>NEW<TAB>message" and exits 0, so that one bad pair never stops a shard.
# $RESDIFF names the binary (default: resdiff on the PATH).
err=$(mktemp)
report=$("${RESDIFF:-resdiff}" -q --format json "$1" "$2" 2>"$err")
status=$?
if [ "$status" -le 1 ]; then
  printf '%s\n' "$report" | tr -d '\n'
  echo
else
  printf 'ERROR\t%s\t%s\t%s\n' "$1" "$2" "$(head -n 1 "$err")"
fi
rm -f "$err"
