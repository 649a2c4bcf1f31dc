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
- ``country``: places anywhere in Ukraine, evenly (nothing to lean on);
- ``old names``: the war log as data from before the renamings writes it: each place renamed
  since (``data/renamed.tsv``, where its old name is linked to it alone) by its old name in
  KMU Latin (Pervomaiske for Yanokhine), the rest by today's. Such a name ties otherwise
  than by its very text: with today's bearers of it, with places that bore it too, with a
  city of a name like it (Pervomaisk), so the lean weighs ties of several kinds and scores;
- ``renamings+hint``: an oblast's list of its renamed places (a decree, a register), each
  once, by its old name, with the oblast in a column: one renamed place's old name is often
  like another's (Pervomaiske, Pervomaiskyi), and the list names both;
- ``spellings``: the old names' war log as a merge of sources writes it: each place by its
  KMU name, its Ukrainian name and its name's Russian form (and its old name, if renamed),
  so the file names its places over and over (:mod:`gazetteer.spellings`).

Each shape is drawn twice (``--draws``): ``uniform``, every settlement alike, and ``people``,
each settlement as often as it has people (GeoNames' population, else a typical one for its
category, :func:`gazetteer.rank.importance`: a village 316, a selyshche 1,000, a town
10,000). Real files lie between: a list of a raion's villages or of a survey's sampled sites
names each once, uniformly; an event log, a news feed or a register of aid, damage or people
names a place about as often as things happen to people there, and more often still for a
town (urban scaling: activity grows with population at an exponent near 1, Bettencourt et
al. 2007). Both are printed so that neither is tuned alone.

Each file is read as normalize reads it after its first pass: the confident answers count
first (:class:`gazetteer.filelean.FileLean`), then the unsure ones of a file without a hint
(:meth:`~gazetteer.filelean.FileLean.weigh`), then each ambiguous value leans. A row is right
when its answer's code is the drawn place's. Printed per shape: the rows whose value is
ambiguous, how many the resolver's own first guess gets right, how many the lean gets right,
and the lean's changes (wrong -> right, right -> wrong); then the confident rows that a
city's yield to a namesake changed (:meth:`gazetteer.regional.RegionTally.overrule`): how
many, how many of them it made right and how many it made wrong. No evaluation data is read.

    python bench/bench_lean.py [--files 25] [--places 200] [--seed 7] [--draws uniform,people]
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
from gazetteer.rank import importance  # noqa: E402
from gazetteer.resolving import STATUS, Outcome, outcome_of  # noqa: E402
from gazetteer.storage import read_table  # noqa: E402
from translit import to_latin  # noqa: E402
from translit.russian import russian_forms  # noqa: E402

Place = tuple[str, str, str, str]  #: code, KMU name, raion code, oblast ISO code
Draw = Callable[[random.Random, int], tuple[list[Place], str]]
#: How a file draws its settlements: the exponent of their population (0: all alike).
DRAWS = {"uniform": 0.0, "people": 1.0}


class Country:
    """The settlements of KATOTTG, by oblast and raion."""

    def __init__(self, gz: Gazetteer, exponent: float = 0.0) -> None:
        self.exponent = exponent
        self.weight: dict[str, float] = {}
        self._weights: dict[str, list[float]] = {}
        self.places: list[Place] = []
        self.by_oblast: dict[str, list[Place]] = defaultdict(list)
        self.by_raion: dict[str, list[Place]] = defaultdict(list)
        self.name_uk: dict[str, str] = {}
        for r in katottg_rows("MXC"):
            if r["raion"]:
                e = gz.entry(r["code"])
                people = gz.population.get(gz._by_code[e.code], 0)
                self.weight[e.code] = 10 ** (exponent * importance(e.category, people))
                p = (r["code"], r["name"], r["raion"], e.oblast)
                self.places.append(p)
                self.name_uk[e.code] = e.name_uk
                self.by_oblast[p[3]].append(p)
                self.by_raion[p[2]].append(p)
        self.oblasts = sorted(self.by_oblast)
        #: the old name (KMU Latin) of each place renamed since, where it is linked to it alone
        self.old_name = {
            r["code"]: to_latin(r["old_name_uk"])
            for r in read_table(ROOT / "data" / "renamed.tsv")
            if r["old_name_uk"] and not r["namesakes"]
        }

    def pick(self, rng: random.Random, pool: list[Place], n: int, key: str = "") -> list[Place]:
        """``n`` places of ``pool``, each as likely as its weight (``key`` caches them)."""
        if not self.exponent:
            return [rng.choice(pool) for _ in range(n)]
        weights = self._weights.get(key) if key else None
        if weights is None:
            weights = [self.weight[p[0]] for p in pool]
            if key:
                self._weights[key] = weights
        return rng.choices(pool, weights=weights, k=n)

    def anywhere(self, rng: random.Random, n: int) -> list[Place]:
        return self.pick(rng, self.places, n, "*")

    def in_oblast(self, rng: random.Random, oblast: str, n: int) -> list[Place]:
        return self.pick(rng, self.by_oblast[oblast], n, oblast)

    def raions_of(self, oblast: str) -> list[str]:
        return sorted({p[2] for p in self.by_oblast[oblast]})

    def clustered(self, rng: random.Random, oblast: str, n: int, share: float) -> list[Place]:
        """``n`` places of ``oblast``: ``share`` of them in one to three of its raions."""
        focus = rng.sample(self.raions_of(oblast), min(rng.randint(1, 3), 3))
        pool = [p for r in focus for p in self.by_raion[r]]
        near = round(n * share)
        return self.pick(rng, pool, near) + self.in_oblast(rng, oblast, n - near)

    def war_log(self, rng: random.Random, n: int) -> list[Place]:
        oblasts = rng.sample(self.oblasts, 5)
        out: list[Place] = []
        for oblast, weight in zip(oblasts, (0.30, 0.25, 0.20, 0.15, 0.10), strict=True):
            out += self.clustered(rng, oblast, round(n * weight), 0.5)
        return out

    def of_old(self, places: list[Place]) -> list[Place]:
        """``places`` as data from before the renamings writes them (:attr:`old_name`)."""
        old = self.old_name
        return [(p[0], old[p[0]], *p[2:]) if p[0] in old else p for p in places]

    def spellings(self, places: list[Place]) -> list[Place]:
        """Each of ``places`` by its KMU name, its Ukrainian name, the Russian form of that,
        and its old name if it has one (:attr:`old_name`)."""
        out: list[Place] = []
        for p in places:
            uk = self.name_uk[p[0]]
            names = dict.fromkeys((p[1], uk, *russian_forms(uk, 1), self.old_name.get(p[0], "")))
            out += [(p[0], name, *p[2:]) for name in names if name]
        return out

    def renamings(self, rng: random.Random, n: int) -> tuple[list[Place], str]:
        """Up to ``n`` of one oblast's renamed places, each once, by their old names."""
        oblast = rng.choice(self.oblasts)
        pool = [p for p in self.by_oblast[oblast] if p[0] in self.old_name]
        return self.of_old(rng.sample(pool, min(n, len(pool)))), oblast


def shapes(country: Country) -> dict[str, Draw]:
    """Each shape: a function drawing one file's places and its hint (or "")."""

    def regional(rng: random.Random, n: int) -> tuple[list[Place], str]:
        return country.clustered(rng, rng.choice(country.oblasts), n, 2 / 3), ""

    def regional_hint(rng: random.Random, n: int) -> tuple[list[Place], str]:
        oblast = rng.choice(country.oblasts)
        return country.clustered(rng, oblast, n, 2 / 3), oblast

    def uniform_hint(rng: random.Random, n: int) -> tuple[list[Place], str]:
        oblast = rng.choice(country.oblasts)
        return country.in_oblast(rng, oblast, n), oblast

    def country_five(rng: random.Random, n: int) -> tuple[list[Place], str]:
        spread = country.anywhere(rng, round(n * 0.3))
        return country.war_log(rng, n - len(spread)) + spread, ""

    return {
        "regional": regional,
        "regional+hint": regional_hint,
        "uniform+hint": uniform_hint,
        "war log": lambda rng, n: (country.war_log(rng, n), ""),
        "country+5": country_five,
        "country": lambda rng, n: (country.anywhere(rng, n), ""),
        "old names": lambda rng, n: (country.of_old(country.war_log(rng, n)), ""),
        "renamings+hint": country.renamings,
        "spellings": lambda rng, n: (country.spellings(country.war_log(rng, n)), ""),
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
    unsure = [k for k in later if memo[k].cell[STATUS] != "matched"]
    for key in (k for k in later if memo[k].cell[STATUS] == "matched"):
        leaned[key] = lean.settle(memo[key])
    # the unsure rows without a hint count too, before any leans (as the batch does)
    owns = dict(zip(unsure, lean.weigh([memo[k] for k in unsure]))) if not hint else {}
    for key in unsure:
        out = memo[key]
        leaned[key] = lean.settle(out, owns.get(key)) if out.places else out
    return [(p, memo[p[1], hint], leaned[p[1], hint]) for p in places]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=25, help="files of each shape")
    parser.add_argument("--places", type=int, default=200, help="places in a file")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--draws", default=",".join(DRAWS), help="comma-separated draws")
    args = parser.parse_args(argv)
    gz = Gazetteer.default()
    gz.resolve("Ivanivka")  # the index, before the clock starts
    memo: dict[tuple[str, str], Outcome] = {}
    print(f"{args.files} files a shape, {args.places} places a file, seed {args.seed}")
    started = time.perf_counter()
    for name in args.draws.split(","):
        country = Country(gz, DRAWS[name])
        print(f"\n{name} draw")
        print(
            f"{'shape':<15}{'ambiguous':>10}{'first':>8}{'lean':>8}{'gained':>8}{'lost':>6}"
            f"{'yielded':>9}{'gained':>8}{'lost':>6}"
        )
        total = [0] * 8
        for shape, draw in shapes(country).items():
            seed = f"{args.seed}-{shape}" + ("" if name == "uniform" else f"-{name}")
            counts = measure(gz, draw, random.Random(seed), args, memo)
            total = [a + b for a, b in zip(total, counts, strict=True)]
            print(_line(shape, counts))
        print(_line("all", total))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


def measure(
    gz: Gazetteer,
    draw: Draw,
    rng: random.Random,
    args: argparse.Namespace,
    memo: dict[tuple[str, str], Outcome],
) -> list[int]:
    """Over ``args.files`` files of one shape: ambiguous rows, right at first, right after
    the lean, gained, lost; confident rows a city's yield changed, gained, lost."""
    rows = first = leant = gained = lost = yielded = fixed = broke = 0
    for _ in range(args.files):
        places, hint = draw(rng, args.places)
        for place, before, after in read_file(gz, places, hint, memo):
            if before.cell[STATUS] != "ambiguous":
                if after.cell[0] != before.cell[0]:
                    yielded, fixed = yielded + 1, fixed + (after.cell[0] == place[0])
                    broke += before.cell[0] == place[0]
                continue
            was, now = before.cell[0] == place[0], after.cell[0] == place[0]
            rows, first, leant = rows + 1, first + was, leant + now
            gained, lost = gained + (now and not was), lost + (was and not now)
    return [rows, first, leant, gained, lost, yielded, fixed, broke]


def _line(label: str, counts: list[int]) -> str:
    rows, first, leant, gained, lost, yielded, fixed, broke = counts
    return (
        f"{label:<15}{rows:>10}{100 * first / max(rows, 1):>7.1f}%"
        f"{100 * leant / max(rows, 1):>7.1f}%{gained:>8}{lost:>6}{yielded:>9}{fixed:>8}{broke:>6}"
    )


if __name__ == "__main__":
    sys.exit(main())
