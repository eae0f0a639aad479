#!/usr/bin/env python3
"""dask_pairs.py: resdiff over a pair list as a Dask job, JSON Lines collected.

    /usr/bin/python3 bench/scale/dask_pairs.py PAIRS.tsv OUT.jsonl [--scheduler ADDRESS] [--workers N]

PAIRS.tsv holds "OLD<TAB>NEW" lines (paths every worker can read), as `resdiff batch --list`
writes them. Without --scheduler a LocalCluster of N single-threaded worker processes starts here
(default: one per core); with it, the job goes to an existing Dask cluster (`dask scheduler` on one
machine, `dask worker tcp://HOST:8786` on each of the others), and resdiff must be on every
worker's PATH (or $RESDIFF set there). Each task runs `resdiff OLD NEW --format json` and returns
the report as one compact JSON line, or an error record; the lines are written in the pair list's
order whatever order the tasks finish in, errors to OUT.jsonl.errors. Debian packages:
python3-dask, python3-distributed.

Worked example on this machine (two local workers):
    /usr/bin/python3 bench/scale/dask_pairs.py pairs.tsv reports.jsonl --workers 2
    dask_pairs.py: 30 pairs (0 failed) in 38.0 s on 2 workers, 0.79 pairs/s
"""
import argparse
import json
import os
import subprocess
import sys
import time


def compare(pair, resdiff):
    """One task: (old, new) → (True, compact JSON line) or (False, error message)."""
    old, new = pair
    proc = subprocess.run([resdiff, "-q", "--format", "json", old, new], capture_output=True)
    if proc.returncode > 1:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return False, (message[0] if message else f"exit status {proc.returncode}")
    report = json.loads(proc.stdout)
    return True, json.dumps(report, ensure_ascii=False, separators=(",", ":"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs")
    ap.add_argument("out")
    ap.add_argument("--scheduler", default="", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local workers (without --scheduler)")
    args = ap.parse_args()
    from dask.distributed import Client, LocalCluster, as_completed

    pairs = [tuple(line.rstrip("\n").split("\t")[:2]) for line in open(args.pairs, encoding="utf-8") if line.strip()]
    resdiff = os.environ.get("RESDIFF", "resdiff")
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    workers = len(client.scheduler_info()["workers"])
    start = time.perf_counter()
    futures = client.map(compare, pairs, resdiff=resdiff, pure=False)
    index = {f.key: i for i, f in enumerate(futures)}
    results = [None] * len(pairs)
    for future in as_completed(futures):
        results[index[future.key]] = future.result()
    seconds = time.perf_counter() - start
    failed = 0
    with open(args.out, "w", encoding="utf-8") as out, open(args.out + ".errors", "w", encoding="utf-8") as errors:
        for (ok, text), (old, new) in zip(results, pairs):
            if ok:
                out.write(text + "\n")
            else:
                failed += 1
                errors.write(f"{old}\t{new}\t{text}\n")
    client.close()
    if cluster is not None:
        cluster.close()
    print(f"dask_pairs.py: {len(pairs)} pairs ({failed} failed) in {seconds:.1f} s on {workers} workers, "
          f"{len(pairs) / seconds:.2f} pairs/s", file=sys.stderr)


if __name__ == "__main__":
    main()
