# --format json of 76/28 vs 80/41, and `parse --format json` of every fixture, validate against
# tests/report.schema.json (Draft 2020-12), and the report keeps the contract's other promises.
source "$(dirname "$0")/lib/common.bash"

validate() {
  # validate FILE WHAT: schema validation plus the contract's rules that a schema cannot say
  "$PYTHON" - "$SCHEMA" "$1" <<'PY'
import json, sys
from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
doc = json.load(open(sys.argv[2]))
errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
for error in errors[:10]:
    print("schema:", "/".join(map(str, error.path)), error.message, file=sys.stderr)
if errors:
    sys.exit(1)

if doc["format"] == "resdiff-report":
    problems = []
    for n, entry in enumerate(doc["clauses"]):
        status, old, new, edits = entry["status"], entry["old"], entry["new"], entry["edits"]
        if status == "inserted" and old: problems.append(f"clause {n}: inserted with an old side")
        if status == "deleted" and new: problems.append(f"clause {n}: deleted with a new side")
        if status not in ("inserted", "split") and len(old) != 1 and status != "merged": problems.append(f"clause {n}: {status} with {len(old)} old")
        if status not in ("deleted", "merged") and len(new) != 1 and status != "split": problems.append(f"clause {n}: {status} with {len(new)} new")
        old_text = "".join(e["text"] for e in edits if e["op"] in ("equal", "delete"))
        new_text = "".join(e["text"] for e in edits if e["op"] in ("equal", "insert"))
        if len(old) == 1 and old_text != old[0]["text"]: problems.append(f"clause {n}: edits do not give back the old text")
        if len(new) == 1 and new_text != new[0]["text"]: problems.append(f"clause {n}: edits do not give back the new text")
        if entry["technical"] and status == "unchanged": problems.append(f"clause {n}: unchanged but technical")
    for part in ("preambular", "operative"):
        counts = doc["summary"][part]
        listed = sum(1 for e in doc["clauses"] if e["kind"] == part)
        if sum(counts[s] for s in ("unchanged", "changed", "moved", "inserted", "deleted", "split", "merged")) != listed:
            problems.append(f"summary.{part} does not add up to its {listed} entries")
    for problem in problems[:10]:
        print("contract:", problem, file=sys.stderr)
    sys.exit(1 if problems else 0)
PY
}

run "$RESDIFF" -q --format json "$OLD" "$NEW"
[[ $RC -eq 1 ]] || fail "76/28 vs 80/41 json: exit status $RC"
cp "$OUT" "$WORK/report.json"
if validate "$WORK/report.json"; then pass "76/28 vs 80/41: the report validates"; else fail "76/28 vs 80/41: the report does not validate"; fi

# the counts the corpus README gives, as a smoke test of the whole report
if "$PYTHON" - "$WORK/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["old"]["symbol"] == "76/28" and r["new"]["symbol"] == "80/41", (r["old"]["symbol"], r["new"]["symbol"])
assert r["old"]["session"] == 76 and r["new"]["session"] == 80
assert r["old"]["preambular"] == r["new"]["preambular"] == 18
assert r["old"]["operative"] == r["new"]["operative"] == 6
assert r["summary"]["preambular"]["changed"] == 7, r["summary"]["preambular"]
assert r["summary"]["operative"]["changed"] == 3, r["summary"]["operative"]
assert r["summary"]["technical_only"] is False
PY
then pass "76/28 vs 80/41: the report's documents and counts"; else fail "76/28 vs 80/41: documents or counts are wrong"; fi

run "$RESDIFF" -q --format json "$NEW" "$NEW"
cp "$OUT" "$WORK/same.json"
if validate "$WORK/same.json"; then pass "a file against itself: the report validates"; else fail "a file against itself: the report does not validate"; fi

for fixture in "$FIXTURES"/*.md; do
  name=$(basename "$fixture")
  case $name in *README*) continue ;; esac
  run "$RESDIFF" -q parse --format json "$fixture"
  if [[ $RC -ne 0 ]]; then fail "parse $name: exit status $RC: $(cat "$ERR")"; continue; fi
  cp "$OUT" "$WORK/parse.json"
  if validate "$WORK/parse.json"; then pass "parse $name validates"; else fail "parse $name does not validate"; fi
done

finish
