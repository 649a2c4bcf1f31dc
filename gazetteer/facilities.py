"""Power plants, airfields and an island, as news name them, and the settlements they stand
in (``data/facilities.tsv``).

News name the Zaporizhzhia nuclear power plant after its oblast, though it stands at
Енергодар; the Rivne plant stands at Вараш, the Kakhovka dam at Нова Каховка. Read by its
words, ``Zaporizhzhia NPP`` is the city of Zaporizhzhia, sure. A value that is a plant's
name (after a preposition or ``the``, its adjective declined: біля Запорізької АЕС) answers
the settlement the plant stands in instead (kind ``facility``). So too an airfield known by a
name of its own (the Antonov airport at Гостомель, Kulbakino at Миколаїв), and a works
named after a city that stands elsewhere (the Odesa Port Plant at Південне), and an island
that no settlement stands on, by the seat of the hromada it is part of (Snake Island,
острів Зміїний: Вилкове).

In running text a city's name before a bare plant's word (the Khmelnytskyi plant, the
Zaporizhzhia power station) may be a works in the city or the plant named after it: the city
stays first, but unsure, beside the settlement the table's plant of that name stands in
(Нетішин, Енергодар): :func:`city_plant`. An island's name with its island's word beside it
(острів Зміїний, на острові Зміїному, Зміїний острів, Zmiinyi island) is read whole, the
island's word in small letters: :func:`island_around`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .declension import PREPOSITIONS, nominatives
from .storage import cached_table, data_file, read_table

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from .gazetteer import Gazetteer
    from .model import Resolution

#: Characters around a plant's name that do not change it ("Zaporizhzhia NPP", the ZNPP).
_AROUND = " \t\"'«»“”„.,;:()"
#: Words before a plant's name that do not change it (a preposition is read too).
_ARTICLES = frozenset({"the", "near", "at", "in", "around", "outside", "by", "по"})


def facility(text: str) -> tuple[str, str] | None:
    """(KATOTTG code of the settlement it stands in, the plant's English name) of the power
    plant ``text`` names (all of it but a leading preposition or ``the``); None when it
    names none."""
    bare = text.strip(_AROUND)
    for _ in range(2):  # near the Zaporizhzhia NPP, біля Запорізької АЕС
        first, _, rest = bare.partition(" ")
        if rest and (first.lower() in _ARTICLES or first.lower() in PREPOSITIONS):
            bare = rest
    if not bare or len(bare) > 80:
        return None
    by_key, last_words = _table()
    words = bare.split()
    island = len(words) == 2 and words[0].lower() in ISLAND_WORDS
    if words[-1].lower() not in last_words and not island:
        return None  # (what most values do: a word no plant's name ends in, at once)
    found = by_key.get(match_key(bare))
    if found is None and island:  # на острові Зміїному: the island's adjective declined
        for nominative in nominatives(words[1], adjective=True):
            found = by_key.get(match_key(f"{words[0]} {nominative}"))
            if found is not None:
                return found
    if found is None and len(words) > 1:  # біля Запорізької АЕС: the adjective declined
        head = " ".join(words[:-1])
        for nominative in nominatives(head, adjective=True):
            found = by_key.get(match_key(f"{nominative} {words[-1]}"))
            if found is not None:
                break
    return found


#: An island's word, in the cases the table's names and running text write it in.
ISLAND_WORDS = frozenset({
    "острів", "острова", "острову", "острові", "островом", "остров", "острове", "island",
})  # fmt: skip
#: The word right before an offset, only spaces between, and the one right after.
_WORD_BEFORE = lazy_compile(r"([\w'’ʼ-]+)[ \t]+$")
_WORD_AFTER = lazy_compile(r"[ \t]+([\w'’ʼ-]+)")


def island_around(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where an island's name stands whose name proper is ``text[start:end]``, its island's
    word right before or after it (острів Зміїний, на острові Зміїному, Зміїного острова,
    Zmiinyi island): (start, end) of both words and the order of them :func:`facility`
    reads, when the table knows the island; else None."""
    name = text[start:end]
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    sides = []  # (the island's word, where both words start and end)
    if before is not None:  # (острів Зміїний)
        sides.append((before.group(1), before.start(1), end))
    if after is not None:  # (Zmiinyi island)
        sides.append((after.group(1), start, after.end(1)))
    for word, left, right in sides:
        if word.lower() in ISLAND_WORDS:
            for query in (f"{word} {name}", f"{name} {word}"):
                if facility(query) is not None:
                    return left, right, query
    return None


#: The words a plant's name may run on by after the name it was read from (nuclear power
#: plant: three).
_MOST_AFTER = 3
_NEXT_WORD = lazy_compile(r"\s+([\w'’-]+)")


def facility_end(text: str, start: int, end: int) -> int | None:
    """Where a plant's name ends that opens with the name at ``text[start:end]`` and runs on
    by up to three words (``Zaporizhzhia nuclear power plant``); None when there is none."""
    ends, at = [], end
    for _ in range(_MOST_AFTER):
        word = _NEXT_WORD.match(text, at)
        if word is None:
            break
        at = word.end()
        ends.append(at)
    for stop in reversed(ends):  # the longest name first
        if facility(text[start:stop]) is not None:
            return stop
    return None


#: A plant's word after a name, with no name of its own (the Khmelnytskyi plant, power
#: plant, nuclear power station; not a railway station).
_PLANT_AFTER = lazy_compile(
    r"\s+(?:(?:(?:nuclear|atomic|thermal|hydroelectric|hydro|power)\s+)+(?:plant|station)"
    r"|plant)(?!\w)",
    re.IGNORECASE,
)


#: A works named after a city, the rest of its name capitalised (the Kharkiv Tractor
#: Plant, the Kremenchuk Oil Refinery): a works the city holds, or one the table knows.
_WORKS_AFTER = lazy_compile(
    r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Plant|Factory|Works|Refinery|Combine)(?!\w)"
)


def plant_after(text: str, end: int) -> bool:
    """Whether a plant's word follows the name ending at offset ``end`` of ``text``."""
    return bool(_PLANT_AFTER.match(text, end)) or works_after(text, end)


def works_after(text: str, end: int) -> bool:
    """Whether the rest of a works' name follows the name ending at offset ``end`` of
    ``text`` (Kharkiv Tractor Plant): the name is then a place's, not a word of another."""
    return bool(_WORKS_AFTER.match(text, end))


def city_plant(gz: Gazetteer, resolution: Resolution, name: str) -> Resolution:
    """``resolution`` of ``name`` read before a plant's word: when the table knows a plant
    named after it that stands elsewhere (Khmelnytskyi NPP, at Нетішин), ambiguous, its
    first answer (the city) beside that plant's settlement; else as it was."""
    best, key = resolution.best, match_key(name)
    if best is None:
        return resolution
    codes = {c for c, plant in _table()[0].values() if match_key(plant.rsplit(" ", 1)[0]) == key}
    others = [
        m
        for plant in sorted({p for c, p in _table()[0].values() if c in codes})
        if (m := gz.resolve(plant, explain=False).best) is not None
        and m.entry.code != best.entry.code
    ]
    if not others:
        return resolution
    shown = {m.entry.code: m for m in others}  # (one per settlement: Енергодар's two plants)
    marked = (replace(best, ambiguous=True), *(replace(m, ambiguous=True) for m in shown.values()))
    rest = tuple(m for m in resolution.candidates[1:] if m.entry.code not in shown)
    return replace(resolution, status="ambiguous", best=marked[0], candidates=marked + rest)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Each plant's names by match key, and the words its names end in (lower case); kept
    in the disk cache, keyed by the table, this module and translit's (what makes a key)."""
    from .katottg import keyed_code

    source = data_file("facilities.tsv")
    files = [source, Path(__file__), *keyed_code()]
    return cached_table("facility-names", files, lambda: _made(source))


def _made(source: Traversable | Path) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    found: dict[str, tuple[str, str]] = {}
    last_words: set[str] = set()
    for row in read_table(source) if source.is_file() else ():
        for name in filter(None, (n.strip() for n in row["names"].split("|"))):
            found.setdefault(match_key(name), (row["code"], row["facility"]))
            last_words.add(name.rsplit(None, 1)[-1].lower())
    return found, frozenset(last_words)
