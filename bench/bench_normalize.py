"""Benchmark ``gazetteer normalize`` against the floor of a plain stdlib CSV copy.

Builds a CSV of real KATOTTG names written in several romanisations (kmu2010, bgn, iso9,
scholarly) with random typos (about 30,000 distinct values at the default size), plus other
columns, then prints rows/s for the command (as a subprocess and in-process), rows/s of a
stdlib ``csv`` read+write of the same file, their ratio, and peak memory. The in-process run
(with the pre-scan, as the command does for a file) is split into the pre-scan's reading, the
time spent resolving the distinct values (in the worker processes when there are many) and
the rest (reading, writing, the per-row work), which is set against the floor and against
the same run with an instant resolver; a second in-process run streams without the pre-scan
(as for standard input), for comparison. The command's runs use bytecode, as a user's
machine does (compiled first into a temporary ``PYTHONPYCACHEPREFIX``, where the environment
sets ``PYTHONDONTWRITEBYTECODE``). These runs resolve every value (``--no-memo``); a
last one runs the command again with the values remembered from the run before it
(:mod:`gazetteer.memo`), as a pipeline that normalises a like file each day does.

    python bench/bench_normalize.py            # 1,000,000 rows
    python bench/bench_normalize.py --rows 100000 --distinct 5000 --jobs 1
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from baseline import bytecode_env  # noqa: E402

STANDARDS = ("kmu2010", "bgn", "iso9", "scholarly")
LETTERS = "abcdefghijklmnoprstuvyz"


def names(limit: int, rng: random.Random) -> list[tuple[str, str]]:
    """``(name_uk, oblast code)`` of settlements from ``data/katottg.tsv``."""
    with open(ROOT / "data" / "katottg.tsv", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        found = [(r["name_uk"], r["oblast"][:4]) for r in rows if r["category"] in "MXCK"]
    rng.shuffle(found)
    return found[:limit]


def typo(text: str, rng: random.Random) -> str:
    """One random edit: drop, double, swap or replace a letter."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    op = rng.randrange(4)
    if op == 0:
        return text[:i] + text[i + 1 :]
    if op == 1:
        return text[:i] + text[i] + text[i:]
    if op == 2:
        return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]
    return text[:i] + rng.choice(LETTERS) + text[i + 1 :]


def distinct_values(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """About ``count`` distinct (place, oblast prefix) values."""
    sys.path.insert(0, str(ROOT))
    from translit import transliterate

    out: dict[str, str] = {}
    for name_uk, oblast in names(count, rng):
        for std in STANDARDS:
            latin = transliterate(name_uk, std)
            out.setdefault(typo(latin, rng) if rng.random() < 0.3 else latin, oblast)
            if len(out) >= count:
                return list(out.items())
    return list(out.items())


def build(path: Path, rows: int, distinct: int, seed: int = 7) -> None:
    """Write the benchmark CSV: id, place, oblast, amount, date."""
    rng = random.Random(seed)
    values = distinct_values(distinct, rng)
    weights = [1 / (i + 1) ** 0.6 for i in range(len(values))]  # some names far more common
    picks = rng.choices(values, weights=weights, k=rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "place", "oblast_prefix", "amount", "date"])
        for i, (place, oblast) in enumerate(picks):
            amount = f"{rng.random() * 1000:.2f}"
            w.writerow([i, place, oblast, amount, f"2024-{i % 12 + 1:02d}-01"])


def stdlib_copy(src: Path, dst: Path) -> tuple[float, float]:
    """Wall and CPU seconds for a plain csv.reader -> csv.writer copy (the I/O floor)."""
    start, cpu = time.perf_counter(), time.process_time()
    with (
        open(src, encoding="utf-8", newline="") as f,
        open(dst, "w", encoding="utf-8", newline="") as g,
    ):
        csv.writer(g, lineterminator="\n").writerows(csv.reader(f))
    return time.perf_counter() - start, time.process_time() - cpu


def compiled_env(pycache: str) -> dict[str, str]:
    """The environment the command's runs get: with bytecode, as a user's machine runs it
    (:func:`baseline.bytecode_env`), the package compiled into ``pycache`` first."""
    env = bytecode_env(pycache)
    compile_all = [sys.executable, "-m", "compileall", "-q", "gazetteer", "translit"]
    subprocess.run(compile_all, cwd=ROOT, env=env, check=True)
    return env


def run_subprocess(
    src: Path,
    dst: Path,
    jobs: int | None,
    watch: bool = False,
    memo: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[float, float, float, float]:
    """Seconds, and in MB: peak RSS of the largest process, and (with ``watch``) peak RSS
    summed over the tree and peak PSS summed over the tree (pages shared by the forked
    workers counted once). Watching reads each process's memory ten times a second, which
    costs CPU the command would use: time a run without it. ``memo``: let the command read
    and keep outcomes between runs (else ``--no-memo``: every value is resolved). ``env``:
    the command's environment (:func:`compiled_env`)."""
    cmd = [sys.executable, "-c", "from gazetteer.cli import main; main()", "normalize",
           str(src), "-o", str(dst), "--column", "place"]  # fmt: skip
    cmd.append("--memo" if memo else "--no-memo")
    if jobs:
        cmd += ["--jobs", str(jobs)]
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    tree_peak = pss_peak = 0.0
    if watch and psutil is not None:
        while proc.poll() is None:
            try:
                p = psutil.Process(proc.pid)
                procs = [p, *p.children(recursive=True)]
                tree_peak = max(tree_peak, sum(q.memory_info().rss for q in procs) / 2**20)
                pss_peak = max(pss_peak, sum(_pss(q.pid) for q in procs) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.1)
    proc.wait()
    seconds = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode:
        raise SystemExit(f"normalize failed ({proc.returncode}): {err}")
    if not watch:
        print(f"  command said: {err.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, tree_peak, pss_peak


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes, from the kernel's one-line summary
    (``smaps_rollup``: cheap, unlike reading every mapping); 0 where it is missing."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_inprocess(
    src: Path, dst: Path, jobs: int | None, prescan: bool = True
) -> tuple[float, Any, float, float]:
    """Seconds for normalize_file in this process (gazetteer loaded beforehand), its Summary,
    and the CPU seconds of this process and of the worker processes over the run."""
    sys.path.insert(0, str(ROOT))
    from gazetteer import Gazetteer
    from gazetteer.batchio import normalize_file

    Gazetteer.default().resolve("Kyiv")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start, cpu = time.perf_counter(), time.process_time()
    summary = normalize_file(str(src), str(dst), columns=["place"], jobs=jobs, prescan=prescan)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return seconds, summary, cpu, workers


class Stub:
    """A resolver that answers instantly: measures the batch and I/O layers alone."""

    def __init__(self) -> None:
        from gazetteer.model import Entry, Match, Resolution

        entry = Entry("UA44120030010038707", "Kreminna", "Кремінна", "M", "UA-09")
        match = Match(entry, 100.0, "exact", "Kreminna")
        self.answer = Resolution("", "matched", match, (match,))

    def resolve(self, value, *, oblast=None, min_score=None, sources=None):
        return self.answer

    def resolve_many(self, values, *, oblast=None, sources=None):
        return [self.answer for _ in values]


def run_stub(src: Path, dst: Path) -> tuple[float, float, float]:
    """Wall and CPU seconds for normalize_file with an instant resolver, in this process, one
    streaming pass, and the wall seconds of that spent 'resolving' (the per-value bookkeeping)."""
    sys.path.insert(0, str(ROOT))
    from gazetteer.batchio import normalize_file

    start, cpu = time.perf_counter(), time.process_time()
    summary = normalize_file(
        str(src), str(dst), columns=["place"], gazetteer=Stub(), jobs=1, prescan=False
    )
    return time.perf_counter() - start, time.process_time() - cpu, summary.resolve_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--distinct", type=int, default=30_000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to --jobs (default: auto)")
    parser.add_argument("--keep", help="directory to keep the files in")
    parser.add_argument(
        "--skip-real", action="store_true", help="only the floor and the instant resolver"
    )
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as tmp,
        tempfile.TemporaryDirectory(prefix="placematch-pyc-") as pycache,
    ):
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        src, out, floor_out = work / "places.csv", work / "out.csv", work / "floor.csv"
        start = time.perf_counter()
        build(src, args.rows, args.distinct)
        size = src.stat().st_size / 2**20
        print(f"built {args.rows:,} rows ({size:.0f} MB) in {time.perf_counter() - start:.1f} s")
        with open(src, encoding="utf-8") as f:
            n_distinct = len({line.split(",")[1] for line in f})
        print(f"  distinct place values: {n_distinct:,}")
        floor, floor_cpu = min(stdlib_copy(src, floor_out) for _ in range(2))
        stub, stub_cpu, stub_resolve = min(run_stub(src, work / "out3.csv") for _ in range(2))
        n = args.rows
        print(
            f"stdlib csv read+write : {n / floor:>10,.0f} rows/s "
            f"({floor:.2f} s, cpu {floor_cpu:.2f} s)"
        )
        print(
            f"instant resolver      : {n / stub:>10,.0f} rows/s "
            f"({stub:.2f} s, cpu {stub_cpu:.2f} s)"
        )
        print(
            f"  = the batch and I/O layers alone; ratio to the floor: wall {floor / stub:.2f}, "
            f"cpu {floor_cpu / stub_cpu:.2f}"
        )
        stub_io = stub - stub_resolve
        print(
            f"  of which per-distinct-value bookkeeping {stub_resolve:.2f} s; the rest (I/O) "
            f"{stub_io:.2f} s = {n / stub_io:,.0f} rows/s, {floor / stub_io:.2f} of the floor"
        )
        if args.skip_real:
            return
        env = compiled_env(pycache)
        sub, _, _, _ = run_subprocess(src, out, args.jobs, env=env)
        _, peak, tree, pss = run_subprocess(src, out, args.jobs, watch=True, env=env)
        inproc, summary, cpu, workers = run_inprocess(src, work / "out2.csv", args.jobs)
        stream, _, stream_cpu, stream_workers = run_inprocess(
            src, work / "out4.csv", args.jobs, prescan=False
        )
        resolve, distinct, scan = summary.resolve_seconds, summary.distinct, summary.scan_seconds
        rest = inproc - resolve - scan
        print(f"normalize (subprocess): {n / sub:>10,.0f} rows/s  ({sub:.2f} s, load included)")
        print(f"normalize (in-process): {n / inproc:>10,.0f} rows/s  ({inproc:.2f} s, loaded)")
        print(
            f"  streaming, no pre-scan: {n / stream:>10,.0f} rows/s  ({stream:.2f} s; cpu: parent "
            f"{stream_cpu:.2f} s, workers {stream_workers:.2f} s)"
        )
        per_value = (stream_cpu + stream_workers - stub_cpu) / max(distinct, 1) * 1e6
        print(
            f"  resolving cost: {per_value:.0f} us of cpu per distinct value (the streaming "
            "run's cpu, all processes, less the instant resolver's)"
        )
        print(f"ratio to the floor: subprocess {floor / sub:.2f}, in-process {floor / inproc:.2f}")
        run_subprocess(src, out, args.jobs, memo=True, env=env)  # keeps the outcomes
        again, *_ = run_subprocess(src, out, args.jobs, memo=True, env=env)
        print(
            f"normalize again, the values remembered from the run before (the memo, "
            f"gazetteer.memo): {n / again:>10,.0f} rows/s ({again:.2f} s), ratio to the floor "
            f"{floor / again:.2f}"
        )
        print("in-process breakdown:")
        print(f"  pre-scan reading (the workers resolving meanwhile): {scan:6.2f} s")
        print(
            f"  resolving {distinct:,} distinct values: {resolve:6.2f} s wall "
            f"({distinct / max(resolve, 1e-9):,.0f} values/s, {100 * resolve / inproc:.0f}% "
            f"of the run); cpu: parent {cpu:.2f} s, workers and writer {workers:.2f} s"
        )
        print(
            f"  the rest (reading, writing, per-row work): {rest:6.2f} s = "
            f"{n / max(rest, 1e-9):,.0f} rows/s, {floor / max(rest, 1e-9):.2f} of the floor "
            f"(instant resolver: {stub_io:.2f} s)"
        )
        if resolve > 0:
            need = n / 200_000 - rest - scan
            print(
                f"  200,000 rows/s needs resolving in <= {max(need, 0):.2f} s: "
                f"{distinct / max(need, 1e-9):,.0f} values/s" if need > 0 else
                "  200,000 rows/s is out of reach whatever the resolver: the rest is too slow"
            )  # fmt: skip
        print(
            f"peak memory: largest process {peak:.0f} MB; whole process tree {tree:.0f} MB RSS, "
            f"{pss:.0f} MB PSS (shared pages counted once)"
        )


if __name__ == "__main__":
    main()
