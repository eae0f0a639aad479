#!/usr/bin/env bash
# parallel.sh: resdiff over a pair list sharded with GNU parallel across ssh hosts, JSON Lines out.
#
#   bench/scale/parallel.sh PAIRS.tsv OUT.jsonl [HOSTS]
#
# PAIRS.tsv holds one pair a line, "OLD<TAB>NEW" (paths every host can read: a shared file
# system, or the same tree copied to each host), as `resdiff batch --list OLD_DIR NEW_DIR` writes
# it. HOSTS is a GNU parallel --sshloginfile: one "[N/]user@host" a line, ":" for this machine
# (default: ":" alone, i.e. all local cores). Each host runs `resdiff OLD NEW --format json` (the
# binary must be on its PATH, or set RESDIFF to its path there) through pair-report.sh, which
# puts the report on one line, and the lines come back in the pair list's order (--keep-order), so OUT.jsonl is
# the same whatever the hosts. A pair whose comparison fails (exit 2) is left out of OUT.jsonl
# and listed with its message in OUT.jsonl.errors; parallel's job log goes to OUT.jsonl.log.
#
# Worked example on one machine, two local "hosts" of one core each:
#   printf '1/:\n1/:\n' >hosts; bench/scale/parallel.sh pairs.tsv reports.jsonl hosts
#   → reports.jsonl (one report per pair) and "parallel.sh: 30 pairs in 41.2 s, 0.73 pairs/s"
set -euo pipefail

pairs=${1:?usage: parallel.sh PAIRS.tsv OUT.jsonl [HOSTS]}
out=${2:?usage: parallel.sh PAIRS.tsv OUT.jsonl [HOSTS]}
hosts=${3:-}
export RESDIFF=${RESDIFF:-resdiff}
command -v parallel >/dev/null || { echo "parallel.sh: GNU parallel is missing (apt-get install parallel)" >&2; exit 2; }

worker=$(cd "$(dirname "$0")" && pwd)/pair-report.sh
login=(--sshlogin :)
[[ -n $hosts ]] && login=(--sshloginfile "$hosts" --basefile "$worker")  # ship the worker to remote hosts
start=$(date +%s.%N)
parallel --colsep '\t' --keep-order --joblog "$out.log" "${login[@]}" \
  --env RESDIFF sh "$worker" {1} {2} <"$pairs" >"$out.all"
end=$(date +%s.%N)
grep -v $'^ERROR\t' "$out.all" >"$out" || true
grep $'^ERROR\t' "$out.all" | cut -f2- >"$out.errors" || true
rm -f "$out.all"
n=$(wc -l <"$pairs")
awk -v n="$n" -v s="$start" -v e="$end" -v bad="$(wc -l <"$out.errors")" \
  'BEGIN { printf "parallel.sh: %d pairs (%d failed) in %.1f s, %.2f pairs/s\n", n, bad, e - s, n / (e - s) }' >&2
