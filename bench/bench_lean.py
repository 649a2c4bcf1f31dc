"""The file's geography as a prior: how often an ambiguous name leans to the right namesake.

Files are drawn from ``data/katottg.tsv`` in the shapes real ones take, each place written by
its KMU name only (``Ivanivka``), as ``gazetteer normalize`` reads a column of names:

- ``regional``: a sheet of one oblast, no hint; two thirds of its places in one to three raions
  (a front, a district's report), the rest anywhere in the oblast;
- ``regional+hint``: the same with the oblast in a column, so namesakes are sought inside it;
- ``uniform+hint``: an oblast's list with its hint, places spread evenly over it (no
  clustering: the lean can only help by chance and must not hurt);
- ``war log``: five oblasts holding 30, 25, 20, 15 and 10% of the places, each oblast's
  half in one or two raions;
- ``country+5``: a country-wide list: 70% as the war log, 30% anywhere in Ukraine;
- ``country``: places anywhere in Ukraine, evenly (nothing to lean on).

Each file is read as normalize reads it after its first pass: the confident answers count
first (:class:`gazetteer.filelean.FileLean`), then each ambiguous value leans. A row is right
when its answer's code is the drawn place's. Printed per shape: the rows whose value is
ambiguous, how many the resolver's own first guess gets right, how many the lean gets right,
and the lean's changes (wrong -> right, right -> wrong). No evaluation data is read.

    python bench/bench_lean.py [--files 25] [--places 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from baseline import katottg_rows  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from gazetteer.filelean import FileLean  # noqa: E402
from gazetteer.resolving import STATUS, Outcome, outcome_of  # noqa: E402

Place = tuple[str, str, str, str]  #: code, KMU name, raion code, oblast ISO code
Draw = Callable[[random.Random, int], tuple[list[Place], str]]


class Country:
    """The settlements of KATOTTG, by oblast and raion."""

    def __init__(self, gz: Gazetteer) -> None:
        self.places: list[Place] = []
        self.by_oblast: dict[str, list[Place]] = defaultdict(list)
        self.by_raion: dict[str, list[Place]] = defaultdict(list)
        for r in katottg_rows("MXC"):
            if r["raion"]:
                p = (r["code"], r["name"], r["raion"], gz.entry(r["code"]).oblast)
                self.places.append(p)
                self.by_oblast[p[3]].append(p)
                self.by_raion[p[2]].append(p)
        self.oblasts = sorted(self.by_oblast)

    def raions_of(self, oblast: str) -> list[str]:
        return sorted({p[2] for p in self.by_oblast[oblast]})

    def clustered(self, rng: random.Random, oblast: str, n: int, share: float) -> list[Place]:
        """``n`` places of ``oblast``: ``share`` of them in one to three of its raions."""
        focus = rng.sample(self.raions_of(oblast), min(rng.randint(1, 3), 3))
        pool = [p for r in focus for p in self.by_raion[r]]
        near = round(n * share)
        return [rng.choice(pool) for _ in range(near)] + [
            rng.choice(self.by_oblast[oblast]) for _ in range(n - near)
        ]

    def war_log(self, rng: random.Random, n: int) -> list[Place]:
        oblasts = rng.sample(self.oblasts, 5)
        out: list[Place] = []
        for oblast, weight in zip(oblasts, (0.30, 0.25, 0.20, 0.15, 0.10), strict=True):
            out += self.clustered(rng, oblast, round(n * weight), 0.5)
        return out


def shapes(country: Country) -> dict[str, Draw]:
    """Each shape: a function drawing one file's places and its hint (or "")."""

    def regional(rng: random.Random, n: int) -> tuple[list[Place], str]:
        return country.clustered(rng, rng.choice(country.oblasts), n, 2 / 3), ""

    def regional_hint(rng: random.Random, n: int) -> tuple[list[Place], str]:
        oblast = rng.choice(country.oblasts)
        return country.clustered(rng, oblast, n, 2 / 3), oblast

    def uniform_hint(rng: random.Random, n: int) -> tuple[list[Place], str]:
        oblast = rng.choice(country.oblasts)
        return [rng.choice(country.by_oblast[oblast]) for _ in range(n)], oblast

    def country_five(rng: random.Random, n: int) -> tuple[list[Place], str]:
        spread = [rng.choice(country.places) for _ in range(round(n * 0.3))]
        return country.war_log(rng, n - len(spread)) + spread, ""

    return {
        "regional": regional,
        "regional+hint": regional_hint,
        "uniform+hint": uniform_hint,
        "war log": lambda rng, n: (country.war_log(rng, n), ""),
        "country+5": country_five,
        "country": lambda rng, n: ([rng.choice(country.places) for _ in range(n)], ""),
    }


def read_file(
    gz: Gazetteer, places: list[Place], hint: str, memo: dict[tuple[str, str], Outcome]
) -> list[tuple[Place, Outcome, Outcome]]:
    """Each row's place, its resolver's outcome and its outcome after the file's lean."""
    keys = list(dict.fromkeys((p[1], hint) for p in places))
    for key in keys:
        if key not in memo:
            memo[key] = outcome_of(gz.resolve(key[0], oblast=key[1] or None, explain=False))
    lean, leaned = FileLean(gz), {}
    later = []
    for key in keys:  # as the batch stores a pass: the confident answers first
        out = memo[key]
        if out.cell[STATUS] == "matched" and out.places and not lean.holds_back(out):
            leaned[key] = lean.settle(out)
        else:
            later.append(key)
    for key in later:
        out = memo[key]
        leaned[key] = lean.settle(out) if out.places else out
    return [(p, memo[p[1], hint], leaned[p[1], hint]) for p in places]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=25, help="files of each shape")
    parser.add_argument("--places", type=int, default=200, help="places in a file")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    gz = Gazetteer.default()
    country = Country(gz)
    gz.resolve("Ivanivka")  # the index, before the clock starts
    memo: dict[tuple[str, str], Outcome] = {}
    print(f"{args.files} files a shape, {args.places} places a file, seed {args.seed}")
    print(f"{'shape':<15}{'ambiguous':>10}{'first':>8}{'lean':>8}{'gained':>8}{'lost':>6}")
    total = [0, 0, 0, 0, 0]
    started = time.perf_counter()
    for shape, draw in shapes(country).items():
        rng = random.Random(f"{args.seed}-{shape}")
        rows = first = leant = gained = lost = 0
        for _ in range(args.files):
            places, hint = draw(rng, args.places)
            for place, before, after in read_file(gz, places, hint, memo):
                if before.cell[STATUS] != "ambiguous":
                    continue
                was, now = before.cell[0] == place[0], after.cell[0] == place[0]
                rows, first, leant = rows + 1, first + was, leant + now
                gained, lost = gained + (now and not was), lost + (was and not now)
        for i, v in enumerate((rows, first, leant, gained, lost)):
            total[i] += v
        print(
            f"{shape:<15}{rows:>10}{100 * first / max(rows, 1):>7.1f}%"
            f"{100 * leant / max(rows, 1):>7.1f}%{gained:>8}{lost:>6}"
        )
    rows, first, leant, gained, lost = total
    print(
        f"{'all':<15}{rows:>10}{100 * first / max(rows, 1):>7.1f}%"
        f"{100 * leant / max(rows, 1):>7.1f}%{gained:>8}{lost:>6}"
    )
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
