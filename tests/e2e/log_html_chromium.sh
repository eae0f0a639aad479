# The history grid (`resdiff log --format html`) of the nine years 72/42 … 80/41 (page texts and
# PDFs of fixtures/pagetext/ and fixtures/official-pdf/) in headless Chromium (Debian's chromium, installed by
# scripts/install-deps.sh): the DOM has one row per clause of 80/41 and one cell per session, PP1
# technical in every session after the first and PP2 unchanged in all of them (both checked in
# the documents by hand), every cell that has something to show linking to a panel that exists,
# no external reference; and screenshots render, one with PP5's 79/42 panel open (CSS :target).
# RESDIFF_UPDATE_SCREENSHOT=1 also copies them to docs/log-grid-72-42-to-80-41.png and
# docs/log-grid-panel.png.
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
if [[ ${RESDIFF_UPDATE_SCREENSHOT:-} == 1 ]]; then
  cp "$WORK/grid.png" "$SOURCE_DIR/docs/log-grid-72-42-to-80-41.png"
  cp "$WORK/panel.png" "$SOURCE_DIR/docs/log-grid-panel.png"
fi

finish
