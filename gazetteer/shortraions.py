"""Raions named by an adjective cut short with a dot, as tables write them for room.

Russian-language sheets (and Ukrainian ones) shorten a raion's adjective to its first letters
and a dot: ``Бахм. р-н`` (Бахмутский), ``Мелит. р-н`` (Мелитопольский), ``Куп. р-н``
(Купянский), ``Полог. р-на``. Such a form is no typo of the name (four letters of eleven), so
:func:`raions_cut_short` reads it as the raions whose name, Ukrainian or Russian, begins with
those letters; a cut so short that many raions begin so names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translit import match_key
from translit.lazyre import lazy_compile
from translit.russian import russian_forms

from .model import Entry, derived, entry_fields

#: An adjective cut short with a dot before a raion word (Бахм. р-н, Изюмск. р-на, Pokr. raion).
_CUT = lazy_compile(
    r"(?:^|[\s,(])([^\W\d_][\w’'ʼ-]{2,})\.\s*(?:р-н|р-на|р-ну|район|района|raion|rayon)\b",
    re.IGNORECASE,
)
#: The fewest letters of the match key a cut form must keep...
MIN_KEY = 3
#: ...and the most raions it may name: more, and it names none (Нов.: a score of raions).
MOST_RAIONS = 3


def raions_cut_short(text: str, entries: Sequence[Entry]) -> tuple[str, ...]:
    """Codes of the raions whose name (Ukrainian, or its Russian form) begins with the
    letters of an adjective ``text`` cuts short with a dot before a raion word (``Бахм. р-н``:
    Бахмутський); () when it has none, or when the cut fits more than :data:`MOST_RAIONS`."""
    found = _CUT.search(text)
    if found is None or len(key := match_key(found.group(1))) < MIN_KEY:
        return ()
    codes = [code for code, keys in _raion_keys(entries) if any(k.startswith(key) for k in keys)]
    return tuple(codes) if len(codes) <= MOST_RAIONS else ()


def _raion_keys(entries: Sequence[Entry]) -> list[tuple[str, tuple[str, ...]]]:
    """(code, match keys of its name and of the name's Russian forms) of each raion; made
    once per gazetteer."""

    def make() -> list[tuple[str, tuple[str, ...]]]:
        rows = entry_fields(entries, "code", "category", "name_uk")
        return [
            (code, tuple({match_key(name), *map(match_key, russian_forms(name, limit=2))}))
            for code, kind, name in rows
            if kind == "P"
        ]

    return derived(entries, "raion keys cut short", make)
