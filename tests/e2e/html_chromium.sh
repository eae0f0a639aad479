# The HTML report of A/RES/76/28 → A/RES/80/41 in headless Chromium (Debian's chromium package,
# installed by scripts/install-deps.sh): the DOM after the page's script ran has the summary table
# with the counts of the JSON report, an anchor per clause, the inline / side-by-side toggle and
# the script's buttons; the list of changes links every changed clause; the keys j / n and k / p
# step through the changes (pressed by a small script added to a copy of the page, which writes
# down where each key press led); and a screenshot renders. RESDIFF_UPDATE_SCREENSHOT=1 also copies the
# screenshot to docs/report-76-28-vs-80-41.png.
source "$(dirname "$0")/lib/common.bash"

if [[ -z $CHROMIUM ]]; then
  fail "chromium is not installed (scripts/install-deps.sh installs it)"
  finish
fi

run "$RESDIFF" -q --format html -o "$WORK/report.html" "$OLD" "$NEW"
[[ $RC -eq 1 ]] || fail "--format html: exit status $RC, expected 1: $(cat "$ERR")"
[[ -s $WORK/report.html ]] || { fail "--format html wrote nothing"; finish; }
run "$RESDIFF" -q --format json -o "$WORK/report.json" "$OLD" "$NEW"

if ! chromium --dump-dom "file://$WORK/report.html" >"$WORK/dom.html"; then
  fail "chromium --dump-dom failed: $(tail -3 "$WORK/chromium.log")"
fi

"$PYTHON" - "$WORK/dom.html" "$WORK/report.json" <<'PY' || FAILURES=$((FAILURES + 1))
import json, re, sys
from html.parser import HTMLParser

dom = open(sys.argv[1], encoding="utf-8").read()
report = json.load(open(sys.argv[2], encoding="utf-8"))

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.rows, self.row, self.cell, self.buttons, self.stack = set(), {}, None, None, [], []
        self.external = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a: self.ids.add(a["id"])
        if tag == "tr" and a.get("class"): self.row = a["class"]; self.rows[self.row] = {}
        if tag == "td" and self.row and "n" in a.get("class", "").split():
            self.cell = a["class"].split()[1]; self.rows[self.row][self.cell] = ""
        if tag == "button": self.buttons.append(a.get("class", ""))
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"): self.external.append((tag, a[key]))
    def handle_endtag(self, tag):
        if tag == "td": self.cell = None
        if tag == "tr": self.row = None
    def handle_data(self, data):
        if self.row and self.cell: self.rows[self.row][self.cell] += data.strip()

page = Page()
page.feed(dom)
failures = []
parts = report["summary"]
def counts(part):
    return parts[part] if part in parts else parts["parts"][part]
for row, part in (("preambular", "preambular"), ("operative", "operative")):
    try:
        want = counts(part)
    except KeyError:
        failures.append(f"no {part} counts in the JSON summary: {list(parts)}")
        continue
    for key in ("unchanged", "changed", "moved", "inserted", "deleted", "split", "merged"):
        got = page.rows.get(row, {}).get(key)
        if got != str(want[key]):
            failures.append(f"summary table {row}/{key}: {got!r}, JSON says {want[key]}")
for i in range(1, 19):
    if f"PP{i}" not in page.ids: failures.append(f"no anchor PP{i}")
for i in range(1, 7):
    if f"OP{i}" not in page.ids: failures.append(f"no anchor OP{i}")
for needed in ("view-inline", "view-side", "summary"):
    if needed not in page.ids: failures.append(f"no element #{needed}")
if "expand-all" not in page.buttons: failures.append("the page's script did not run: no expand-all button")
if page.external: failures.append(f"external references: {page.external[:3]}")
if "<ins>and 2663 (2022) of 30 November 2022</ins>" not in dom: failures.append("PP5's insertion is not marked <ins>")
for cls in ("previous-change", "next-change"):
    if cls not in page.buttons: failures.append(f"no {cls} button")
# the list of changes: one link per changed clause, to an anchor that exists
links = re.findall(r'<li><a class="label" href="#([^"]+)">', dom)
changed = [e for e in report["clauses"] if e["status"] != "unchanged"]
if len(set(l for l in links if l != "metadata")) != len(changed):
    failures.append(f"the list of changes links {len(links)} places, the JSON report has {len(changed)} changed clauses")
for l in links:
    if l not in page.ids: failures.append(f"the list of changes links #{l}, which is not on the page")
if "In the fifth preambular paragraph, the word <q" not in dom: failures.append("no committee-report sentence for PP5")
for f in failures: print("FAIL:", f, file=sys.stderr)
if not failures: print("ok: the DOM after scripts has the JSON report's counts, 24 clause anchors, the toggle and the script's buttons")
sys.exit(1 if failures else 0)
PY

# The keys, pressed in the page: j, j, k, n, p, then j with Ctrl (ignored). The added script
# records the change each press reached (the page sets body[data-current-change]).
sed 's|</body>|<script>(function () { var log = []; var press = function (key, ctrl) { document.dispatchEvent(new KeyboardEvent("keydown", {key: key, ctrlKey: !!ctrl, bubbles: true})); log.push(document.body.getAttribute("data-current-change") + "@" + location.hash); }; press("j"); press("j"); press("k"); press("n"); press("p"); press("j", true); var pre = document.createElement("pre"); pre.id = "key-log"; pre.textContent = log.join(" "); document.body.appendChild(pre); })();</script></body>|' \
  "$WORK/report.html" >"$WORK/keys.html"
if chromium --dump-dom "file://$WORK/keys.html" >"$WORK/keys-dom.html"; then
  log=$(sed -n 's|.*<pre id="key-log">\([^<]*\)</pre>.*|\1|p' "$WORK/keys-dom.html")
  if [[ $log == "PP1@#PP1 PP5@#PP5 PP1@#PP1 PP5@#PP5 PP1@#PP1 PP1@#PP1" ]]; then
    pass "keys: j and n step to the next change, k and p to the previous one, Ctrl+j does nothing ($log)"
  else
    fail "keys: the presses j j k n p Ctrl+j reached '$log', expected PP1 PP5 PP1 PP5 PP1 PP1"
  fi
else
  fail "chromium --dump-dom (keys) failed: $(tail -3 "$WORK/chromium.log")"
fi

if chromium --screenshot="$WORK/report.png" --window-size=1280,2000 "file://$WORK/report.html" >/dev/null &&
  [[ -s $WORK/report.png ]] && [[ $(head -c 8 "$WORK/report.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]; then
  pass "screenshot: $(stat -c %s "$WORK/report.png") bytes of PNG"
  if [[ ${RESDIFF_UPDATE_SCREENSHOT:-} == 1 ]]; then cp "$WORK/report.png" "$SOURCE_DIR/docs/report-76-28-vs-80-41.png"; fi
else
  fail "chromium --screenshot failed: $(tail -3 "$WORK/chromium.log")"
fi

finish
