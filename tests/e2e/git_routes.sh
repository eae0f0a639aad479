# resdiff inside git, every route of README's "Using resdiff with git", configured exactly as the
# README says (resdiff found on PATH): GIT_EXTERNAL_DIFF and diff.external (git's seven
# arguments, exit 0), git difftool -x and difftool.resdiff.cmd (with and without
# --trust-exit-code), textconv through `resdiff parse --format text` for *.md, *.docx and *.pdf,
# and git log -p with both. A temporary repository holds two commits: 76/28, then 80/41.
source "$(dirname "$0")/lib/common.bash"

if ! command -v git >/dev/null; then
  fail "git is not installed (scripts/install-deps.sh installs it)"
  finish
fi

# `resdiff` on PATH, as a user has it after `cmake --install`.
mkdir -p "$WORK/bin"
ln -s "$RESDIFF" "$WORK/bin/resdiff"
export PATH="$WORK/bin:$PATH"

repo=$WORK/repo
git init -q "$repo"
cd "$repo"
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org \
  GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org GIT_PAGER=cat PAGER=cat
FORMATS=$FIXTURES/formats
cp "$OLD" resolution.md
cp "$FORMATS/A_RES_76_28.docx" resolution.docx
cp "$FORMATS/A_RES_76_28.pdf" resolution.pdf
git add resolution.md resolution.docx resolution.pdf
git commit -qm "76/28"
cp "$NEW" resolution.md
cp "$FORMATS/A_RES_80_41.docx" resolution.docx
cp "$FORMATS/A_RES_80_41.pdf" resolution.pdf
git commit -qam "80/41"

# --- external diff: git's seven arguments, exit status 0 -------------------------------------
run env GIT_EXTERNAL_DIFF="resdiff -q --color=never" git diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/76/28' "$OUT" && grep -qF 'PP5  changed' "$OUT" &&
  grep -qF 'resolution.md → resolution.md' "$OUT"; then
  pass "GIT_EXTERNAL_DIFF"
else
  fail "GIT_EXTERNAL_DIFF: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

git config diff.external "resdiff -q"
run git diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'OP5  changed · technical' "$OUT"; then pass "diff.external"; else fail "diff.external: exit status $RC: $(cat "$ERR")"; fi

run git diff --ext-diff HEAD~1 HEAD -- resolution.docx
if [[ $RC -eq 0 ]] && grep -qF 'PP5  changed' "$OUT" && grep -qF 'resolution.docx → resolution.docx' "$OUT"; then
  pass "diff.external on a .docx"
else
  fail "diff.external on a .docx: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

run git log -p --ext-diff -1 --format='commit %s' -- resolution.md
if [[ $RC -eq 0 ]] && grep -qx 'commit 80/41' "$OUT" && grep -qF 'PP5  changed' "$OUT"; then
  pass "git log -p --ext-diff with diff.external"
else
  fail "git log -p --ext-diff: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi
git config --unset diff.external

# --- difftool ---------------------------------------------------------------------------------
run git difftool -y -x resdiff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT"; then pass "git difftool -y -x resdiff"; else fail "difftool -x: exit status $RC: $(cat "$ERR")"; fi

run git difftool --trust-exit-code -y -x resdiff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT"; then
  pass "git difftool --trust-exit-code -x resdiff (differences are not an error)"
else
  fail "difftool --trust-exit-code: exit status $RC: $(cat "$ERR")"
fi

# trouble still stops difftool --trust-exit-code: an unreadable (binary) file
printf '\0\1\2binary' >garbage.md
git add garbage.md
git commit -qm garbage
run git difftool --trust-exit-code -y -x resdiff HEAD~1 HEAD -- garbage.md
if [[ $RC -ne 0 ]] && grep -qF 'resdiff: ' "$ERR"; then pass "difftool --trust-exit-code stops on trouble"; else fail "difftool on trouble: exit status $RC: $(cat "$ERR")"; fi
git reset -q --hard HEAD~1

git config difftool.resdiff.cmd 'resdiff "$LOCAL" "$REMOTE"'
git config diff.tool resdiff
run git difftool -y HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT" && grep -qF 'PP5  changed' "$OUT"; then
  pass "difftool.resdiff.cmd with diff.tool=resdiff"
else
  fail "difftool.resdiff.cmd: exit status $RC: $(cat "$ERR")"
fi
run git difftool -y -t resdiff HEAD~1 HEAD -- resolution.docx
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT"; then pass "git difftool -t resdiff on a .docx"; else fail "difftool -t resdiff .docx: exit status $RC: $(cat "$ERR")"; fi

# --- textconv ---------------------------------------------------------------------------------
git config diff.resdiff.textconv 'resdiff parse -q --format text'
git config diff.resdiff.cachetextconv true
printf '%s\n' '*.md diff=resdiff' '*.docx diff=resdiff' '*.pdf diff=resdiff' >.gitattributes

# expect_pp1 WHAT FILE: git diff of FILE shows PP1's change as one removed and one added line
expect_pp1() {
  local what=$1 file=$2
  run git diff HEAD~1 HEAD -- "$file"
  if [[ $RC -eq 0 ]] && grep -qx -- '-PP1: Recalling its resolution 75/58 of 7 December 2020,' "$OUT" &&
    grep -qx -- '+PP1: Recalling its resolution 79/42 of 2 December 2024,' "$OUT"; then
    pass "$what"
  else
    fail "$what: exit status $RC: $(head -c 600 "$OUT") $(cat "$ERR")"
  fi
}
expect_pp1 "textconv for *.md" resolution.md
expect_pp1 "textconv for *.docx" resolution.docx
expect_pp1 "textconv for *.pdf" resolution.pdf

run git log -p -1 --format='commit %s' -- resolution.docx
if [[ $RC -eq 0 ]] && grep -qx 'commit 80/41' "$OUT" && grep -qx -- '+PP1: Recalling its resolution 79/42 of 2 December 2024,' "$OUT"; then
  pass "git log -p with the textconv driver"
else
  fail "git log -p textconv: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

run git diff --word-diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'PP5: Recalling Security Council [-resolution-]{+resolutions+}' "$OUT"; then
  pass "textconv with git diff --word-diff"
else
  fail "textconv --word-diff: $(head -c 600 "$OUT") $(cat "$ERR")"
fi

finish
