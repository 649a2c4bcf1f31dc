"""Strings per second of each standard and of match_key, beside translitua on the same words.

Not a test: run ``python bench/bench_translit.py``. The words are the Ukrainian names of
``data/katottg.tsv`` (column ``name_uk``, ~31,700 names, ~19,300 distinct), or ~30,000
Ukrainian-looking names made from syllables when that file is missing. Each figure is the
best of three passes, every pass starting with empty caches, so repeated names help only
as often as they repeat in the data.
"""

from __future__ import annotations

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
from translit.standards import clear_caches  # noqa: E402

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


def rate(func: Callable[[str], object], words: list[str]) -> float:
    """Best strings per second of three passes, each from empty caches."""
    best = float("inf")
    for _ in range(3):
        clear_caches()
        func(words[0])  # compile outside the clock
        start = time.perf_counter()
        for word in words:
            func(word)
        best = min(best, time.perf_counter() - start)
    return len(words) / best


def main() -> None:
    words = names()
    print(f"{len(words)} names, {len(set(words))} distinct")
    try:
        import translitua
    except ImportError:
        translitua = None
    print(f"{'standard':<12} {'ours/s':>10} {'translitua/s':>13} {'ratio':>7}")
    for name in standards():
        ours = rate(lambda w, n=name: transliterate(w, n), words)
        peer_name = PEERS.get(name)
        if translitua is not None and peer_name:
            table = getattr(translitua, peer_name)
            theirs = rate(lambda w, t=table: translitua.translit(w, t), words)
            print(f"{name:<12} {ours:>10,.0f} {theirs:>13,.0f} {ours / theirs:>6.2f}x")
        else:
            print(f"{name:<12} {ours:>10,.0f} {'-':>13} {'-':>7}")
    print(f"{'match_key':<12} {rate(match_key, words):>10,.0f}")


if __name__ == "__main__":
    main()
