"""A query that is a code: a KATOTTG code, or an OCHA P-code (its first 4, 6, 9 or 12 characters).

Humanitarian data names places by OCHA's COD-AB P-codes (``UA65`` an oblast, ``UA6502`` a
raion, ``UA6502015`` a hromada, ``UA6502015002`` a settlement), which are the KATOTTG code
cut after its level's digits; other tables carry the full KATOTTG code. Either answers with
its entry, kind ``code``. A city's P-code is shared by its districts (category B): it
names the city.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from translit.lazyre import lazy_compile

from .index import NameForm
from .scored import Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: A code as written: KATOTTG (19 characters) or OCHA P-code (4, 6, 9 or 12), any case, a
#: space or underscore allowed after ``UA`` (``UA 44060010010012753``); or KATOTTG's 17
#: digits without ``UA``, which nothing else writes (a bare shorter number may be a KOATUU
#: code, a postcode or a P-code's digits: read as no code). Read it by :func:`code_of`.
CODE_FORM = r"ua[ _]?\d{2}(?:\d{2}(?:\d{3}(?:\d{3}(?:\d{7})?)?)?)?|(?<!\d)\d{17}"
_CODE = lazy_compile(rf"^\s*({CODE_FORM})\s*$", re.IGNORECASE)
#: An oblast's ISO 3166-2 code (UA-63), any case, spaces around.
_ISO = lazy_compile(r"^\s*(ua-\d{2})\s*$", re.IGNORECASE)
#: Characters of a KATOTTG code a P-code stands for (padded with zeros to it).
P_CODE_LENGTH = 12
_DIGIT = lazy_compile(r"\d")


def holds_digit(text: str) -> bool:
    """Whether ``text`` holds a digit, as every code does (KATOTTG, a P-code, an ISO code, a
    code stored as a number): most queries hold none, told by one search, not a pattern's
    each."""
    return not text.isalpha() and _DIGIT.search(text) is not None  # (a word of letters: none)


def by_code(gz: Gazetteer, query: str) -> list[Scored] | None:
    """The entry (or entries) a code query names, scored 100; None when ``query`` is no code
    or names none (then it is read as a name)."""
    if gz.oblasts is None or not holds_digit(query):  # (only the embedded KATOTTG has codes)
        return None
    iso = _ISO.match(query)
    if iso is not None:  # an oblast's ISO 3166-2 code: UA-09 is Luhansk oblast (UA44)
        unit = gz.oblasts.by_iso.get(iso.group(1).upper())
        i = gz._by_code.get(unit.code) if unit is not None else None
        if i is None:
            return None
        own = NameForm(i, iso.group(1).upper(), "official")
        return [Scored(i, 100.0, 100.0, 0.0, "code", own, ("its ISO 3166-2 code",))]
    found = _CODE.match(query)
    if found is None:
        return _stored_as_number(gz, query)
    code = code_of(found.group(1))
    if len(code) == 19:
        i = gz._by_code.get(code)
        if i is None:  # 44060010010012700: Excel kept 15 digits of 17
            return _stored_as_number(gz, query)
        where = [i]
        why = "its KATOTTG code"
    else:
        where = _p_code_index(gz).get(code.ljust(P_CODE_LENGTH, "0"), [])
        why = f"OCHA P-code {code}: the first {len(code)} characters of its KATOTTG code"
    if not where:
        return None
    # a city's districts (category B) share its P-code: the code is the city's
    places = [i for i in where if gz.entries[i].category != "B"] or where
    form = lambda i: NameForm(i, code, "official")  # noqa: E731
    return [Scored(i, 100.0, 100.0, 0.0, "code", form(i), (why,)) for i in places]


#: A KATOTTG code a spreadsheet took for a number and wrote back: its 17 digits (or 16, an
#: oblast code's 0 dropped: UA01, UA05) in exponent form (4.406E+16, 4,40601E+16, Python's
#: 4.4060010010012752e+16) or in full with the digits past the 15th lost (Excel keeps 15:
#: 44060010010012700), a decimal part perhaps (.0), with or without UA.
_AS_NUMBER = lazy_compile(
    r"^\s*(?:ua[ _]?)?(?:(\d)(?:[.,](\d*))?e\+?(1[56])|(\d{16,17})(?:([.,])0*)?)\s*$",
    re.IGNORECASE,
)
#: The start of :func:`lost_digits_note`'s note (a batch's summary counts such values).
LOST_DIGITS = "a KATOTTG code stored as a number"
#: How far a code's 17-digit number may lie from its value as a binary float (its step
#: there is 8 or 16): a float keeps about 16 digits, Python writes them all.
_FLOAT_STEP = 16


@dataclass(frozen=True)
class StoredNumber:
    """A code as a number kept it (:func:`stored_number`): the codes' 17-digit numbers it
    may stand for, ``low <= n < high``, and how many of its digits are left (``kept``)."""

    low: int
    high: int
    kept: int
    #: whether its form shows a number (an exponent, a decimal part, trailing zeros, a lost
    #: leading 0), not a code with a typo
    shown: bool


def stored_number(written: str) -> StoredNumber | None:
    """The code ``written`` stands for when it is a KATOTTG code a spreadsheet stored as a
    number (:data:`_AS_NUMBER`); None for any other text. The digits it lost were cut or
    rounded, so the code lies within a unit of its last digit kept above it, or half below.

    >>> stored_number("4.406E+16")
    StoredNumber(low=44055000000000000, high=44070000000000000, kept=4, shown=True)
    """
    found = _AS_NUMBER.match(written)
    if found is None:
        return None
    head, tail, power, digits, point = found.groups()
    if digits is None:
        digits = (head + (tail or "")).ljust(int(power) + 1, "0")
        shown = True
    else:
        shown = point is not None or len(digits) == 16 or digits.endswith("00")
    kept = len(digits.rstrip("0")) + 17 - len(digits)
    number, unit = int(digits), 10 ** (17 - kept)
    if kept == 17 or not shown:  # every digit there: a float's (44060010010012752)
        value = float(number)
        if not shown and int(value) != number:
            return None  # no float's value (44060010010012754): a code mistyped, no number
        half = int(math.ulp(value)) // 2  # (the codes that float stands for)
        return StoredNumber(int(value) - half, int(value) + half + 1, kept, shown)
    low = number - max(unit // 2, _FLOAT_STEP)
    return StoredNumber(low, number + max(unit, _FLOAT_STEP), kept, shown)


def _stored_as_number(gz: Gazetteer, query: str) -> list[Scored] | None:
    """The one entry whose code a code stored as a number (:func:`stored_number`) fits, as
    a code's answer; ``[]`` (no answer: :func:`lost_digits_note` says why) when it fits
    several or none; None when ``query`` is no such number."""
    stored = stored_number(query)
    if stored is None:
        return None
    fits = _fitting(gz, stored)
    if len(fits) != 1:
        return [] if stored.shown else None
    i = fits[0]
    left = (
        "a binary float's value, which this code alone rounds to"
        if stored.kept == 17
        else f"only {stored.kept} of its 17 digits are left, and they fit this code alone"
    )
    why = f"its KATOTTG code stored as a number ({query.strip()}): {left}"
    form = NameForm(i, gz.entries[i].code, "official")
    return [Scored(i, 100.0, 100.0, 0.0, "code", form, (why,))]


def _fitting(gz: Gazetteer, stored: StoredNumber) -> list[int]:
    """The entries whose code's 17 digits lie within ``stored``'s range."""
    numbers, entries = _code_numbers(gz)
    return entries[bisect_left(numbers, stored.low) : bisect_left(numbers, stored.high)]


#: Each gazetteer's codes as numbers, sorted, and their entries (:func:`_code_numbers`).
_NUMBERS: WeakKeyDictionary[Gazetteer, tuple[list[int], list[int]]] = WeakKeyDictionary()


def _code_numbers(gz: Gazetteer) -> tuple[list[int], list[int]]:
    """``gz``'s codes' 17 digits as numbers, sorted, and their entries; made once (a column
    of numbers had walked every code for each value: 45 ms a value)."""
    if gz not in _NUMBERS:
        pairs = sorted((int(c[2:]), i) for c, i in gz._by_code.items() if c[2:].isdigit())
        _NUMBERS[gz] = ([n for n, _ in pairs], [i for _, i in pairs])
    return _NUMBERS[gz]


def lost_digits_note(gz: Gazetteer, query: str) -> str:
    """Why ``query`` has no answer when it is a KATOTTG code a spreadsheet stored as a
    number, too few of its digits left to tell it (``""`` for any other query)."""
    stored = stored_number(query) if gz.oblasts is not None else None
    if stored is None or not stored.shown or stored.kept == 17:  # (none lost: 16 digits)
        return ""
    fits = len(_fitting(gz, stored))
    if fits == 1:
        return ""
    told = f"fit {fits:,} codes" if fits else "fit no code"
    return (
        f"{LOST_DIGITS}: only {stored.kept} of its 17 digits are left, which {told}; "
        "store the column as text and copy the codes again"
    )


def code_of(written: str) -> str:
    """The code a match of :data:`CODE_FORM` writes, as KATOTTG writes it:
    ``ua 44060010010012753`` and ``44060010010012753`` are ``UA44060010010012753``."""
    digits = written.upper().removeprefix("UA").lstrip(" _")
    return "UA" + digits


def _p_code_index(gz: Gazetteer) -> dict[str, list[int]]:
    """Entries by the first :data:`P_CODE_LENGTH` characters of their code, made once."""
    if gz._p_codes is None:
        held: dict[str, list[int]] = {}
        for code, i in gz._by_code.items():
            held.setdefault(code[:P_CODE_LENGTH], []).append(i)
        gz._p_codes = held
    return gz._p_codes
