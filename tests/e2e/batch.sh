# resdiff batch OLD_DIR NEW_DIR -o OUT_DIR on the corpus's sessions 78, 79 and 80 (fixtures/official-pdf/):
# one report per pair, index.html, index.jsonl (each line a report valid against the schema) and
# problems.jsonl; the same bytes on one thread and on three; a bad file is a row, not trouble;
# usage errors and unreadable folders are trouble (one line, exit 2).
source "$(dirname "$0")/lib/common.bash"

# the corpus's sessions as folders: the 15 series of fixtures/official-pdf (see fixtures/README.md)
P=$FIXTURES/official-pdf
S=$WORK/sessions
mkdir -p "$S/78" "$S/79" "$S/80" "$WORK/78"
for series in 78_43:79_42:80_41 78_19:79_19:80_19 78_53:79_50:80_24 78_46:79_40:80_38 78_2:79_3:80_2 \
  78_66:79_77:80_70 78_83:79_96:80_87 78_92:79_105:80_96 78_69:79_144:80_110 78_136:79_196:80_122 \
  78_152:79_205:80_137 78_112:79_126:80_167 78_189:79_159:80_191 78_220:79_183:80_222 78_244:79_247:80_233; do
  IFS=: read -r a b c <<<"$series"
  ln -s "$P/A_RES_$a.pdf" "$S/78/"
  ln -s "$P/A_RES_$b.pdf" "$S/79/"
  ln -s "$P/A_RES_$c.pdf" "$S/80/"
done
for extra in A_80_L.22 A_RES_80_5 A_RES_80_10 A_RES_80_11; do ln -s "$P/$extra.pdf" "$S/80/"; done
cp -L "$S"/78/* "$WORK/78/"
printf '%%PDF-1.7\n\001\002 broken' >"$WORK/78/A_RES_78_999.pdf"   # a bad file among the old ones

expect_status "batch, one thread" 0 "$RESDIFF" batch "$WORK/78" "$S/79" -o "$WORK/one" -j 1 --format json
[[ -s $OUT ]] && fail "batch wrote to standard output"
grep -qF "A_RES_78_999.pdf" "$ERR" || fail "batch did not name the bad file on standard error: $(cat "$ERR")"
expect_status "batch, three threads" 0 "$RESDIFF" -q batch "$WORK/78" "$S/79" -o "$WORK/three" -j 3 --format json -q
if diff -r "$WORK/one" "$WORK/three" >/dev/null; then pass "the same output on one thread and on three"; else fail "output differs with the thread count"; fi

reports=$(ls "$WORK/one" | grep -c -- '--.*\.json$' || true)
[[ $reports -eq 15 ]] && pass "15 reports" || fail "$reports reports, expected 15"
[[ -f $WORK/one/A_RES_78_43--A_RES_79_42.json ]] || fail "no report A_RES_78_43--A_RES_79_42.json"
[[ $(wc -l <"$WORK/one/index.jsonl") -eq 15 ]] || fail "index.jsonl: $(wc -l <"$WORK/one/index.jsonl") lines, expected 15"
grep -q '"kind":"error","old":"[^"]*A_RES_78_999.pdf"' "$WORK/one/problems.jsonl" || fail "problems.jsonl lacks the bad file"
grep -q 'A_RES_78_43--A_RES_79_42.json' "$WORK/one/index.html" || fail "index.html does not link the 78/43 report"
grep -q 'A_RES_78_999.pdf' "$WORK/one/index.html" || fail "index.html has no row for the bad file"

if "$PYTHON" - "$SCHEMA" "$WORK/one/index.jsonl" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
validator = Draft202012Validator(json.load(open(sys.argv[1])))
for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    errors = list(validator.iter_errors(json.loads(line)))
    if errors:
        sys.exit(f"index.jsonl line {n}: {errors[0].message}")
PY
then pass "every line of index.jsonl is a report valid against the schema"; else fail "index.jsonl against the schema"; fi

expect_status "batch, html reports by default" 0 "$RESDIFF" -q batch "$S/79" "$S/80" -o "$WORK/html"
[[ -f $WORK/html/A_RES_79_144--A_RES_80_110.html ]] && pass "html report of 79/144 → 80/110" || fail "no html report of 79/144 → 80/110"
grep -q 'A_80_L.22.pdf' "$WORK/html/problems.jsonl" || fail "the draft A/80/L.22 is not reported unpaired"

expect_trouble "batch without -o" "-o" "$RESDIFF" batch "$S/78" "$S/79"
expect_trouble "batch of a missing folder" "$WORK/missing" "$RESDIFF" batch "$WORK/missing" "$S/79" -o "$WORK/x"
expect_trouble "batch with an unknown format" "docx" "$RESDIFF" batch "$S/78" "$S/79" -o "$WORK/x" --format docx
finish
