"""The names of a list in running text (Lyubymivka, Bilyaivka and Ukrainka; Kherson,
Mykolaiv and Odesa oblasts; в Лубнах, Миргороді та Гадячі) share what is said of any of
them: a cue before the first, the unit or plural level after the last, the first's
preposition."""

from __future__ import annotations

import re

from .declension import PREPOSITIONS
from .evidence import Found
from .rank import is_cyrillic
from .words import DIRECTION_WORDS, LEVEL_WORDS

#: What stands between the names of a list (Lyubymivka, Bilyaivka and Ukrainka).
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or|та|і|й|и|а також))\s*$", re.IGNORECASE)


def listed(gap: str) -> bool:
    """Whether ``gap``, the text between two names, makes them a list's (", ", " and ")."""
    return bool(_LIST_GAP.match(gap))


def in_lists(text: str, found: list[Found]) -> list[Found]:
    """The names of a list share what is said of any of them: a cue before the first (the
    villages of A, B and C), the unit after the last (A and B in Kherson Oblast)."""
    start = 0
    for i in range(1, len(found) + 1):
        if i < len(found) and listed(text[found[i - 1].end : found[i].start]):
            continue
        members = found[start:i]
        if len(members) > 1:
            cued = any(f.cued or f.toponymic for f in members)
            unit, level = members[-1].unit, members[-1].plural_level
            # a unit said with its level (Kherson and Mykolaiv in Kherson Oblast) is the
            # list's; a region after на (Нікополь на Дніпропетровщині) the last name's
            spreads = bool(unit) and unit.split()[-1].lower() in LEVEL_WORDS
            _share_preposition(text, members)
            for f in members:
                f.cued = cued
                f.members, f.first = len(members), start
                if level and not f.plural_level:  # Kherson, Mykolaiv and Odesa oblasts
                    f.query, f.plural_level = f"{f.query} {level}", level
                if spreads and not f.unit:  # (after the level: Pokrovska hromada, Donetska oblast)
                    f.query, f.unit = f"{f.query}, {unit}", unit
        start = i
    return found


def _share_preposition(text: str, members: list[Found]) -> None:
    """The first name's preposition declines the list's other names too (в Лубнах,
    Миргороді та Гадячі: Миргород, not the village Миргороди)."""
    opening = members[0].query.split(" ", 1)[0]
    if opening.lower() not in PREPOSITIONS:
        return
    for f in members[1:]:
        written = text[f.start : f.end]
        if any(word.lower() in DIRECTION_WORDS for word in f.query.split()[1:]):
            f.query = f"{opening} {f.query}"  # (на Бахмутському та Куп'янському напрямках)
            continue
        if f.plural_level and written.rsplit(" ", 1)[-1].lower() != f.plural_level:
            written = f"{written.rsplit(' ', 1)[0]} {f.plural_level}"  # (Чугуївському районах)
        if is_cyrillic(written) and f.query.split(" ", 1)[0].lower() not in PREPOSITIONS:
            f.query = f"{opening} {written}" + (f", {f.unit}" if f.unit else "")
