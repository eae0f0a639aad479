# `resdiff log` and `resdiff blame` on the three official PDFs 78/43 → 79/42 → 80/41
# (fixtures/official-pdf/), in every format: the terminal blocks (checked against the PDFs by hand: PP1
# and OP6 updated technically each year, PP5 reworded in 79/42, OP2 in 80/41, PP2 never), -v,
# --ignore-technical, the JSON against tests/report.schema.json and the contract's rules, the
# Markdown note, blame with and without --words, and trouble (one line, exit status 2).
source "$(dirname "$0")/lib/common.bash"

SERIES=$FIXTURES/official-pdf
V78=$SERIES/A_RES_78_43.pdf
V79=$SERIES/A_RES_79_42.pdf
V80=$SERIES/A_RES_80_41.pdf

expect_line() {
  # expect_line WHAT LINE: the output has LINE exactly
  if grep -qxF -- "$2" "$OUT"; then pass "$1"; else fail "$1: no line '$2' in: $(head -c 600 "$OUT")"; fi
}

run "$RESDIFF" log -q --width 0 "$V78" "$V79" "$V80"
[[ $RC -eq 0 ]] || fail "log: exit status $RC: $(cat "$ERR")"
expect_line "log: the series in the header" "History of A/RES/78/43 → A/RES/80/41 · 3 versions"
expect_line "log: PP1 updated technically each year" "PP1  since 78/43 · changed in 79/42 (technical), 80/41 (technical)"
expect_line "log: PP2 never changed" "PP2  since 78/43 · unchanged"
expect_line "log: PP5 reworded in 79/42" "PP5  since 78/43 · changed in 79/42 (substantive)"
expect_line "log: OP2 reworded in 80/41" "OP2  since 78/43 · changed in 80/41 (substantive)"
expect_line "log: OP6 updated technically each year" "OP6  since 78/43 · changed in 79/42 (technical), 80/41 (technical)"
expect_line "log: nothing dropped" "Dropped along the way: none"
grep -qF -- "[-resolution-]" "$OUT" && fail "log without -v shows word changes"

run "$RESDIFF" log -q -v --width 0 "$V78" "$V79" "$V80"
if grep -qF -- "Recalling Security Council [-resolution-]{+resolutions+} 2325 (2016) of 15 December 2016 {+and 2663 (2022) of 30 November 2022+} on" "$OUT" &&
  grep -qxF "    79/42  PP5  substantive" "$OUT"; then
  pass "log -v: PP5's word changes under its 79/42 step"
else
  fail "log -v: PP5's step is missing: $(grep -A3 '^PP5' "$OUT")"
fi

run "$RESDIFF" log -q --ignore-technical --width 0 "$V78" "$V79" "$V80"
expect_line "log --ignore-technical: PP1 has no steps left" "PP1  since 78/43 · unchanged"

# JSON: the schema, and the contract's rules a schema cannot say
run "$RESDIFF" log -q --format json "$V78" "$V79" "$V80"
[[ $RC -eq 0 ]] || fail "log --format json: exit status $RC"
cp "$OUT" "$WORK/log.json"
run "$RESDIFF" parse -q --format json "$V80"
cp "$OUT" "$WORK/newest.json"
if "$PYTHON" - "$SCHEMA" "$WORK/log.json" "$WORK/newest.json" <<'PY'; then pass "log --format json validates and keeps the contract"; else fail "log --format json breaks the schema or the contract"; fi
import json, sys
from jsonschema import Draft202012Validator
schema, log, newest = (json.load(open(p)) for p in sys.argv[1:4])
errors = list(Draft202012Validator(schema).iter_errors(log))
for e in errors[:5]: print("schema:", "/".join(map(str, e.path)), e.message, file=sys.stderr)
problems = []
n = len(log["documents"])
if [d["symbol"] for d in log["documents"]] != ["78/43", "79/42", "80/41"]: problems.append("documents not oldest first")
if len(log["clauses"]) != len(newest["clauses"]): problems.append("not one entry per clause of the newest document")
for c, p in zip(log["clauses"], newest["clauses"]):
    if (c["kind"], c["index"], c["number"], c["text"]) != (p["kind"], p["index"], p["number"], p["text"]):
        problems.append(f"clause {c['label']}: not as in the newest document")
    if not 0 <= c["born"] < n: problems.append(f"clause {c['label']}: born out of range")
    ats = [s["at"] for s in c["steps"]]
    if ats != sorted(set(ats)) or any(a <= c["born"] or a >= n for a in ats): problems.append(f"clause {c['label']}: steps out of order")
    for s in c["steps"]:
        old = "".join(e["text"] for e in s["edits"] if e["op"] != "insert")
        new = "".join(e["text"] for e in s["edits"] if e["op"] != "delete")
        if c["versions"][s["at"]] and s["at"] == n - 1 and new != c["text"]: problems.append(f"clause {c['label']}: last step's edits do not give its text")
for g in log["gone"]:
    if not 0 <= g["born"] < g["died"] < n: problems.append("a gone clause dies out of its life")
pp5 = [c for c in log["clauses"] if c["label"] == "PP5"][0]
if [(s["at"], s["status"], s["technical"]) for s in pp5["steps"]] != [(1, "changed", False)]: problems.append(f"PP5 steps {pp5['steps']}")
for p in problems: print("contract:", p, file=sys.stderr)
sys.exit(1 if errors or problems else 0)
PY

run "$RESDIFF" log -q --format markdown "$V78" "$V79" "$V80"
if [[ $RC -eq 0 ]] && grep -qxF "# History of A/RES/78/43 → A/RES/80/41" "$OUT" &&
  grep -qxF -- "- **PP5** (since 78/43)" "$OUT" &&
  grep -qF -- "  - 79/42: In the fifth preambular paragraph, the word “resolution” was replaced by “resolutions”" "$OUT"; then
  pass "log --format markdown: the note names PP5's change in words"
else
  fail "log --format markdown: $(head -c 600 "$OUT")"
fi

# blame: the version each clause last changed in; --words: the version of each run of words
run "$RESDIFF" blame -q --width 0 "$V78" "$V79" "$V80"
if [[ $RC -eq 0 ]] && grep -qE '^79/42 +PP5 +Recalling Security Council resolutions 2325' "$OUT" &&
  grep -qE '^78/43 +PP2 +Recognizing the determination' "$OUT" && grep -qE '^80/41 +OP2 +Appeals' "$OUT"; then
  pass "blame: each clause with the version it last changed in"
else
  fail "blame: $(head -c 600 "$OUT")"
fi
run "$RESDIFF" blame -q --words --width 0 "$V78" "$V79" "$V80"
if grep -qF "Recalling Security Council {79/42: resolutions} 2325 (2016) of 15 December 2016 {79/42: and 2663 (2022) of 30 November 2022} on" "$OUT"; then
  pass "blame --words: PP5's words from 79/42 marked"
else
  fail "blame --words: $(grep PP5 "$OUT")"
fi
run "$RESDIFF" blame -q --format json "$V78" "$V79" "$V80"
cp "$OUT" "$WORK/blame.json"
if "$PYTHON" - "$SCHEMA" "$WORK/blame.json" <<'PY'; then pass "blame --format json validates; its runs give back each text"; else fail "blame --format json"; fi
import json, sys
from jsonschema import Draft202012Validator
schema, blame = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
errors = list(Draft202012Validator(schema).iter_errors(blame))
bad = [c["label"] for c in blame["clauses"] if "".join(r["text"] for r in c["runs"]) != c["text"]]
print(errors[:3], bad[:3], file=sys.stderr) if errors or bad else None
sys.exit(1 if errors or bad else 0)
PY

# any mix of formats: the Markdown extraction of 80/41 after the PDFs of 78/43 and 79/42
run "$RESDIFF" log -q --width 0 "$V78" "$V79" "$NEW"
expect_line "log: PDF, PDF, Markdown" "PP5  since 78/43 · changed in 79/42 (substantive)"

# trouble: one line naming the file or the option, exit status 2, nothing on standard output
expect_trouble "log: one file" "at least two" "$RESDIFF" log "$V80"
expect_trouble "log: missing file" "$WORK/missing.pdf" "$RESDIFF" log "$V78" "$WORK/missing.pdf" "$V80"
expect_trouble "log: standard input twice" "-" "$RESDIFF" log - - "$V80"
expect_trouble "log: docx is no log format" "docx" "$RESDIFF" log --format docx "$V78" "$V80"
expect_trouble "blame: html is no blame format" "html" "$RESDIFF" blame --format html "$V78" "$V80"
expect_trouble "log: files and --git" "--git" "$RESDIFF" log --git "$V80" "$V78" "$V79"
expect_trouble "log --git: not in a repository" "$WORK/x.md" "$RESDIFF" log --git "$WORK/x.md"

# -o writes the page whole
run "$RESDIFF" log -q --format html -o "$WORK/log.html" "$V78" "$V79" "$V80"
if [[ $RC -eq 0 && ! -s $OUT ]] && grep -qF '</html>' "$WORK/log.html"; then pass "log -o: the page in the file"; else fail "log -o: exit status $RC"; fi

finish
