"""Strings per second of each standard and of match_key, beside translitua on the same words.

Not a test: run ``python bench/bench_translit.py [--passes N]``. The words are the
Ukrainian names of ``data/katottg.tsv`` (column ``name_uk``, ~31,700 names, ~19,300
distinct), or ~30,000 Ukrainian-looking names made from syllables when that file is
missing. Each figure is the best of N passes (5), every pass starting with empty caches, so
repeated names help only as often as they repeat in the data; our passes and translitua's
take turns, so that a busy moment of a shared machine falls on both. ``fast`` is the share
of distinct names the letter-table fast path takes (the others go through ICU).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from translit import match_key, standards, transliterate  # noqa: E402
from translit.standards import _fast_table, clear_caches  # noqa: E402

# translitua's table for each of our standards, where it has one.
PEERS = {
    "kmu2010": "UkrainianKMU",
    "bgn": "UkrainianBGN",
    "iso9": "UkrainianISO9",
    "alalc": "UkrainianALALC",
    "ru-iso9": "RussianISO9SystemA",
    "ru-passport": "RussianInternationalPassport",
}


def names() -> list[str]:
    """The Ukrainian names to romanise."""
    path = REPO / "data" / "katottg.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        return [row["name_uk"] for row in csv.DictReader(lines, delimiter="\t")]
    rng = random.Random(55)
    syllables = "ли бі ля їв ка за по ріж жя ки їв щер бу хи го ща ю рій ва но вич ське".split()
    return [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title()
        for _ in range(30000)
    ]


Timed = tuple[Callable[[str], object], Callable[[], object]]  # what to time, its set-up


def one_pass(func: Callable[[str], object], setup: Callable[[], object], words: list[str]) -> float:
    """Seconds for one pass over ``words`` from empty caches, set-up outside the clock."""
    clear_caches()
    setup()
    func(words[0])
    start = time.perf_counter()
    for word in words:
        func(word)
    return time.perf_counter() - start


def rates(timed: list[Timed], words: list[str], passes: int) -> list[float]:
    """Best strings per second of each of ``timed``, their passes taking turns."""
    best = [float("inf")] * len(timed)
    for _ in range(passes):
        for i, (func, setup) in enumerate(timed):
            best[i] = min(best[i], one_pass(func, setup, words))
    return [len(words) / seconds for seconds in best]


def fast_share(name: str, words: list[str]) -> str:
    """The share of distinct ``words`` the fast path of standard ``name`` takes."""
    fast = _fast_table(name)
    if fast is None:
        return "-"
    distinct = set(words)
    return f"{sum(fast(word) is not None for word in distinct) / len(distinct):.2%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="passes per figure (best kept)")
    passes = parser.parse_args().passes
    words = names()
    print(f"{len(words)} names, {len(set(words))} distinct, best of {passes} passes")
    try:
        import translitua
    except ImportError:
        translitua = None
    print(f"{'standard':<12} {'ours/s':>10} {'translitua/s':>13} {'ratio':>7} {'fast':>7}")
    for name in standards():
        # The fast table is otherwise built after a few dozen names, inside the clock.
        timed: list[Timed] = [
            (lambda w, n=name: transliterate(w, n), lambda n=name: _fast_table(n))
        ]
        peer_name = PEERS.get(name)
        if translitua is not None and peer_name:
            table = getattr(translitua, peer_name)
            timed.append((lambda w, t=table: translitua.translit(w, t), lambda: None))
        found = rates(timed, words, passes)
        share = fast_share(name, words)
        if len(found) == 2:
            ours, theirs = found
            print(f"{name:<12} {ours:>10,.0f} {theirs:>13,.0f} {ours / theirs:>6.2f}x {share:>7}")
        else:
            print(f"{name:<12} {found[0]:>10,.0f} {'-':>13} {'-':>7} {share:>7}")
    print(f"{'match_key':<12} {rates([(match_key, lambda: None)], words, passes)[0]:>10,.0f}")


if __name__ == "__main__":
    main()
