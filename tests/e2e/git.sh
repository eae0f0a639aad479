# resdiff inside git: as GIT_EXTERNAL_DIFF / diff.external (git's seven arguments), as a difftool,
# and as a textconv driver through `resdiff parse`, on a temporary repository with two commits.
source "$(dirname "$0")/lib/common.bash"

if ! command -v git >/dev/null; then
  fail "git is not installed (scripts/install-deps.sh installs it)"
  finish
fi

repo=$WORK/repo
git init -q "$repo"
cd "$repo"
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org \
  GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org GIT_PAGER=cat PAGER=cat
cp "$OLD" resolution.md
git add resolution.md
git commit -qm "76/28"
cp "$NEW" resolution.md
git commit -qam "80/41"

run env GIT_EXTERNAL_DIFF="$RESDIFF -q --color=never" git diff HEAD~1 HEAD
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/76/28' "$OUT" && grep -qF 'PP5  changed' "$OUT" && grep -qF 'resolution.md → resolution.md' "$OUT"; then
  pass "GIT_EXTERNAL_DIFF"
else
  fail "GIT_EXTERNAL_DIFF: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

run git -c diff.external="$RESDIFF -q" diff --ext-diff HEAD~1 HEAD
if [[ $RC -eq 0 ]] && grep -qF 'OP5  changed · technical' "$OUT"; then pass "diff.external"; else fail "diff.external: exit status $RC: $(cat "$ERR")"; fi

run git difftool -y -x "$RESDIFF -q" HEAD~1 HEAD
if grep -qF 'A/RES/80/41' "$OUT"; then pass "git difftool -x resdiff"; else fail "difftool: $(cat "$ERR")"; fi

run git -c difftool.resdiff.cmd="$RESDIFF -q \"\$LOCAL\" \"\$REMOTE\"" difftool -y -t resdiff HEAD~1 HEAD
if grep -qF 'A/RES/80/41' "$OUT"; then pass "difftool.resdiff.cmd"; else fail "difftool.resdiff.cmd: $(cat "$ERR")"; fi

echo '*.md diff=resolution' >.gitattributes
run git -c diff.resolution.textconv="$RESDIFF parse -q" diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qx -- '-PP1: Recalling its resolution 75/58 of 7 December 2020,' "$OUT" &&
  grep -qx -- '+PP1: Recalling its resolution 79/42 of 2 December 2024,' "$OUT"; then
  pass "textconv through resdiff parse"
else
  fail "textconv: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

finish
