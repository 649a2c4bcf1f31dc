"""Power plants and airfields, as news name them, and the settlements they stand in
(``data/facilities.tsv``).

News name the Zaporizhzhia nuclear power plant after its oblast, though it stands at
Енергодар; the Rivne plant stands at Вараш, the Kakhovka dam at Нова Каховка. Read by its
words, ``Zaporizhzhia NPP`` is the city of Zaporizhzhia, sure. A value that is a plant's
name (after a preposition or ``the``, its adjective declined: біля Запорізької АЕС) answers
the settlement the plant stands in instead (kind ``facility``). So too an airfield known by a
name of its own (the Antonov airport at Гостомель, Kulbakino at Миколаїв).
"""

from __future__ import annotations

import re
from functools import lru_cache

from translit import match_key

from .declension import PREPOSITIONS, nominatives
from .storage import data_file, read_table

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
    if words[-1].lower() not in last_words:
        return None  # (what most values do: a word no plant's name ends in, at once)
    found = by_key.get(match_key(bare))
    if found is None and len(words) > 1:  # біля Запорізької АЕС: the adjective declined
        head = " ".join(words[:-1])
        for nominative in nominatives(head, adjective=True):
            found = by_key.get(match_key(f"{nominative} {words[-1]}"))
            if found is not None:
                break
    return found


#: The words a plant's name may run on by after the name it was read from (nuclear power
#: plant: three).
_MOST_AFTER = 3
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


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


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Each plant's names by match key, and the words its names end in (lower case)."""
    found: dict[str, tuple[str, str]] = {}
    last_words: set[str] = set()
    source = data_file("facilities.tsv")
    for row in read_table(source) if source.is_file() else ():
        for name in filter(None, (n.strip() for n in row["names"].split("|"))):
            found.setdefault(match_key(name), (row["code"], row["facility"]))
            last_words.add(name.rsplit(None, 1)[-1].lower())
    return found, frozenset(last_words)
