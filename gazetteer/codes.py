"""A query that is a code: a KATOTTG code, or an OCHA P-code (its first 4, 6, 9 or 12 characters).

Humanitarian data names places by OCHA's COD-AB P-codes (``UA65`` an oblast, ``UA6502`` a
raion, ``UA6502015`` a hromada, ``UA6502015002`` a settlement), which are the KATOTTG code
cut after its level's digits; other tables carry the full KATOTTG code. Either answers with
its entry, kind ``code``. A city's P-code is shared by its districts (category B): it
names the city.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .index import NameForm
from .scored import Scored

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: A code as written: KATOTTG (19 characters) or OCHA P-code (4, 6, 9 or 12), any case, a
#: space or underscore allowed after ``UA`` (``UA 44060010010012753``); or KATOTTG's 17
#: digits without ``UA``, which nothing else writes (a bare shorter number may be a KOATUU
#: code, a postcode or a P-code's digits: read as no code). Read it by :func:`code_of`.
CODE_FORM = r"ua[ _]?\d{2}(?:\d{2}(?:\d{3}(?:\d{3}(?:\d{7})?)?)?)?|(?<!\d)\d{17}"
_CODE = re.compile(rf"^\s*({CODE_FORM})\s*$", re.IGNORECASE)
#: An oblast's ISO 3166-2 code (UA-63), any case, spaces around.
_ISO = re.compile(r"^\s*(ua-\d{2})\s*$", re.IGNORECASE)
#: Characters of a KATOTTG code a P-code stands for (padded with zeros to it).
P_CODE_LENGTH = 12


def by_code(gz: Gazetteer, query: str) -> list[Scored] | None:
    """The entry (or entries) a code query names, scored 100; None when ``query`` is no code
    or names none (then it is read as a name)."""
    if gz.oblasts is None:  # only the embedded KATOTTG has such codes
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
        return None
    code = code_of(found.group(1))
    if len(code) == 19:
        i = gz._by_code.get(code)
        where = [i] if i is not None else []
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
