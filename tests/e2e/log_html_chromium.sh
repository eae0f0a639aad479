# The history grid (`resdiff log --format html`) of the nine years 72/42 … 80/41 (page texts and
# PDFs of fixtures/pagetext/ and fixtures/official-pdf/) in headless Chromium (Debian's chromium, installed by
# scripts/install-deps.sh): the DOM has one row per clause of 80/41 and one cell per session, PP1
# technical in every session after the first and PP2 unchanged in all of them (both checked in
# the documents by hand), every cell that has something to show linking to a panel that exists,
# no external reference; and screenshots render, one with PP5's 79/42 panel open (CSS :target).
# Then a made-up series of four versions (moves, a split, a merge, a clause added, one dropped)
# has each of those cells where its edits put them. RESDIFF_UPDATE_SCREENSHOT=1 also copies the
# screenshots to docs/log-grid-72-42-to-80-41.png, docs/log-grid-panel.png and docs/log-grid-edits.png.
source "$(dirname "$0")/lib/common.bash"

if [[ -z $CHROMIUM ]]; then
  fail "chromium is not installed (scripts/install-deps.sh installs it)"
  finish
fi

T=$FIXTURES/pagetext
P=$FIXTURES/official-pdf
SERIES=("$T/A_RES_72_42.pagetext.txt" "$T/A_RES_73_55.pagetext.txt" "$T/A_RES_74_43.pagetext.txt"
  "$T/A_RES_75_58.pagetext.txt" "$T/A_RES_76_28.pagetext.txt" "$T/A_RES_77_75.pagetext.txt"
  "$P/A_RES_78_43.pdf" "$P/A_RES_79_42.pdf" "$P/A_RES_80_41.pdf")
run "$RESDIFF" log -q --format html -o "$WORK/log.html" "${SERIES[@]}"
[[ $RC -eq 0 && -s $WORK/log.html ]] || { fail "log --format html: exit status $RC: $(cat "$ERR")"; finish; }
run "$RESDIFF" log -q --format json -o "$WORK/log.json" "${SERIES[@]}"

if ! chromium --dump-dom "file://$WORK/log.html" >"$WORK/dom.html"; then
  fail "chromium --dump-dom failed: $(tail -3 "$WORK/chromium.log")"
fi

"$PYTHON" - "$WORK/dom.html" "$WORK/log.json" <<'PY' || FAILURES=$((FAILURES + 1))
import json, sys
from html.parser import HTMLParser

dom = open(sys.argv[1], encoding="utf-8").read()
log = json.load(open(sys.argv[2], encoding="utf-8"))

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.rows, self.row, self.links, self.external = set(), {}, None, [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a: self.ids.add(a["id"])
        if tag == "tr" and a.get("id", "").startswith("row-"): self.row = a["id"][4:]; self.rows[self.row] = []
        cls = a.get("class", "").split()
        if self.row is not None and tag in ("a", "span") and "cell" in cls:
            self.rows[self.row].append([c[2:] for c in cls if c.startswith("c-")][0])
        if tag == "a" and a.get("href", "").startswith("#"): self.links.append(a["href"][1:])
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"): self.external.append((tag, a[key]))
    def handle_endtag(self, tag):
        if tag == "tr": self.row = None

page = Page()
page.feed(dom)
failures = []
sessions = len(log["documents"])
labels = [c["label"] for c in log["clauses"]]
if sessions != 9: failures.append(f"{sessions} versions, not 9")
for label in labels:
    cells = page.rows.get(label)
    if cells is None: failures.append(f"no grid row for {label}"); continue
    if len(cells) != sessions: failures.append(f"{label}: {len(cells)} cells, not {sessions}")
if page.rows.get("PP1") != ["new"] + ["technical"] * 8: failures.append(f"PP1 cells: {page.rows.get('PP1')}")
if page.rows.get("PP2") != ["new"] + ["unchanged"] * 8: failures.append(f"PP2 cells: {page.rows.get('PP2')}")
for label, cells in page.rows.items():
    clause = next((c for c in log["clauses"] if c["label"] == label), None)
    if clause is None: continue
    want = ["new" if k == clause["born"] else ("absent" if k < clause["born"] else "unchanged") for k in range(sessions)]
    for s in clause["steps"]:
        want[s["at"]] = s["status"] if s["status"] != "changed" else ("technical" if s["technical"] else "substantive")
    if cells != want: failures.append(f"{label}: cells {cells}, the JSON says {want}")
missing = [l for l in page.links if l not in page.ids]
if missing: failures.append(f"links to nothing: {missing[:5]}")
if page.external: failures.append(f"external references: {page.external[:3]}")
for f in failures: print("FAIL:", f, file=sys.stderr)
if not failures: print(f"ok: {len(labels)} rows × {sessions} sessions as the JSON says, {len(page.links)} links all to panels that exist")
sys.exit(1 if failures else 0)
PY

png() { [[ -s $1 ]] && [[ $(head -c 8 "$1" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]; }
if chromium --screenshot="$WORK/grid.png" --window-size=1280,1150 "file://$WORK/log.html" >/dev/null && png "$WORK/grid.png"; then
  pass "screenshot of the grid: $(stat -c %s "$WORK/grid.png") bytes of PNG"
else
  fail "chromium --screenshot failed: $(tail -3 "$WORK/chromium.log")"
fi
if chromium --screenshot="$WORK/panel.png" --window-size=1280,900 "file://$WORK/log.html#PP5-v7" >/dev/null && png "$WORK/panel.png"; then
  pass "screenshot with PP5's 79/42 panel open"
else
  fail "chromium --screenshot of a panel failed: $(tail -3 "$WORK/chromium.log")"
fi

# The cells the real nine years never need (moved, split, merged, gone, absent), on a made-up
# series of four versions written here from fixtures/A_RES_80_41.md (made up, labelled so): v2
# drops the recital "Acknowledging …", moves OP4 before OP3 and adds a new OP5; v3 splits the
# "Requests" paragraph (now OP6) at "and to seek the views" and merges PP2 with PP3; v4 rewords OP1.
"$PYTHON" - "$FIXTURES/A_RES_80_41.md" "$WORK" <<'PY'
import sys
src, work = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
paras = src.split("\n\n")
def para(opening): return next(p for p in paras if p.startswith(opening))
v1 = src
v2 = v1.replace(para("Acknowledging") + "\n\n", "")
op3, op4 = para("3. Urges"), para("4. Encourages")
v2 = v2.replace(op3, "@3").replace(op4, "@4").replace("5. Requests", "6. Requests").replace("6. Decides", "7. Decides")
v2 = v2.replace("@3", op4.replace("4. ", "3. ", 1)).replace(
    "@4", op3.replace("3. ", "4. ", 1) + "\n\n5. Invites Member States to share best practices on the security of radioactive sources;")
requests = next(p for p in v2.split("\n\n") if p.startswith("6. Requests"))
head, tail = requests.split(" and to seek the views")
v3 = v2.replace(requests, head + ";\n\n7. Also requests the Secretary-General to seek the views" + tail).replace("7. Decides", "8. Decides")
pp2, pp3 = para("Recognizing"), para("Deeply concerned")
v3 = v3.replace(pp2 + "\n\n" + pp3, pp2[:-1] + ", and deeply" + pp3[len("Deeply"):])
v4 = v3.replace("Calls upon all Member States to support", "Calls upon all Member States to strengthen and support")
for k, text in enumerate([v1, v2, v3, v4], 1):
    open(f"{work}/edits-v{k}.md", "w", encoding="utf-8").write(text)
PY
EDITS=("$WORK/edits-v1.md" "$WORK/edits-v2.md" "$WORK/edits-v3.md" "$WORK/edits-v4.md")
run "$RESDIFF" log -q --format html -o "$WORK/edits.html" "${EDITS[@]}"
[[ $RC -eq 0 ]] || fail "log --format html on the made-up series: exit status $RC: $(cat "$ERR")"
if chromium --dump-dom "file://$WORK/edits.html" >"$WORK/edits-dom.html" &&
  "$PYTHON" - "$WORK/edits-dom.html" <<'PY'; then
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
rows = {}
for row, body in re.findall(r'<tr id="row-([^"]+)"(.*?)</tr>', dom, re.S):
    rows.setdefault(row, []).append(re.findall(r'class="cell c-([a-z]+)', body))
want = {"PP2": ["new", "unchanged", "merged", "unchanged"], "OP1": ["new", "unchanged", "unchanged", "substantive"],
        "OP3": ["new", "moved", "unchanged", "unchanged"], "OP5": ["absent", "new", "unchanged", "unchanged"],
        "OP6": ["new", "unchanged", "split", "unchanged"], "OP7": ["new", "unchanged", "split", "unchanged"]}
bad = [f"{k}: {rows.get(k)}" for k, v in want.items() if rows.get(k, [None])[0] != v]
gone = rows.get("gone-1-PP12", [None])[0]
if gone != ["new", "gone", "absent", "absent"]: bad.append(f"the dropped recital: {gone}")
for b in bad: print("FAIL:", b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
  pass "grid of the made-up series: moved, split, merged, new later, gone and absent cells where the edits put them"
else
  fail "grid of the made-up series: the cells are not where the edits put them"
fi
if chromium --screenshot="$WORK/edits.png" --window-size=1280,1150 "file://$WORK/edits.html" >/dev/null && png "$WORK/edits.png"; then
  pass "screenshot of the made-up series' grid"
else
  fail "chromium --screenshot of the made-up series failed: $(tail -3 "$WORK/chromium.log")"
fi

if [[ ${RESDIFF_UPDATE_SCREENSHOT:-} == 1 ]]; then
  cp "$WORK/grid.png" "$SOURCE_DIR/docs/log-grid-72-42-to-80-41.png"
  cp "$WORK/panel.png" "$SOURCE_DIR/docs/log-grid-panel.png"
  cp "$WORK/edits.png" "$SOURCE_DIR/docs/log-grid-edits.png"
fi

finish
