#!/usr/bin/env python3
"""speed.py: resdiff's speed against git, diff, wdiff, dwdiff and difflib, in one run.

The benchmark of issue 10 (a program run by hand, never by ctest: machines are shared and noisy).
It builds the large pairs (bench/make_pairs.cpp: 1k, 8k and 64k clauses made from real corpus
clauses, 1% and 10% edited, plus two unrelated documents), takes the UN's real PDFs
A/RES/79/144 -> A/RES/80/110 (56 pages), and times every tool on the same pair in the same run,
in turn (resdiff, git, diff, ... then again), so that a machine that slows down slows all of them.
Each figure is the median of --rounds runs; peak RSS comes from wait4()'s rusage (ru_maxrss, the
same figure as /usr/bin/time -v's "Maximum resident set size").

    resdiff   resdiff OLD NEW --format json
    git       git diff --no-index --word-diff OLD NEW
    diff      diff -u OLD NEW
    wdiff     wdiff OLD NEW
    dwdiff    dwdiff OLD NEW
    difflib   python3: difflib.unified_diff over the lines
    (PDF)     pdftotext OLD + pdftotext NEW + git diff --no-index --word-diff of the two texts

For the PDF pair the peers run on pdftotext's texts (made once, before the timing). The targets of
issue 10 are checked as ratios of this one run and printed with the table, which is also written
between the markers of docs/benchmarks.md (the rest of that page is prose kept by hand).

Worked example, from the project root after
`cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DRESDIFF_BENCH=ON && cmake --build build-bench`:

    python3 bench/speed.py --build build-bench                 # everything, 3 rounds (~10 min)
    python3 bench/speed.py --build build-bench --sizes 1000 --rounds 1 --no-write   # a quick look
"""
import argparse
import datetime
import glob
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN = "<!-- speed.py: begin -->"
END = "<!-- speed.py: end -->"
DIFFLIB = (
    "import difflib,sys\n"
    "a=open(sys.argv[1],encoding='utf-8').readlines();b=open(sys.argv[2],encoding='utf-8').readlines()\n"
    "sys.stdout.writelines(difflib.unified_diff(a,b,sys.argv[1],sys.argv[2]))\n"
)


def corpus_dir():
    """The shared corpus: $RESDIFF_CORPUS, else ../shared/corpus beside the checkout or its parent."""
    candidates = [os.environ.get("RESDIFF_CORPUS", ""), os.path.join(ROOT, "..", "shared", "corpus"),
                  os.path.join(ROOT, "..", "..", "shared", "corpus")]
    for c in candidates:
        if c and os.path.isdir(os.path.join(c, "pdf")):
            return os.path.abspath(c)
    sys.exit("speed.py: no corpus (set RESDIFF_CORPUS to the folder holding pdf/)")


def run(argv, timeout, stdin=None):
    """Runs argv with output to /dev/null; returns (seconds, peak RSS in KiB, exit status) or None on time-out."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=null, stderr=null, stdin=stdin)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return None
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        return seconds, usage.ru_maxrss, proc.returncode


def tools(resdiff, have):
    out = [("resdiff", lambda o, n: [resdiff, o, n, "--format", "json"])]
    out.append(("git", lambda o, n: ["git", "diff", "--no-index", "--no-color", "--word-diff", o, n]))
    out.append(("diff", lambda o, n: ["diff", "-u", o, n]))
    if have("wdiff"):
        out.append(("wdiff", lambda o, n: ["wdiff", o, n]))
    if have("dwdiff"):
        out.append(("dwdiff", lambda o, n: ["dwdiff", o, n]))
    out.append(("difflib", lambda o, n: [sys.executable, "-c", DIFFLIB, o, n]))
    return out


def fmt_s(x):
    if x is None:
        return "—"
    if x == float("inf"):
        return "timeout"
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def fmt_mb(kib):
    return "—" if kib is None else f"{kib / 1024:.0f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default="build-bench", help="build folder with resdiff and bench/make_pairs")
    ap.add_argument("--sizes", default="1000,8000,64000", help="clause counts of the synthetic pairs")
    ap.add_argument("--rates", default="1,10", help="edit rates in per cent")
    ap.add_argument("--unrelated", default="8000", help="sizes of the unrelated pair (empty: none)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a tool's run is abandoned")
    ap.add_argument("--work", default="", help="folder for the generated pairs (default: a temporary one)")
    ap.add_argument("--no-write", action="store_true", help="print the table only, leave docs/benchmarks.md")
    args = ap.parse_args()

    build = os.path.abspath(args.build)
    resdiff = os.path.join(build, "resdiff")
    make_pairs = os.path.join(build, "bench", "make_pairs")
    for exe in (resdiff, make_pairs):
        if not os.access(exe, os.X_OK):
            sys.exit(f"speed.py: {exe} is missing (build with -DRESDIFF_BENCH=ON)")
    corpus = corpus_dir()
    work = args.work or tempfile.mkdtemp(prefix="resdiff-speed-")
    os.makedirs(work, exist_ok=True)
    have = lambda name: shutil.which(name) is not None

    # the pairs: synthetic ones from the corpus's clauses, the real PDF pair, the unrelated worst case
    pool = sorted(glob.glob(os.path.join(corpus, "pdf", "*.pdf"))) + sorted(glob.glob(os.path.join(corpus, "*.md")))
    subprocess.run([make_pairs, work, args.sizes, args.rates] + pool, check=True)
    if args.unrelated:
        subprocess.run([make_pairs, work, args.unrelated, "unrelated"] + pool, check=True)
    pairs = []
    for n in [int(s) for s in args.sizes.split(",")]:
        for r in [int(s) for s in args.rates.split(",")]:
            base = os.path.join(work, f"syn-{n}-{r}")
            pairs.append((f"{n // 1000}k clauses, {r}% edited", base + ".old.md", base + ".new.md", None))
    for n in [int(s) for s in args.unrelated.split(",") if s]:
        base = os.path.join(work, f"unrelated-{n}")
        pairs.append((f"{n // 1000}k clauses, unrelated", base + ".old.md", base + ".new.md", None))
    pdf_old = os.path.join(corpus, "pdf", "A_RES_79_144.pdf")
    pdf_new = os.path.join(corpus, "pdf", "A_RES_80_110.pdf")
    texts = []
    for pdf in (pdf_old, pdf_new):
        txt = os.path.join(work, os.path.basename(pdf)[:-4] + ".txt")
        subprocess.run(["pdftotext", pdf, txt], check=True)
        texts.append(txt)
    pairs.append(("PDF 79/144 → 80/110", pdf_old, pdf_new, texts))

    toolset = tools(resdiff, have)
    pdf_chain = ("pdftotext+git", lambda o, n: ["sh", "-c",
                 'pdftotext "$1" "$3/a.txt" && pdftotext "$2" "$3/b.txt" && git diff --no-index --no-color --word-diff "$3/a.txt" "$3/b.txt"; test $? -le 1',
                 "sh", o, n, work])

    results = {}  # (pair, tool) -> (median seconds, max rss KiB)
    parse_rate = None
    for label, old, new, peer_inputs in pairs:
        runs = {}
        plan = [(name, make(old, new)) if name == "resdiff" or peer_inputs is None else (name, make(*peer_inputs))
                for name, make in toolset]
        if peer_inputs is not None:
            plan.append((pdf_chain[0], pdf_chain[1](old, new)))
        for rnd in range(args.rounds):
            order = plan if rnd % 2 == 0 else list(reversed(plan))
            for name, argv in order:
                if runs.get(name) == "timeout":
                    continue
                got = run(argv, args.timeout)
                if got is None:
                    runs[name] = "timeout"
                    continue
                runs.setdefault(name, []).append(got)
        for name, got in runs.items():
            if got == "timeout":
                results[(label, name)] = (float("inf"), None)
            else:
                results[(label, name)] = (statistics.median(g[0] for g in got), max(g[1] for g in got))
        sizes = (os.path.getsize(old) + os.path.getsize(new)) / 1e6
        print(f"{label:30} {sizes:7.1f} MB  " +
              "  ".join(f"{n} {fmt_s(results[(label, n)][0])}" for n, _ in plan), flush=True)

    # reading speed: `resdiff parse` of the largest synthetic document
    largest = max((p for p in pairs if p[3] is None and "unrelated" not in p[0]), key=lambda p: os.path.getsize(p[1]))
    times = [run([resdiff, "parse", largest[1], "--format", "json"], args.timeout) for _ in range(args.rounds)]
    if all(times):
        parse_seconds = statistics.median(t[0] for t in times)
        parse_rate = os.path.getsize(largest[1]) / 1e6 / parse_seconds

    table = render(pairs, toolset, results, parse_rate, largest, args)
    print(table)
    if not args.no_write:
        path = os.path.join(ROOT, "docs", "benchmarks.md")
        doc = open(path, encoding="utf-8").read() if os.path.exists(path) else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
        if BEGIN not in doc:
            doc += f"\n{BEGIN}\n{END}\n"
        head, rest = doc.split(BEGIN, 1)
        tail = rest.split(END, 1)[1] if END in rest else ""
        open(path, "w", encoding="utf-8").write(head + BEGIN + "\n" + table + END + tail)
        print(f"speed.py: wrote {path}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


def render(pairs, toolset, results, parse_rate, largest, args):
    names = [n for n, _ in toolset]
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = [f"Measured {datetime.date.today().isoformat()} at commit {commit} on {os.cpu_count()} cores ({cpu}), "
           f"{platform.system()} {platform.release()}; medians of {args.rounds} runs in turn, seconds "
           f"(resdiff's peak RSS in MB; ratio = resdiff ÷ git's word diff).\n"]
    out.append("| pair | MB a side | " + " | ".join(names) + " | resdiff RSS | ratio to git |")
    out.append("|---|---:|" + "---:|" * len(names) + "---:|---:|")
    for label, old, new, peer in pairs:
        size = (os.path.getsize(old) + os.path.getsize(new)) / 2e6
        row = [label, f"{size:.2f}"] + [fmt_s(results.get((label, n), (None, None))[0]) for n in names]
        rd, rss = results.get((label, "resdiff"), (None, None))
        base = results.get((label, "pdftotext+git" if peer else "git"), (None, None))[0]
        ratio = "—" if rd in (None, float("inf")) or not base or base == float("inf") else f"{rd / base:.2f}×"
        row += [fmt_mb(rss), ratio + (" (pdftotext+git)" if peer else "")]
        out.append("| " + " | ".join(row) + " |")
    out.append("")

    # the targets, each a ratio of this run
    def t(label, tool="resdiff"):
        return results.get((label, tool), (None, None))[0]

    checks = []
    rate = args.rates.split(",")[0]
    for n in ("8", "64"):
        label = f"{n}k clauses, {rate}% edited"
        if t(label) and t(label, "git"):
            r = t(label) / t(label, "git")
            checks.append((f"{n}k clauses: resdiff ÷ git --word-diff ≤ 1", f"{r:.2f}", r <= 1))
    a, b = t(f"8k clauses, {rate}% edited"), t(f"64k clauses, {rate}% edited")
    if a and b:
        checks.append(("64k ÷ 8k time ≤ 10", f"{b / a:.1f}", b / a <= 10))
    worst = None
    for label, old, new, _ in pairs:
        rss = results.get((label, "resdiff"), (None, None))[1]
        if rss is None:
            continue
        limit = 4 * (os.path.getsize(old) + os.path.getsize(new)) / 1024 + 30 * 1024
        share = rss / limit
        if worst is None or share > worst[1]:
            worst = (label, share, rss)
    if worst:
        checks.append((f"peak RSS ≤ 4 × inputs + 30 MB (worst: {worst[0]})", f"{worst[1]:.2f} of the limit", worst[1] <= 1))
    if parse_rate:
        checks.append((f"reading (`resdiff parse --format json`, {largest[0]} old side) ≥ 100 MB/s",
                       f"{parse_rate:.0f} MB/s", parse_rate >= 100))
    pdf = [p for p in pairs if p[3]]
    if pdf and t(pdf[0][0]) and t(pdf[0][0], "pdftotext+git"):
        r = t(pdf[0][0]) / t(pdf[0][0], "pdftotext+git")
        checks.append(("PDF pair: resdiff ÷ (pdftotext of both + git --word-diff) ≤ 1", f"{r:.2f}", r <= 1))
    out.append("| target | measured | met |")
    out.append("|---|---:|---|")
    for what, value, ok in checks:
        out.append(f"| {what} | {value} | {'yes' if ok else '**no**'} |")
    out.append("")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
