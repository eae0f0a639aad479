# resdiff inside git, every route of README's "Using resdiff with git", configured exactly as the
# README says (resdiff found on PATH), on a temporary repository whose two commits hold 76/28
# and then 80/41 (Markdown, DOCX, PDF) beside files that are no resolutions: a PNG image, a
# Python file and a C file whose indentation changes (spaces, tabs), and a text of notes. Routes: GIT_EXTERNAL_DIFF and diff.external (git's
# seven arguments, exit 0), the scoped driver diff.resdiff.command with .gitattributes, git
# difftool -x and difftool.resdiff.cmd (with and without --trust-exit-code), textconv through
# `resdiff parse --format text --no-labels` for *.md, *.docx and *.pdf, and git log -p with both.
# Git must never break: the image is one line "Binary files … differ", the code a plain line
# diff with its indentation.
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
unset XDG_CONFIG_HOME
FORMATS=$FIXTURES/formats
cp "$OLD" resolution.md
cp "$FORMATS/A_RES_76_28.docx" resolution.docx
cp "$FORMATS/A_RES_76_28.pdf" resolution.pdf
cp "$SOURCE_DIR/docs/report-76-28-vs-80-41.png" logo.png
printf 'def f(x):\n    if x:\n        return 1\n    return 0\n' >app.py
printf 'int f(int x) {\n\tif (x)\n\t\treturn 1;\n\treturn 0;\n}\n' >main.c
printf 'Things to ask the Secretariat\n\n  - the dates of the next session\n' >notes.txt
git add resolution.md resolution.docx resolution.pdf logo.png app.py main.c notes.txt
git commit -qm "76/28"
cp "$NEW" resolution.md
cp "$FORMATS/A_RES_80_41.docx" resolution.docx
cp "$FORMATS/A_RES_80_41.pdf" resolution.pdf
cp "$SOURCE_DIR/docs/docx-76-28-vs-80-41.png" logo.png
printf 'def f(x):\n    if x:\n            return 2\n    return 0\n' >app.py
printf 'int f(int x) {\n\tif (x)\n\t\t\treturn 2;\n\treturn 0;\n}\n' >main.c
printf 'Things to ask the Secretariat\n\n  - the dates of the next session\n  - the venue\n' >notes.txt
git commit -qam "80/41"

# the non-resolutions as git must show them: the image passed through in one line, the code as
# a line diff that keeps every blank of its lines
expect_others() {
  local what=$1
  if grep -qxF 'Binary files a/logo.png and b/logo.png differ' "$OUT" &&
    grep -qxF 'resdiff: app.py is not a resolution: plain line diff' "$OUT" &&
    grep -qx -- '-        return 1' "$OUT" && grep -qx -- '+            return 2' "$OUT" &&
    grep -qxF 'resdiff: main.c is not a resolution: plain line diff' "$OUT" &&
    grep -qxP -- '-\t\treturn 1;' "$OUT" && grep -qxP -- '\+\t\t\treturn 2;' "$OUT" &&
    grep -qxF 'resdiff: notes.txt is not a resolution: plain line diff' "$OUT" && grep -qxF -- '+  - the venue' "$OUT"; then
    pass "$what: the PNG in one line, app.py and main.c as line diffs with their indentation, notes.txt too"
  else
    fail "$what: the PNG, app.py, main.c or notes.txt: $(grep -A8 -E 'logo|app.py|main.c|notes.txt' "$OUT" | head -c 900)"
  fi
}

# --- external diff: git's seven arguments, exit status 0 -------------------------------------
run env GIT_EXTERNAL_DIFF="resdiff -q --color=never" git diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/76/28' "$OUT" && grep -qF 'PP5  changed' "$OUT" &&
  grep -qF 'resolution.md → resolution.md' "$OUT"; then
  pass "GIT_EXTERNAL_DIFF"
else
  fail "GIT_EXTERNAL_DIFF: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi
run env GIT_EXTERNAL_DIFF="resdiff -q" git diff HEAD~1 HEAD
if [[ $RC -eq 0 ]] && grep -qF 'PP5  changed' "$OUT"; then pass "GIT_EXTERNAL_DIFF over the whole commit"; else fail "GIT_EXTERNAL_DIFF, whole commit: exit status $RC: $(cat "$ERR")"; fi
expect_others "GIT_EXTERNAL_DIFF"

git config diff.external "resdiff -q"
run git diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'OP5  changed · technical' "$OUT"; then pass "diff.external"; else fail "diff.external: exit status $RC: $(cat "$ERR")"; fi

run git diff HEAD~1 HEAD
if [[ $RC -eq 0 ]] && grep -qF 'OP5  changed · technical' "$OUT" && ! grep -qF 'external diff died' "$ERR"; then
  pass "diff.external over the whole commit: exit status 0, git does not die"
else
  fail "diff.external over the whole commit: exit status $RC: $(cat "$ERR")"
fi
expect_others "diff.external"

run git diff --ext-diff HEAD~1 HEAD -- resolution.docx
if [[ $RC -eq 0 ]] && grep -qF 'PP5  changed' "$OUT" && grep -qF 'resolution.docx → resolution.docx' "$OUT"; then
  pass "diff.external on a .docx"
else
  fail "diff.external on a .docx: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

run git log -p --ext-diff -1 --format='commit %s'
if [[ $RC -eq 0 ]] && grep -qx 'commit 80/41' "$OUT" && grep -qF 'PP5  changed' "$OUT"; then
  pass "git log -p --ext-diff with diff.external"
else
  fail "git log -p --ext-diff: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi
expect_others "git log -p --ext-diff"
git config --unset diff.external

# --- the scoped route: diff.resdiff.command for the files .gitattributes names ----------------
git config diff.resdiff.command 'resdiff -q'
printf '%s\n' '*.md diff=resdiff' '*.docx diff=resdiff' '*.pdf diff=resdiff' >.gitattributes
run git diff HEAD~1 HEAD
if [[ $RC -eq 0 ]] && grep -qF 'PP5  changed' "$OUT" && grep -qF 'resolution.pdf → resolution.pdf' "$OUT" &&
  grep -qxF 'Binary files a/logo.png and b/logo.png differ' "$OUT" && grep -qx -- '+            return 2' "$OUT" &&
  ! grep -qF 'resdiff: app.py' "$OUT"; then
  pass "diff.resdiff.command with .gitattributes: resdiff for the resolutions, git's own diff for the rest"
else
  fail "diff.resdiff.command: exit status $RC: $(head -c 600 "$OUT") $(cat "$ERR")"
fi
git config --unset diff.resdiff.command
rm .gitattributes

# --- difftool ---------------------------------------------------------------------------------
run git difftool -y -x resdiff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT"; then pass "git difftool -y -x resdiff"; else fail "difftool -x: exit status $RC: $(cat "$ERR")"; fi

run git difftool --trust-exit-code -y -x resdiff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT"; then
  pass "git difftool --trust-exit-code -x resdiff (differences are not an error)"
else
  fail "difftool --trust-exit-code: exit status $RC: $(cat "$ERR")"
fi

run git difftool --trust-exit-code -y -x resdiff HEAD~1 HEAD
if [[ $RC -eq 0 ]] && grep -qF 'A/RES/80/41' "$OUT"; then
  pass "git difftool --trust-exit-code -x resdiff over the whole commit goes on to the end"
else
  fail "difftool over the whole commit: exit status $RC: $(cat "$ERR")"
fi
expect_others "git difftool -x resdiff"

# trouble still stops difftool --trust-exit-code: a bad option
run git difftool --trust-exit-code -y -x 'resdiff --format nonsense' HEAD~1 HEAD -- resolution.md
if [[ $RC -ne 0 ]] && grep -qF 'resdiff: ' "$ERR"; then pass "difftool --trust-exit-code stops on trouble"; else fail "difftool on trouble: exit status $RC: $(cat "$ERR")"; fi

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
run git difftool -y HEAD~1 HEAD
if [[ $RC -eq 0 ]]; then pass "difftool.resdiff.cmd over the whole commit"; else fail "difftool.resdiff.cmd, whole commit: exit status $RC: $(cat "$ERR")"; fi
expect_others "difftool.resdiff.cmd"

# --- textconv ---------------------------------------------------------------------------------
git config diff.resdiff.textconv 'resdiff parse -q --format text --no-labels'
git config diff.resdiff.cachetextconv true
printf '%s\n' '*.md diff=resdiff' '*.docx diff=resdiff' '*.pdf diff=resdiff' >.gitattributes

# expect_pp1 WHAT FILE: git diff of FILE shows PP1's change as one removed and one added line
expect_pp1() {
  local what=$1 file=$2
  run git diff HEAD~1 HEAD -- "$file"
  if [[ $RC -eq 0 ]] && grep -qx -- '-Recalling its resolution 75/58 of 7 December 2020,' "$OUT" &&
    grep -qx -- '+Recalling its resolution 79/42 of 2 December 2024,' "$OUT"; then
    pass "$what"
  else
    fail "$what: exit status $RC: $(head -c 600 "$OUT") $(cat "$ERR")"
  fi
}
expect_pp1 "textconv for *.md" resolution.md
expect_pp1 "textconv for *.docx" resolution.docx
expect_pp1 "textconv for *.pdf" resolution.pdf

run git log -p -1 --format='commit %s' -- resolution.docx
if [[ $RC -eq 0 ]] && grep -qx 'commit 80/41' "$OUT" && grep -qx -- '+Recalling its resolution 79/42 of 2 December 2024,' "$OUT"; then
  pass "git log -p with the textconv driver"
else
  fail "git log -p textconv: exit status $RC: $(head -c 400 "$OUT") $(cat "$ERR")"
fi

run git diff --word-diff HEAD~1 HEAD -- resolution.md
if [[ $RC -eq 0 ]] && grep -qF 'Recalling Security Council [-resolution-]{+resolutions+}' "$OUT"; then
  pass "textconv with git diff --word-diff"
else
  fail "textconv --word-diff: $(head -c 600 "$OUT") $(cat "$ERR")"
fi

# Deleting one recital renumbers every recital after it; without labels git shows one line.
sed '/^Recalling the support expressed in the Final Document of the Nineteenth Summit/d' "$NEW" >resolution.md
git commit -qam "recital 8 deleted"
run git diff HEAD~1 HEAD -- resolution.md
removed=$(grep -c '^-[^-]' "$OUT" || true)
added=$(grep -c '^+[^+]' "$OUT" || true)
if [[ $RC -eq 0 && $removed -eq 1 && $added -eq 0 ]] &&
  grep -qx -- '-Recalling the support expressed in the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024, for measures to prevent terrorists from acquiring weapons of mass destruction,' "$OUT"; then
  pass "textconv --no-labels: deleting one recital changes one line of git diff"
else
  fail "textconv --no-labels: one recital deleted gave $removed removed and $added added lines: $(head -c 800 "$OUT")"
fi

finish
