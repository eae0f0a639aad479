# `resdiff log --git PATH` and `resdiff blame --git PATH` on a temporary repository: 78/43, 79/42
# and 80/41 (the official PDFs of fixtures/official-pdf/) committed one after the other, the file
# renamed between the second and the third (git log --follow follows it; the rename itself is no
# new version), and a last commit of a draft that prints no symbol. Versions are labelled by short
# commit and, where the text prints one, by symbol.
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
git config color.ui always   # the user's colours must not reach resdiff's reading of git log
cp "$FIXTURES/official-pdf/A_RES_78_43.pdf" wmd.pdf
git add wmd.pdf && git commit -qm "78/43"
c78=$(git rev-parse --short=7 HEAD)
cp "$FIXTURES/official-pdf/A_RES_79_42.pdf" wmd.pdf
git commit -qam "79/42"
c79=$(git rev-parse --short=7 HEAD)
mkdir resolutions
git mv wmd.pdf resolutions/terrorists.pdf && git commit -qm "rename"
cp "$FIXTURES/official-pdf/A_RES_80_41.pdf" resolutions/terrorists.pdf
git commit -qam "80/41"
c80=$(git rev-parse --short=7 HEAD)

run "$RESDIFF" log -q --width 0 --git resolutions/terrorists.pdf
if [[ $RC -eq 0 ]] && grep -qxF "PP5  since $c78 78/43 · changed in $c79 79/42 (substantive)" "$OUT" &&
  grep -qxF "OP2  since $c78 78/43 · changed in $c80 80/41 (substantive)" "$OUT" && grep -qF "· 3 versions" "$OUT"; then
  pass "log --git: three versions through the rename, labelled by commit and symbol"
else
  fail "log --git: exit status $RC: $(head -c 800 "$OUT") $(cat "$ERR")"
fi

# from another folder, by a relative path
cd "$WORK"
run "$RESDIFF" log -q --format json --git repo/resolutions/terrorists.pdf
if [[ $RC -eq 0 ]] && "$PYTHON" -c '
import json, sys
log = json.load(open(sys.argv[1]))
assert [d["symbol"] for d in log["documents"]] == ["78/43", "79/42", "80/41"], log["documents"]
assert log["labels"] == [sys.argv[2] + " 78/43", sys.argv[3] + " 79/42", sys.argv[4] + " 80/41"], log["labels"]
assert log["documents"][0]["path"] == sys.argv[2] + ":wmd.pdf", log["documents"][0]["path"]
assert log["documents"][2]["path"] == sys.argv[4] + ":resolutions/terrorists.pdf"
' "$OUT" "$c78" "$c79" "$c80"; then
  pass "log --git --format json: documents named commit:path, from another folder"
else
  fail "log --git --format json: exit status $RC: $(cat "$ERR")"
fi

# a version without a symbol is labelled by its commit alone
cd "$repo"
printf 'Draft\n\nThe General Assembly,\n\nRecalling its resolution 79/42 of 2 December 2024,\n\n1. Calls upon all Member States to support international efforts to prevent terrorists from acquiring weapons of mass destruction and their means of delivery;\n' >resolutions/terrorists.pdf
git commit -qam "draft as text"
cdraft=$(git rev-parse --short=7 HEAD)
run "$RESDIFF" blame -q --width 0 --git resolutions/terrorists.pdf
if [[ $RC -eq 0 ]] && grep -qF "blame over 4 versions, $c78 78/43 … $cdraft" "$OUT" &&
  grep -qE "^$c80 80/41 +PP1 +Recalling its resolution 79/42" "$OUT"; then
  pass "blame --git: a draft without a symbol is named by its commit; its PP1 comes from 80/41"
else
  fail "blame --git: exit status $RC: $(head -c 600 "$OUT") $(cat "$ERR")"
fi

expect_trouble "log --git: a file git does not know" "notes.md" "$RESDIFF" log --git notes.md
git init -q "$WORK/one" && cp "$FIXTURES/A_RES_80_41.md" "$WORK/one/r.md" && git -C "$WORK/one" add r.md && git -C "$WORK/one" commit -qm one
expect_trouble "log --git: only one version" "r.md" "$RESDIFF" log --git "$WORK/one/r.md"

finish
