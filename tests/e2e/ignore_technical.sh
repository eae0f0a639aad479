# --ignore-technical hides only what moved with the calendar (docs/TECHNICAL.md), never a changed
# deadline, a changed historical year or anything else in a pair of one session. The edited
# texts are made up from the real A/RES/80/41 (fixtures/A_RES_80_41.md) by the edits named below.
source "$(dirname "$0")/lib/common.bash"


# Issue 9: a report "by 30 April annually" whose deadline became "by 31 May annually".
edit_new april 's/their manufacture;/their manufacture, and to report on them by 30 April annually;/'
edit_new may 's/their manufacture;/their manufacture, and to report on them by 31 May annually;/'
expect_status "a changed yearly deadline is shown with --ignore-technical" 1 "$RESDIFF" -q --ignore-technical "$WORK/april.md" "$WORK/may.md"
if ! grep -q "31 May" "$OUT"; then fail "the changed deadline is not in the report: $(head -c 300 "$OUT")"; fi
expect_status "the deadline change, JSON: substantive" 1 "$RESDIFF" -q --format json "$WORK/april.md" "$WORK/may.md"
if ! grep -q '"technical_only": false' "$OUT"; then fail "the deadline change is called technical"; fi

# Issue 9: the 2010 Nuclear Security Summit edited to 2011.
edit_new summit 's/on 12 and 13 April 2010 in Washington/on 12 and 13 April 2011 in Washington/'
expect_status "a changed historical year is shown with --ignore-technical" 1 "$RESDIFF" -q --ignore-technical "$NEW" "$WORK/summit.md"
if ! grep -q "2011" "$OUT"; then fail "the changed year is not in the report: $(head -c 300 "$OUT")"; fi

# A pair of one session: the next session edited is a postponement, not a calendar update.
edit_new postponed 's/provisional agenda of its eighty-first session/provisional agenda of its eighty-second session/'
expect_status "a session ordinal changed within one session is shown" 1 "$RESDIFF" -q --ignore-technical "$NEW" "$WORK/postponed.md"
if ! grep -q "eighty-second" "$OUT"; then fail "the changed session is not in the report: $(head -c 300 "$OUT")"; fi

# The calendar's own updates between 76/28 and 80/41 are hidden; the substantive edits stay.
expect_status "76/28 vs 80/41 with --ignore-technical" 1 "$RESDIFF" -q --ignore-technical --format json "$OLD" "$NEW"
"$PYTHON" - "$OUT" <<'PY' || fail "76/28 vs 80/41: technical entries not hidden or substantive ones hidden"
import json, sys
r = json.load(open(sys.argv[1]))
def entry(kind, index):
    return next(e for e in r["clauses"] if e["kind"] == kind and e["new"] and e["new"][0]["index"] == index)
assert all(entry("preambular", i)["status"] == "unchanged" for i in (1, 16)), "PP1/PP16"
assert all(entry("operative", i)["status"] == "unchanged" for i in (5, 6)), "OP5/OP6"
assert all(entry("preambular", i)["status"] == "changed" for i in (5, 7, 8, 9, 13)), "substantive recitals"
assert entry("operative", 2)["status"] == "changed", "OP2"
PY
pass "76/28 vs 80/41: PP1, PP16, OP5, OP6 hidden; PP5, PP7, PP8, PP9, PP13, OP2 shown"

finish
