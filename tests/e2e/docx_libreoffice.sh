# --format docx: refused without -o; with -o a .docx whose tracked changes read back through
# resdiff's own reader as the new text (accepted) and as the old one (--docx-original),
# byte-for-byte reproducible under SOURCE_DATE_EPOCH, and one that LibreOffice opens and turns
# into a PDF (soffice --headless --convert-to pdf).
source "$(dirname "$0")/lib/common.bash"

expect_trouble "--format docx without -o" "--format docx needs -o FILE" "$RESDIFF" --format docx "$OLD" "$NEW"
expect_trouble "--format docx -o -" "--format docx needs -o FILE" "$RESDIFF" --format docx -o - "$OLD" "$NEW"
expect_trouble "parse --format docx" "--format docx" "$RESDIFF" parse --format docx -o "$WORK/parse.docx" "$NEW"
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
fi

finish
