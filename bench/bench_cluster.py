"""Seconds to cluster 30,000 distinct values (``gazetteer.clusters``), by key and near.

Not a test: run ``python bench/bench_cluster.py [--n 30000] [--radius 1] [--seed 7]``. The
values are drawn from ``data/katottg.tsv``: distinct Ukrainian names (``name_uk``), their
KMU 2010 spellings (``name``), some with a settlement word (``с. ``, `` village``), and
one letter dropped, doubled or swapped in some (typos), until ``--n`` distinct values.
Prints the clusters found, the largest, and the time (the gazetteer already loaded: it is
asked only whether a cut settlement word belongs to a name).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from gazetteer import Gazetteer  # noqa: E402
from gazetteer.clusters import cluster_values  # noqa: E402


def _typo(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, max(len(name) - 1, 2))
    how = rng.randrange(3)
    if how == 0:
        return name[:i] + name[i + 1 :]
    if how == 1:
        return name[:i] + name[i] + name[i:]
    return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]


def values(n: int, seed: int) -> list[str]:
    """``n`` distinct values in the shapes a column takes (see the module doc)."""
    rng = random.Random(seed)
    with open(REPO / "data" / "katottg.tsv", encoding="utf-8") as f:
        lines = (line for line in f if not line.startswith("#"))
        rows = [(r["name_uk"], r["name"]) for r in csv.DictReader(lines, delimiter="\t")]
    rng.shuffle(rows)
    seen: dict[str, None] = {}
    for uk, latin in rows:
        for v in (uk, latin):
            seen[v] = None
            if rng.random() < 0.1:
                seen[f"с. {v}" if v is uk else f"{v} village"] = None
            if rng.random() < 0.1:
                seen[_typo(v, rng)] = None
        if len(seen) >= n:
            break
    return list(seen)[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=30_000)
    parser.add_argument("--radius", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    data = values(args.n, args.seed)
    gz = Gazetteer.default()
    print(f"{len(data):,} distinct values")
    for method in ("key", "near"):
        start = time.perf_counter()
        clusters = cluster_values(data, method=method, radius=args.radius, gazetteer=gz)
        took = time.perf_counter() - start
        top = clusters[0] if clusters else None
        largest = f"; largest {top.suggested} ({len(top.members)} values)" if top else ""
        print(
            f"{method:4}  {took:5.2f} s  {len(clusters):,} clusters of"
            f" {sum(len(c.members) for c in clusters):,} values{largest}"
        )


if __name__ == "__main__":
    main()
