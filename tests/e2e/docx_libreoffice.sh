# --format docx: refused without -o; with -o a .docx whose tracked changes read back through
# resdiff's own reader as the new text (accepted) and as the old one (--docx-original),
# byte-for-byte reproducible under SOURCE_DATE_EPOCH, and one that LibreOffice opens and turns
# into a PDF (soffice --headless --convert-to pdf) whose pages show what Word Compare would: the
# summary page first, the numbers as they are ("2. Appeals", never LibreOffice's "[2.]" of a
# numbered paragraph it takes for deleted), and a renumbered paragraph's new number beside its
# old one, struck through. With --docx-numbering auto, Word's automatic numbering: LibreOffice
# shows a new operative paragraph's number alone and the new numbers of the ones after it with
# the old ones in brackets ("5.[4.] Encourages"), a deleted one's old number in brackets.
source "$(dirname "$0")/lib/common.bash"

expect_trouble "--format docx without -o" "--format docx needs -o FILE" "$RESDIFF" --format docx "$OLD" "$NEW"
expect_trouble "--format docx -o -" "--format docx needs -o FILE" "$RESDIFF" --format docx -o - "$OLD" "$NEW"
expect_trouble "parse --format docx" "--format docx" "$RESDIFF" parse --format docx -o "$WORK/parse.docx" "$NEW"
expect_trouble "--docx-numbering list" "--docx-numbering" "$RESDIFF" --format docx --docx-numbering list -o "$WORK/bad.docx" "$OLD" "$NEW"
[[ -e $WORK/bad.docx ]] && fail "--docx-numbering list left a file"
[[ -e $WORK/parse.docx ]] && fail "parse --format docx left a file"

DOCX=$WORK/out.docx
run env SOURCE_DATE_EPOCH=1764547200 "$RESDIFF" -q --format docx -o "$DOCX" "$OLD" "$NEW"
if [[ $RC -eq 1 && ! -s $OUT && -s $DOCX && $(head -c 2 "$DOCX") == PK ]]; then
  pass "--format docx -o FILE writes a ZIP package (exit status 1: differences)"
else
  fail "--format docx: exit status $RC, $(head -c 200 "$ERR")"
fi

run env SOURCE_DATE_EPOCH=1764547200 "$RESDIFF" -q --format docx -o "$WORK/again.docx" "$OLD" "$NEW"
if cmp -s "$DOCX" "$WORK/again.docx"; then pass "same input and SOURCE_DATE_EPOCH, same bytes"; else fail "two runs differ"; fi

# Read back: accepted = the new document, original = the old one (clause lines and footnotes).
"$RESDIFF" parse -q "$NEW" >"$WORK/new.txt"
"$RESDIFF" parse -q "$OLD" >"$WORK/old.txt"
run "$RESDIFF" parse -q "$DOCX"
if [[ $RC -eq 0 ]] && diff -u "$WORK/new.txt" "$OUT" >"$WORK/d1"; then
  pass "the .docx read with its changes accepted is 80/41"
else
  fail "accepted read-back differs from 80/41: $(head -c 800 "$WORK/d1") $(cat "$ERR")"
fi
run "$RESDIFF" parse -q --docx-original "$DOCX"
if [[ $RC -eq 0 ]] && diff -u "$WORK/old.txt" "$OUT" >"$WORK/d2"; then
  pass "the .docx read as before its changes is 76/28"
else
  fail "original read-back differs from 76/28: $(head -c 800 "$WORK/d2") $(cat "$ERR")"
fi

# The tracked changes are signed and dated: 1764547200 is 2025-12-01T00:00:00Z.
xml=$(python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())' "$DOCX")
if true; then
  if grep -qF '<w:del w:id="' <<<"$xml" && grep -qF 'w:author="resdiff" w:date="2025-12-01T00:00:00Z"' <<<"$xml"; then
    pass "w:ins/w:del by resdiff, dated from SOURCE_DATE_EPOCH"
  else
    fail "no signed tracked changes in word/document.xml"
  fi
fi

# scripts/install-deps.sh installs LibreOffice: its absence is a failure, not a reason to skip.
command -v soffice >/dev/null || fail "LibreOffice (soffice) is not installed: run scripts/install-deps.sh"
mkdir -p "$WORK/pdf" "$WORK/lo"
run timeout 300 soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/pdf" "$DOCX"
PDF=$WORK/pdf/out.pdf
if [[ $RC -eq 0 && -s $PDF ]]; then
  pass "LibreOffice converts the .docx to PDF"
else
  fail "soffice --convert-to pdf: exit status $RC: $(cat "$OUT" "$ERR")"
fi
if [[ -s $PDF ]] && command -v pdftotext >/dev/null; then
  pdftotext -layout "$PDF" "$WORK/pdf.txt"
  missing=
  for words in 'A/RES/80/41' 'The General Assembly,' 'Calls upon' 'eighty-first' 'Treaty Series' '2663 (2022)'; do
    grep -qF -- "$words" "$WORK/pdf.txt" || missing="$missing '$words'"
  done
  if [[ -z $missing ]]; then pass "the PDF shows the new text"; else fail "the PDF lacks$missing: $(head -c 600 "$WORK/pdf.txt")"; fi
  pdftotext -layout -f 1 -l 1 "$PDF" "$WORK/page1.txt"
  if grep -qF 'Changes from A/RES/76/28 to A/RES/80/41' "$WORK/page1.txt" &&
    grep -qF 'In the fifth preambular paragraph, the word “resolution” was replaced by' "$WORK/page1.txt" &&
    ! grep -qF 'The General Assembly,' "$WORK/page1.txt"; then
    pass "page 1 is the summary, the resolution starts after it"
  else
    fail "page 1 is not the summary: $(head -c 600 "$WORK/page1.txt")"
  fi
  if grep -qE '\[[0-9]+\.\]' "$WORK/pdf.txt"; then
    fail "LibreOffice shows a paragraph number in brackets: $(grep -E '\[[0-9]+\.\]' "$WORK/pdf.txt" | head -3)"
  elif grep -qE '^ *2\. +Appeals to all Member States' "$WORK/pdf.txt"; then
    pass "no renumbering, no bracketed numbers: '2. Appeals' as printed"
  else
    fail "no '2. Appeals' line in the PDF: $(grep -F Appeals "$WORK/pdf.txt")"
  fi
fi

# A new operative paragraph after 3 (a made-up edit of 80/41): 4, 5 and 6 become 5, 6 and 7, the
# old number struck through beside the new one ("4.5. Encourages" in the PDF's text).
edit_new renumbered 's/^4\. Encourages/4. Invites Member States to share their national experiences;\n\n5. Encourages/;s/^5\. Requests/6. Requests/;s/^6\. Decides/7. Decides/'
run "$RESDIFF" -q --format docx -o "$WORK/renumbered.docx" "$NEW" "$WORK/renumbered.md"
run timeout 300 soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/pdf" "$WORK/renumbered.docx"
if [[ -s $WORK/pdf/renumbered.pdf ]] && pdftotext -layout "$WORK/pdf/renumbered.pdf" "$WORK/renumbered.txt" &&
  grep -qE '^ *4\. +Invites Member States' "$WORK/renumbered.txt" && grep -qE '^ *4\.5\. +Encourages' "$WORK/renumbered.txt" &&
  grep -qE '^ *6\.7\. +Decides' "$WORK/renumbered.txt" && grep -qE '^ *3\. +Urges' "$WORK/renumbered.txt" &&
  ! grep -qE '\[[0-9]+\.\]' "$WORK/renumbered.txt"; then
  pass "renumbered: the new numbers, the old ones tracked beside them (4.5. Encourages, 6.7. Decides)"
else
  fail "renumbered paragraphs in LibreOffice: $(grep -E 'Invites|Encourages|Urges|Decides' "$WORK/renumbered.txt" 2>/dev/null | head -5)"
fi
run "$RESDIFF" parse -q "$WORK/renumbered.docx"
"$RESDIFF" parse -q "$WORK/renumbered.md" >"$WORK/renumbered.parse"
if [[ $RC -eq 0 ]] && diff -u "$WORK/renumbered.parse" "$OUT" >"$WORK/d3"; then
  pass "renumbered .docx reads back as the edited text"
else
  fail "renumbered read-back: $(head -c 600 "$WORK/d3")"
fi

# --docx-numbering auto, on the same made-up renumbering and on 80/41 without its OP4: the
# numbers are Word's list, and LibreOffice shows the new ones with the old ones in brackets where
# they changed. (Where a numbered paragraph holds a tracked word deletion, LibreOffice 7.4 shows it
# as a deleted item, "[2.] Appeals" on 76/28 → 80/41: the reason text numbers stay the default;
# neither pair here deletes words inside a numbered paragraph.)
edit_new deleted '/^4\. Encourages/,/^$/d;s/^5\. Requests/4. Requests/;s/^6\. Decides/5. Decides/'
for pair in renumbered deleted; do
  run "$RESDIFF" -q --format docx --docx-numbering auto -o "$WORK/$pair-auto.docx" "$NEW" "$WORK/$pair.md"
  run timeout 300 soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/pdf" "$WORK/$pair-auto.docx"
  pdftotext -layout "$WORK/pdf/$pair-auto.pdf" "$WORK/$pair-auto.txt" 2>/dev/null || fail "$pair: no PDF from LibreOffice"
  run "$RESDIFF" parse -q "$WORK/$pair-auto.docx"
  "$RESDIFF" parse -q "$WORK/$pair.md" >"$WORK/$pair.parse"
  if [[ $RC -eq 0 ]] && diff -u "$WORK/$pair.parse" "$OUT" >"$WORK/d-$pair"; then
    pass "auto numbering, $pair: the .docx reads back as the edited text"
  else
    fail "auto numbering, $pair: read-back: $(head -c 600 "$WORK/d-$pair")"
  fi
  "$RESDIFF" parse -q "$NEW" >"$WORK/new.parse"
  run "$RESDIFF" parse -q --docx-original "$WORK/$pair-auto.docx"
  if [[ $RC -eq 0 ]] && diff -u "$WORK/new.parse" "$OUT" >"$WORK/o-$pair"; then
    pass "auto numbering, $pair: read as before the changes it is 80/41"
  else
    fail "auto numbering, $pair: original read-back: $(head -c 600 "$WORK/o-$pair")"
  fi
done
# numbers PAIR WORDS: the numbers LibreOffice shows before the paragraphs opening with WORDS
numbers() { grep -E "^ *[][0-9.]+ +($2)" "$WORK/$1-auto.txt" | sed -E 's/^ *([][0-9.]+) .*/\1/' | tr '\n' ' '; }
got=$(numbers renumbered 'Calls upon|Appeals|Urges|Invites|Encourages|Requests|Decides')
if [[ $got == "1. 2. 3. 4. 5.[4.] 6.[5.] 7.[6.] " ]]; then
  pass "auto numbering, a new OP4: LibreOffice shows 1. 2. 3. 4. 5.[4.] 6.[5.] 7.[6.]"
else
  fail "auto numbering, a new OP4: LibreOffice shows '$got': $(grep -E 'Urges|Invites|Encourages' "$WORK/renumbered-auto.txt")"
fi
got=$(numbers deleted 'Calls upon|Appeals|Urges|Encourages|Requests|Decides')
if [[ $got == "1. 2. 3. [4.] 4.[5.] 5.[6.] " ]]; then
  pass "auto numbering, OP4 deleted: LibreOffice shows 1. 2. 3. [4.] 4.[5.] 5.[6.]"
else
  fail "auto numbering, OP4 deleted: LibreOffice shows '$got': $(grep -E 'Urges|Encourages|Requests' "$WORK/deleted-auto.txt")"
fi

# A move: 78/150 → 79/160 in French (fixtures/lang) moves the recital "Réaffirmant …" down, adds
# "Soulignant …" after it, deletes sub-paragraph b) and paragraph 4. With each of those marks on
# the paragraph before, LibreOffice counts operative paragraphs 1–3 and their items as they are
# (it showed "2.[1.] Demande", "3.[2.] Encourage" with the marks on their own paragraphs).
run "$RESDIFF" -q --format docx --docx-numbering auto -o "$WORK/fr-auto.docx" "$FIXTURES/lang/fr_1.md" "$FIXTURES/lang/fr_2.md"
run timeout 300 soffice -env:UserInstallation="file://$WORK/lo" --headless --convert-to pdf --outdir "$WORK/pdf" "$WORK/fr-auto.docx"
pdftotext -layout "$WORK/pdf/fr-auto.pdf" "$WORK/fr-auto.txt" 2>/dev/null || fail "French: no PDF from LibreOffice"
got=$(grep -E '^ *[][0-9a-z.()]+ +(Condamne|Demande|Encourage|Établir|Former|Coopérer|Invite) ' "$WORK/fr-auto.txt" |
  sed -E 's/^ *([][0-9a-z.()]+) .*/\1/' | tr '\n' ' ')
if [[ $got == "1. 2. 3. (a) [(b)] (b)[(c)] [4.] " ]]; then
  pass "auto numbering, French with a move: LibreOffice shows 1. 2. 3. (a) [(b)] (b)[(c)] [4.]"
else
  fail "auto numbering, French with a move: LibreOffice shows '$got'"
fi

finish
