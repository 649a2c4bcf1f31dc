"""Raions as they were before the 2020 reform, read by the town they were named after.

Addresses written before July 2020 (and many tables since) name one of some 490 old raions:
``Velykooleksandrivskyi raion``, ``Нововоронцовський район``. Such a raion was named after
its seat, and the reform joined whole old raions into today's 136, so the old raion of a
seat lies inside the raion that holds the seat today. :func:`raions_of_seat` reads an old
raion's adjective back to the towns it may be named after (one word, Білозерка:
Білозерський; or two joined, Велика Олександрівка: Великоолександрівський), by its name or
its Russian form (Великоалександровский), and answers their raions today.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translit import match_key
from translit.russian import russian_forms

from .model import Entry, entry_fields

#: The categories of the towns old raions were named after (cities and urban settlements).
SEAT_CATEGORIES = frozenset("MX")


def seat_stems(key: str) -> set[str]:
    """What a raion's key, less its adjective ending, may be when the raion is named after a
    seat with this key: the key less an ending of up to three letters, and with the vowel of
    its last syllable as the adjective turns it (Лозова: Лозівський; Полтава: Полтавський)."""
    stems = {key[: len(key) - cut] for cut in range(4)}
    bare = key.rstrip("aeiou")
    if "o" in bare:
        i = bare.rindex("o")
        stems.add(bare[:i] + "i" + bare[i + 1 :])
    return {stem for stem in stems if len(stem) >= 3}


def raions_of_seat(entries: Sequence[Entry], stem: str) -> tuple[str, ...]:
    """Today's raions of the towns an old raion whose key, less its adjective ending, is
    ``stem`` may be named after; () when no town fits."""
    return _by_stem(entries).get(stem, ())


#: The endings of an adjective that opens a town's name (Велика, Великий, Великая, Нове).
_FIRST_ENDING = re.compile(r"(?:ая|ое|ые|ий|ый|ій|ой|а|е|є|і|и|я)$")


def _compound(name: str) -> str:
    """Two words of a town's name as a raion's adjective joins them (Велика Олександрівка:
    Великоолександрівка; Великая Александровка: Великоалександровка); the name itself when
    it is one word."""
    words = name.split(" ")
    if len(words) != 2 or len(words[0]) < 4:
        return name
    return f"{_FIRST_ENDING.sub('', words[0])}о{words[1].lower()}"


def _by_stem(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    held = _TABLES.get(id(entries))
    if held is not None and held[0] is entries:
        return held[1]
    table: dict[str, dict[str, None]] = {}
    rows = entry_fields(entries, "category", "name_uk", "raion_code")
    for category, name, raion in rows:
        if category not in SEAT_CATEGORIES or not raion:
            continue
        # its name and its Russian form (Великоалександровский район)
        for text in {name, *russian_forms(name, limit=1)}:
            for stem in seat_stems(match_key(_compound(text))):
                table.setdefault(stem, {})[raion] = None
    by_stem = {stem: tuple(raions) for stem, raions in table.items()}
    if len(_TABLES) >= 4:
        _TABLES.pop(next(iter(_TABLES)))
    _TABLES[id(entries)] = (entries, by_stem)  # (the entries held: their id is not reused)
    return by_stem


_TABLES: dict[int, tuple[Sequence[Entry], dict[str, tuple[str, ...]]]] = {}
