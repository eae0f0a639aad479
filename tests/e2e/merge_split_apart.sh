# A merge of two clauses that are not neighbours is a merge, a split into pieces that stand apart
# is a split, and the footnote that followed its clause into the merge is no change. The texts are
# made up from the real A/RES/80/41 (fixtures/A_RES_80_41.md) by the edits below.
source "$(dirname "$0")/lib/common.bash"

"$PYTHON" - "$NEW" "$WORK" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
pp10 = next(i for i, l in enumerate(lines) if l.startswith("Recalling further the holding of the Nuclear Security Summit"))
pp12 = next(i for i, l in enumerate(lines) if l.startswith("Acknowledging the consideration"))
op5 = next(i for i, l in enumerate(lines) if l.startswith("5. Requests the Secretary-General"))
op6 = next(i for i, l in enumerate(lines) if l.startswith("6. Decides"))
# Recitals 10 and 12 merged in 10's place (11 stays between them); 12 carries footnote 4.
merged = list(lines)
merged[pp10] = lines[pp10].rstrip(",") + ", and a" + lines[pp12][1:]
del merged[pp12:pp12 + 2]
open(sys.argv[2] + "/merged.md", "w", encoding="utf-8").write("\n".join(merged))
# Operative 5 cut in two, its second half moved after operative 6 as a new operative 7.
split = list(lines)
cut = lines[op5].index(" and to seek the views")
split[op5] = lines[op5][:cut] + ";"
split[op6 + 1:op6 + 1] = ["", "7. Also requests the Secretary-General to seek the views" + lines[op5][cut + len(" and to seek the views"):]]
open(sys.argv[2] + "/split.md", "w", encoding="utf-8").write("\n".join(split))
PY

expect_status "recitals 10 and 12 merged over 11" 1 "$RESDIFF" -q --format json "$NEW" "$WORK/merged.md"
"$PYTHON" - "$OUT" <<'PY' || fail "the merge apart is not one merged entry, or its footnote is reported"
import json, sys
r = json.load(open(sys.argv[1]))
changed = [(e["status"], [x["index"] for x in e["old"]], [x["index"] for x in e["new"]]) for e in r["clauses"] if e["status"] != "unchanged"]
assert changed == [("merged", [10, 12], [10])], changed
assert not [m for m in r["metadata"] if m["field"] == "footnote"], r["metadata"]
PY
pass "merged [10, 12] → 10, footnote 4 (\"See A/59/361.\") followed it: no footnote row"

expect_status "operative 5 split, its second half after 6" 1 "$RESDIFF" -q --format json "$NEW" "$WORK/split.md"
"$PYTHON" - "$OUT" <<'PY' || fail "the split apart is not one split entry"
import json, sys
r = json.load(open(sys.argv[1]))
changed = [(e["status"], [x["number"] for x in e["old"]], [x["number"] for x in e["new"]]) for e in r["clauses"] if e["status"] != "unchanged"]
assert changed == [("split", ["5"], ["5", "7"])], changed
PY
pass "split 5 → 5, 7"

expect_status "the text view names the merge" 1 "$RESDIFF" -q "$NEW" "$WORK/merged.md"
grep -q "merged" "$OUT" || fail "the text view does not say merged: $(head -c 400 "$OUT")"

finish
