"""A code beside a name in one cell: ``Krasne (UA32060110150041623)``, ``UA6302015 Kamianka``.

Humanitarian sheets paste a place's KATOTTG code or OCHA P-code (:mod:`gazetteer.codes`)
beside its name. The code says which of the name's namesakes is meant: the name read alone
answers, kept to the place the code names or the places inside it (a hromada's P-code beside
a village's name: the village of that hromada), and the code's own place is sure when the
name reads it. A code and a name that name different places are both unsure; a code that
names nothing is read past (the name alone answers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .codes import CODE_FORM, by_code, code_of, holds_digit
from .query import clean_query
from .rank import UNSURE_CEILING, Scored, unsure

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: A KATOTTG code or P-code standing as a word of its own in a longer text.
_CODE_IN = lazy_compile(rf"(?<![^\W_])({CODE_FORM})(?!\w)", re.I)
#: What is left around the name once the code is cut out: brackets, separators, spaces.
_LEFT = lazy_compile(r"\(\s*\)|\[\s*\]")
_EDGES = " \t()[]{}:;,|/#=-–—"
#: How many characters of a KATOTTG code name a unit of each category (its P-code).
_OWN_DIGITS = {"O": 4, "K": 4, "P": 6, "H": 9}
#: How well the name must read the code's place for the code to make it sure.
_AGREES = 80.0


def code_beside(
    gz: Gazetteer, query: str, find: Callable[[str], list[Scored]]
) -> list[Scored] | None:
    """The candidates of a name with a code beside it (see the module docs); None when
    ``query`` holds no code beside a name."""
    found = _CODE_IN.search(query) if gz.oblasts is not None and holds_digit(query) else None
    if found is None:
        return None
    return _code_beside(gz, query, find, found)


def _code_beside(
    gz: Gazetteer, query: str, find: Callable[[str], list[Scored]], found: re.Match[str]
) -> list[Scored] | None:
    """:func:`code_beside` of a query with a code in it (``found``): apart, as its
    comprehensions make closure cells on every call, and most values hold no code."""
    rest = _LEFT.sub(" ", query[: found.start()] + " " + query[found.end() :]).strip(_EDGES)
    if not any(c.isalpha() for c in rest):
        return None  # the code alone (by_code), or with a number beside it
    named = find(rest)
    coded = by_code(gz, code_of(found.group(1)))
    if not coded:
        return named  # a code no place has: the name alone
    own = {s.position for s in coded}
    agreeing = {s.position for s in named if s.position in own and s.score >= _AGREES}
    key = match_key(clean_query(rest).name)  # (Ivanivka: its namesakes outnumber the list)
    agreeing |= {
        i for i in own if key in (match_key(gz.entries[i].name), match_key(gz.entries[i].name_uk))
    }
    if agreeing:
        why = f"{found.group(1)!r} beside the name is its code"
        return [s.capped(100.0, why) for s in coded if s.position in agreeing]
    prefixes = tuple(_prefix(gz, i) for i in own)
    inside = [s for s in named if gz.entries[s.position].code.startswith(prefixes)]
    if inside:
        return inside
    why = f"{found.group(1)!r} beside the name names another place: at most {UNSURE_CEILING:g}"
    return unsure(named or coded, why)


def _prefix(gz: Gazetteer, i: int) -> str:
    """The leading characters of the codes of the places inside entry ``i`` (and its own)."""
    entry = gz.entries[i]
    return entry.code[: _OWN_DIGITS.get(entry.category, 12)]
