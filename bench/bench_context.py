"""Names read together: round-up stories that name the villages of several fronts.

Each story has two or three sentences; each sentence names three settlements of one raion
(their KMU names; in a third of the stories their Ukrainian names), each raion in another
oblast, as a news round-up of several fronts does ("Russian forces shelled A, B and C
overnight. Fighting continued near D, E and F."). Many of the names are borne by villages
elsewhere too. A name is right when its answer is the
settlement of the story (its code). Read four ways:

- alone: each name by itself (``resolve``);
- one group: all the story's names together (``resolve_many``);
- by sentence: together, the names of each one's own sentence weighing most
  (``resolve_many(..., parts=...)``);
- find_places: the story as text, end to end (it passes the sentences as parts).

No evaluation data is read.

    python bench/bench_context.py [--n 300] [--seed 7] [--show-wrong sure|all [--way WAY]]

``--show-wrong sure`` prints each wrong sure answer (``all``: each wrong one) with its story,
the settlement meant and the answer given (where it lies, and the last reason it gives).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from baseline import katottg_rows  # noqa: E402

from gazetteer import Gazetteer, find_places  # noqa: E402
from gazetteer.model import Entry  # noqa: E402

SENTENCES = (
    "Russian forces shelled {}, {} and {} overnight.",
    "Fighting continued near {}, {} and {}, the General Staff said.",
    "Residents of {}, {} and {} were told to leave.",
)
#: Ukrainian sentences, with the names in the nominative
SENTENCES_UK = (
    "Під обстрілом опинилися {}, {} та {}.",
    "Евакуація триває в населених пунктах {}, {} і {}.",
)


def raions() -> dict[str, list[tuple[str, str, str]]]:
    """Raion code -> its settlements as (code, KMU name, Ukrainian name)."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for r in katottg_rows("MXC"):
        if r["raion"]:
            out[r["raion"]].append((r["code"], r["name"], r["name_uk"]))
    return out


def stories(n: int, rng: random.Random) -> list[list[list[tuple[str, str]]]]:
    """``n`` stories: each a list of sentences, each three (code, name) of one raion; a
    third of the stories name them in Ukrainian."""
    by_raion = raions()
    codes = sorted(code for code, places in by_raion.items() if len(places) >= 6)
    made = []
    while len(made) < n:
        fronts = rng.sample(codes, rng.choice((2, 3)))
        if len({code[:4] for code in fronts}) < len(fronts):
            continue  # one front an oblast
        used: set[str] = set()
        story = []
        ukrainian = rng.random() < 1 / 3
        for raion in fronts:
            places = [p for p in by_raion[raion] if p[1] not in used]
            picked = rng.sample(places, 3)
            used.update(name for _, name, _ in picked)
            story.append([(code, uk if ukrainian else name) for code, name, uk in picked])
        made.append(story)
    return made


WAYS = ("alone", "one group", "by sentence", "find_places")


def _where(entry: Entry) -> str:
    """A settlement and where it lies: ``Lymany (C, Mykolaivskyi raion, UA-48)``."""
    return f"{entry.name} ({entry.category}, {entry.raion or entry.hromada}, {entry.oblast})"


def show_wrong(
    gz: Gazetteer, story: list[list[tuple[str, str]]], way: str, code: str, name: str, res
) -> None:
    """Print a wrong answer with its story, the place meant and the answer given."""
    print(f"[{way}] {name}: meant {_where(gz.entry(code))}")
    for i, sentence in enumerate(story):
        print(f"    {i}: " + ", ".join(n for _, n in sentence))
    if res is None or res.best is None:
        print("    answer: none")
        return
    reason = res.best.explain[-1] if res.best.explain else ""
    print(f"    answer: {res.status} {_where(res.best.entry)}  <- {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="stories (default 300)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--show-wrong", choices=("sure", "all"), help="print the wrong (sure) answers"
    )
    parser.add_argument("--way", choices=WAYS, help="with --show-wrong: only this way")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    made = stories(args.n, rng)
    gz = Gazetteer.default()
    ways = WAYS
    right = dict.fromkeys(ways, 0)
    sure = dict.fromkeys(ways, 0)
    wrong_sure = dict.fromkeys(ways, 0)
    seconds = dict.fromkeys(ways, 0.0)
    total = 0
    for story in made:
        names = [name for sentence in story for _, name in sentence]
        codes = [code for sentence in story for code, _ in sentence]
        parts = [i for i, sentence in enumerate(story) for _ in sentence]
        total += len(names)
        answers = {}
        start = time.perf_counter()
        answers["alone"] = [gz.resolve(name, explain=False) for name in names]
        seconds["alone"] += time.perf_counter() - start
        start = time.perf_counter()
        answers["one group"] = gz.resolve_many(names)
        seconds["one group"] += time.perf_counter() - start
        start = time.perf_counter()
        answers["by sentence"] = gz.resolve_many(names, parts=parts)
        seconds["by sentence"] += time.perf_counter() - start
        templates = SENTENCES if names[0].isascii() else SENTENCES_UK
        text = " ".join(
            rng.choice(templates).format(*(name for _, name in sentence)) for sentence in story
        )
        start = time.perf_counter()
        found = {m.text: m.resolution for m in find_places(gz, text)}
        seconds["find_places"] += time.perf_counter() - start
        answers["find_places"] = [found.get(name) for name in names]
        for way in ways:
            for code, res in zip(codes, answers[way]):
                ok = res is not None and res.best is not None and res.best.entry.code == code
                right[way] += ok
                matched = res is not None and res.status == "matched"
                sure[way] += matched
                wrong_sure[way] += matched and not ok
                shown = args.show_wrong == "all" or (args.show_wrong == "sure" and matched)
                if not ok and shown and args.way in (None, way):
                    show_wrong(gz, story, way, code, names[codes.index(code)], res)
    print(f"{len(made)} stories of 2-3 sentences, {total} names (seed {args.seed})")
    print("right: the story's own settlement first; sure: status matched\n")
    print(f"{'':12} {'right':>7} {'sure':>7} {'wrong sure':>11}")
    for way in ways:
        print(
            f"{way:12} {100 * right[way] / total:>6.1f}% {100 * sure[way] / total:>6.1f}% "
            f"{wrong_sure[way]:>11}   ({seconds[way]:.1f} s)"
        )


if __name__ == "__main__":
    main()
