"""Which regions a hint names: an oblast in any written form (``Kherson Oblast``, ``UA-65``,
``Херсонська обл.``), an oblast column's number (``65``, a KOATUU code), a user gazetteer's
region by its name, or a place whose oblast it is (``Mariupol``).

:meth:`Gazetteer.hint_oblasts <gazetteer.gazetteer.Gazetteer.hint_oblasts>` and
:meth:`~gazetteer.gazetteer.Gazetteer.text_oblasts` answer through this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process

from translit import match_key

from .countries import state_country
from .model import Entry, derived
from .query import clean_query

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def hint_oblasts(gz: Gazetteer, text: str | None) -> tuple[str, ...]:
    """The regions a hint names, as ``Entry.oblast`` values (ISO codes for KATOTTG); an
    oblast column's number too (``65``, a KOATUU code)."""
    if not text or not isinstance(text, str) or not text.strip():
        return ()
    if gz.oblasts is not None and (numbered := gz.oblasts.numbered(text)) is not None:
        return tuple(o.iso for o in gz.oblasts.with_enclosing(numbered))
    return _hint(gz, text.strip())


def text_oblasts(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """:func:`hint_oblasts` of a text written beside a name, where a number is no oblast
    (``Lviv (12)``), nor a state or province abroad (``Kamianka, AZ``: not the village Ас
    of Crimea)."""
    if not text or not text.strip() or state_country(text, False):
        return ()
    return _hint(gz, text.strip())


@lru_cache(maxsize=4096)
def _hint(gz: Gazetteer, text: str) -> tuple[str, ...]:
    if gz.oblasts is not None:
        reading = gz.oblasts.parse(text)
        if reading is not None and (reading.score >= 100 or not _a_place(gz, text)):
            return tuple(o.iso for o in reading.oblasts)
        if reading is not None:  # Izium is a city, not a typo of Sumy
            return _place_oblast(gz, text) or tuple(o.iso for o in reading.oblasts)
    else:
        regions = _regions_named(gz, text)
        if regions:
            return regions
    # A hint that is not an oblast may be a place (``Mariupol``): use the place's oblast.
    return _place_oblast(gz, text)


def _place_oblast(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """The oblast of the one place ``text`` names surely, or ()."""
    best = gz.lookup(text, limit=2)
    if best and not best[0].ambiguous and best[0].score >= 90 and best[0].entry.oblast:
        return (best[0].entry.oblast,)
    return ()


def _a_place(gz: Gazetteer, text: str) -> bool:
    """Whether a settlement bears the name ``text`` exactly (its official name's key)."""
    return gz.index.has_official(match_key(clean_query(text).name))


def _regions_named(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """A user gazetteer's regions whose name has the key of ``text`` (or one close to it)."""
    regions = derived(gz.entries, "region_keys", lambda: _region_keys(gz.entries))
    key = match_key(text)
    if key in regions:
        return (regions[key],)
    close = process.extractOne(key, list(regions), score_cutoff=85)
    return (regions[close[0]],) if close else ()


def _region_keys(entries: Sequence[Entry]) -> dict[str, str]:
    """Each region's name by its key, the first spelling met."""
    keys: dict[str, str] = {}
    for e in entries:
        if e.oblast:
            keys.setdefault(match_key(e.oblast), e.oblast)
    return keys
