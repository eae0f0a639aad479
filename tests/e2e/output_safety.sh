# Nothing the user owns is lost (issue 9 part 9, issue 13 part 1): -o never replaces an input, a
# device, a FIFO or a link, an existing file keeps its mode, owner and links, no temporary file
# stays behind after a signal, and a reader of standard output that goes away ends the run at
# once, even with SIGPIPE ignored. Each check says what happened before it was fixed.
source "$(dirname "$0")/lib/common.bash"

D=$WORK/d
mkdir "$D"
cp "$OLD" "$D/a.md"
cp "$NEW" "$D/b.md"
run "$RESDIFF" -q --color=never "$D/a.md" "$D/b.md"
cp "$OUT" "$WORK/expected.txt"
unchanged() { cmp -s "$1" "$2" && pass "$3" || fail "$3: the file changed"; }

# ---- -o naming an input, through any path or link (before: exit 0, the draft replaced) -------
ln "$D/a.md" "$D/hard.md"
ln -s a.md "$D/soft.md"
for target in "$D/a.md" "$D/./a.md" "$D/hard.md" "$D/soft.md" "$D/b.md"; do
  expect_trouble "-o ${target#$D/} (an input) is refused" "refusing to overwrite it" "$RESDIFF" -q -o "$target" "$D/a.md" "$D/b.md"
done
unchanged "$D/a.md" "$OLD" "the input a.md is untouched"
unchanged "$D/b.md" "$NEW" "the input b.md is untouched"
expect_trouble "parse -o FILE is refused" "refusing to overwrite it" "$RESDIFF" parse -o "$D/soft.md" "$D/a.md"
expect_trouble "log -o FILE naming one of its versions is refused" "refusing to overwrite it" "$RESDIFF" log -o "$D/hard.md" "$D/a.md" "$D/b.md"
expect_trouble "blame -o FILE naming one of its versions is refused" "refusing to overwrite it" "$RESDIFF" blame -o "$D/b.md" "$D/a.md" "$D/b.md"
expect_trouble "-o naming standard input's file" "the same file as the input standard input" \
  sh -c 'exec "$0" -q -o "$1" - "$2" <"$1"' "$RESDIFF" "$D/a.md" "$D/b.md"
unchanged "$D/a.md" "$OLD" "standard input's file is untouched"

# ---- a FIFO is written to, never replaced (before: replaced by a regular file) ----------------
mkfifo "$D/out.fifo"
cat "$D/out.fifo" >"$WORK/from-fifo.txt" &
reader=$!
expect_status "-o FIFO" 1 "$RESDIFF" -q --color=never -o "$D/out.fifo" "$D/a.md" "$D/b.md"
if [[ -p $D/out.fifo ]]; then
  pass "the FIFO is still a FIFO"
else
  fail "the FIFO was replaced by a $(stat -c %F "$D/out.fifo")"
  kill "$reader" 2>/dev/null || true  # it waits for a writer that never comes
fi
wait "$reader" || true
unchanged "$WORK/from-fifo.txt" "$WORK/expected.txt" "the FIFO's reader got the report"

# ---- devices: written to, never replaced (before, as root: /dev/full became a regular file) ---
# As root a binary with that bug would replace the machine's own /dev/null, so root tests it on
# private device nodes (the same devices, made with mknod) and a private link to /proc/self/fd/1;
# anyone else cannot replace what is in /dev and uses the real ones.
devices=true
if [[ $(id -u) -ne 0 ]]; then
  dev_null=/dev/null dev_full=/dev/full dev_stdout=/dev/stdout
elif mknod -m 666 "$WORK/dev-null" c 1 3 && mknod -m 666 "$WORK/dev-full" c 1 7; then
  ln -s /proc/self/fd/1 "$WORK/dev-stdout"
  dev_null=$WORK/dev-null dev_full=$WORK/dev-full dev_stdout=$WORK/dev-stdout
else
  devices=false
  pass "(root without mknod: the device checks are left out rather than run on the machine's /dev)"
fi
if $devices; then
expect_trouble "-o /dev/full: the device's error" "$dev_full: cannot write: No space left on device" "$RESDIFF" -q -o "$dev_full" "$D/a.md" "$D/b.md"
[[ -c $dev_full ]] && pass "/dev/full is still a character device" || fail "/dev/full is no longer a device"
expect_status "-o /dev/null" 1 "$RESDIFF" -q -o "$dev_null" "$D/a.md" "$D/b.md"
[[ -c $dev_null ]] && pass "/dev/null is still a character device" || fail "/dev/null is no longer a device"
run sh -c 'exec "$0" -q --color=never -o "$3" "$1" "$2"' "$RESDIFF" "$D/a.md" "$D/b.md" "$dev_stdout"
unchanged "$OUT" "$WORK/expected.txt" "-o /dev/stdout writes to standard output"
"$RESDIFF" -q --color=never -o "$dev_stdout" "$D/a.md" "$D/b.md" >"$D/redirected.txt" || true
unchanged "$D/redirected.txt" "$WORK/expected.txt" "-o /dev/stdout redirected to a file"
[[ -L $dev_stdout ]] && pass "/dev/stdout is still a link" || fail "/dev/stdout was replaced"
fi

# ---- an existing file keeps its mode, owner and links (before: 0600 → 0644, links split) -----
echo old >"$D/private.txt"
chmod 600 "$D/private.txt"
expect_status "-o an existing 0600 file" 1 "$RESDIFF" -q --color=never -o "$D/private.txt" "$D/a.md" "$D/b.md"
[[ $(stat -c %a "$D/private.txt") == 600 ]] && pass "its mode stays 0600" || fail "its mode became $(stat -c %a "$D/private.txt")"
unchanged "$D/private.txt" "$WORK/expected.txt" "it holds the report"
echo old >"$D/linked.txt"
ln "$D/linked.txt" "$D/other-name.txt"
inode=$(stat -c %i "$D/linked.txt")
expect_status "-o a file with two names" 1 "$RESDIFF" -q --color=never -o "$D/linked.txt" "$D/a.md" "$D/b.md"
[[ $(stat -c %i "$D/linked.txt") == "$inode" && $(stat -c %h "$D/linked.txt") == 2 ]] && pass "its hard link is kept" || fail "its hard link was split"
unchanged "$D/other-name.txt" "$WORK/expected.txt" "the other name sees the report"
if [[ $(id -u) -eq 0 ]]; then
  echo old >"$D/theirs.txt"
  chown 4321:4321 "$D/theirs.txt"
  expect_status "-o another user's file (as root)" 1 "$RESDIFF" -q -o "$D/theirs.txt" "$D/a.md" "$D/b.md"
  [[ $(stat -c %u:%g "$D/theirs.txt") == 4321:4321 ]] && pass "its owner stays 4321:4321" || fail "its owner became $(stat -c %u:%g "$D/theirs.txt")"
fi

# ---- a symlink is written through (before: replaced by a regular file) ------------------------
echo old >"$D/real.txt"
ln -s real.txt "$D/link.txt"
expect_status "-o a symlink" 1 "$RESDIFF" -q --color=never -o "$D/link.txt" "$D/a.md" "$D/b.md"
[[ -L $D/link.txt && $(readlink "$D/link.txt") == real.txt ]] && pass "the link is still a link" || fail "the link was replaced"
unchanged "$D/real.txt" "$WORK/expected.txt" "the file it points to holds the report"
ln -s not-yet.txt "$D/dangling.txt"
expect_status "-o a dangling symlink" 1 "$RESDIFF" -q --color=never -o "$D/dangling.txt" "$D/a.md" "$D/b.md"
[[ -L $D/dangling.txt ]] && unchanged "$D/not-yet.txt" "$WORK/expected.txt" "a dangling link gets the file it names" || fail "the dangling link was replaced"

leftovers=$(find "$D" -name '.*resdiff-*')
[[ -z $leftovers ]] && pass "no temporary file left behind" || fail "temporary files left: $leftovers"

# ---- no temporary file left on failure or signal (before: .FILE.resdiff-XXXXXX stayed) -------
big_old=$FIXTURES/A_RES_80_5.extract-1.0.0.md
big_new=$FIXTURES/A_RES_80_5.md
mkdir "$D/sig"
# A file size limit (ulimit -f 128: 64 or 128 KiB) stops the 280 KB report in mid-write. Before: SIGXFSZ
# killed resdiff with its temporary file left; now the write fails, which is trouble, and the
# temporary file goes.
expect_trouble "-o past ulimit -f" "report.json: cannot write: File too large" \
  sh -c 'ulimit -f 128; exec "$0" -q --format json -o "$1" "$2" "$3"' "$RESDIFF" "$D/sig/report.json" "$big_old" "$big_new"
leftovers=$(find "$D/sig" -name '.*resdiff-*')
[[ -z $leftovers && ! -e $D/sig/report.json ]] && pass "past ulimit -f: no file and no temporary file left" || fail "past ulimit -f, left: $leftovers $(ls "$D/sig")"
# Signals at moments spread over a comparison that takes a while (80/5, 166 annex paragraphs);
# whichever moment one lands, nothing may stay behind (tests/test_cli_signals.cpp sends one
# exactly while the temporary file exists).
for delay in 0.02 0.1 0.2 0.4 0.7; do
  for sig in INT TERM; do
    "$RESDIFF" -q --format docx -o "$D/sig/report.docx" "$big_old" "$big_new" &
    pid=$!
    sleep "$delay"
    kill -s "$sig" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
done
leftovers=$(find "$D/sig" -name '.*resdiff-*')
[[ -z $leftovers ]] && pass "SIGINT/SIGTERM during -o (10 runs): no temporary file left" || fail "temporary files left after signals: $leftovers"

# ---- standard output closed or gone ----------------------------------------------------------
run sh -c 'exec "$0" -q "$1" "$2" >&-' "$RESDIFF" "$D/a.md" "$D/b.md"
[[ $RC -eq 2 ]] && grep -q '^resdiff: standard output: closed' "$ERR" && pass "a closed standard output is trouble at once: $(cat "$ERR")" || fail "closed standard output: exit $RC, $(cat "$ERR")"
run sh -c 'exec "$0" -q -o "$3" "$1" "$2" >&-' "$RESDIFF" "$D/a.md" "$D/b.md" "$D/closed.txt"
[[ $RC -eq 1 ]] && unchanged "$D/closed.txt" "$WORK/expected.txt" "with standard output closed, -o FILE still works" || fail "-o with stdout closed: exit $RC, $(cat "$ERR")"
# A FIFO input nobody writes keeps resdiff waiting; the reader of its output goes away at once.
# Before: it waited for ever (for a long comparison, 104 s) before noticing.
mkfifo "$D/never.fifo"
for ignored in no yes; do
  start=$(date +%s%N)
  set +e
  if [[ $ignored == yes ]]; then
    ( trap '' PIPE; exec timeout -s KILL 20 "$RESDIFF" "$D/never.fifo" "$D/b.md" ) 2>"$ERR" | true
  else
    timeout -s KILL 20 "$RESDIFF" "$D/never.fifo" "$D/b.md" 2>"$ERR" | true
  fi
  status=${PIPESTATUS[0]}
  set -e
  took=$((($(date +%s%N) - start) / 1000000))
  if [[ $status -eq 141 && ! -s $ERR && $took -lt 5000 ]]; then
    pass "reader gone (SIGPIPE ignored: $ignored): ended in ${took} ms, silently, as SIGPIPE does"
  else
    fail "reader gone (SIGPIPE ignored: $ignored): status $status after ${took} ms, stderr: $(cat "$ERR")"
  fi
done
# resdiff a b | head: the reader takes what it wants and goes while resdiff is still writing
# (280 KB of JSON, more than a pipe holds); resdiff ends without a message, as SIGPIPE does.
# Before, with SIGPIPE ignored: "resdiff: standard output: Broken pipe", exit status 2.
for ignored in no yes; do
  set +e
  if [[ $ignored == yes ]]; then
    ( trap '' PIPE; exec "$RESDIFF" -q --format json "$big_old" "$big_new" ) 2>"$ERR" | head -c 100 >/dev/null
  else
    "$RESDIFF" -q --format json "$big_old" "$big_new" 2>"$ERR" | head -c 100 >/dev/null
  fi
  status=${PIPESTATUS[0]}
  set -e
  [[ $status -eq 141 && ! -s $ERR ]] && pass "| head (SIGPIPE ignored: $ignored): status 141, no message" || fail "| head (SIGPIPE ignored: $ignored): status $status, $(cat "$ERR")"
done

# ---- the time limit: a run that cannot finish gives up, naming the inputs ---------------------
start=$SECONDS
expect_trouble "--time-limit 1 on an input that never comes" "gave up after 1 second (resdiff's time limit" timeout -s KILL 20 "$RESDIFF" --time-limit 1 "$D/never.fifo" "$D/b.md"
[[ $((SECONDS - start)) -le 5 ]] && pass "the time limit ended the run in $((SECONDS - start)) s" || fail "the time limit took $((SECONDS - start)) s"

finish
