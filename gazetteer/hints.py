"""Which regions a hint names: an oblast in any written form (``Kherson Oblast``, ``UA-65``,
``Херсонська обл.``), an oblast column's number (``65``, a KOATUU code), a user gazetteer's
region by its name, or a place whose oblast it is (``Mariupol``).

:meth:`Gazetteer.hint_oblasts <gazetteer.gazetteer.Gazetteer.hint_oblasts>` and
:meth:`~gazetteer.gazetteer.Gazetteer.text_oblasts` answer through this module.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, SupportsFloat, TypeAlias

from rapidfuzz import process

from translit import match_key
from translit.lazyre import lazy_compile

from .bareunits import adjective_units
from .countries import state_country
from .model import Entry, derived
from .oblastnamed import trailing_region
from .oldraions import parted_raions
from .query import clean_query
from .ties import tied_with_best
from .words import LEVEL_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .rank import Scored

#: An oblast hint as the library's calls take it (``resolve``, ``resolve_many``, ``lookup``,
#: ``find_places``): text in any written form, or a number (``65``, a KOATUU code; an int, a
#: float, a ``Decimal``, numpy's), which :func:`hint_text` reads as its digits.
OblastHint: TypeAlias = str | SupportsFloat | None


def hint_text(hint: object, caller: str) -> str | None:
    """A hint the library was given as other than text: a number is its digits (``65``,
    ``65.0``, ``Decimal('65')``, a KOATUU code), as ``normalize`` reads an oblast column's cell;
    NaN and pandas' ``NA`` are no hint; anything else (bytes, a list) is a ``TypeError`` rather
    than no hint."""
    if isinstance(hint, (numbers.Real, Decimal)) and not isinstance(hint, bool):
        number = float(hint)
        if math.isnan(number):
            return None
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else str(hint)
    if type(hint).__name__ in ("NAType", "NaTType"):
        return None
    raise TypeError(
        f"{caller}() expects an oblast hint as text or a number, got {type(hint).__name__}"
    )


def hint_oblasts(gz: Gazetteer, text: str | None) -> tuple[str, ...]:
    """The regions a hint names, as ``Entry.oblast`` values (ISO codes for KATOTTG); an
    oblast column's number too (``65``, a KOATUU code)."""
    if not text or not isinstance(text, str) or not text.strip():
        return ()
    if gz.oblasts is not None and (numbered := gz.oblasts.numbered(text)) is not None:
        return tuple(o.iso for o in gz.oblasts.with_enclosing(numbered))
    whole = _hint(gz, text.strip())
    reads = _parts_read(gz, text) if _LISTED.search(text) else []
    named = [codes for codes, _ in reads]
    if not named or not all(named):
        return whole
    if whole and len(whole) < 2 and all(set(n) == set(named[0]) for n in named):
        # Київ/Київська, a city beside its oblast: the two regions either names alone (the
        # capital's city and the oblast that tables file it under), not the city's one read
        # off the whole
        return named[0]
    listed = tuple(dict.fromkeys(code for codes in named for code in codes))
    if not whole:
        return listed  # Odesa or Mykolaiv: a place is in one of them
    # a list read whole may name only one of its parts (Луганська і Донецька: Luhansk); where
    # it names a place beside its oblast (Oleksandriia, Rivne oblast: the village, not the
    # city of Kirovohrad oblast), or the parts name other regions, the whole's reading stands
    elsewhere = any(
        place is not None and place.category != "K" and not set(codes) <= set(whole)
        for codes, place in reads
    )
    return listed if not elsewhere and set(whole) < set(listed) else whole


def _parts_read(gz: Gazetteer, text: str) -> list[tuple[tuple[str, ...], Entry | None]]:
    """Each part of a hint listing several (:data:`_LISTED`) read as :func:`_hint_read`
    reads it; [] when it lists fewer than two."""
    parts = [p.strip() for p in _LISTED.split(text) if p.strip()]
    return [_hint_read(gz, p) for p in parts] if len(parts) >= 2 else []


#: What parts a hint listing several regions: ``Kherson Oblast; Zaporizhzhia Oblast``,
#: ``Kherson/Zaporizhzhia``, ``Kharkiv or Donetsk``, ``Херсонська та Запорізька``.
_LISTED = lazy_compile(r"\s*[;/|,&+]\s*|\s+(?:and|or|та|і|й|и|или|або|чи)\s+", re.IGNORECASE)


def text_oblasts(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """:func:`hint_oblasts` of a text written beside a name, where a number is no oblast
    (``Lviv (12)``), nor a state or province abroad (``Kamianka, AZ``: not the village Ас
    of Crimea)."""
    if not text or not text.strip() or state_country(text, False):
        return ()
    return _hint(gz, text.strip())


#: What a place read beside a name must be to say where the name lies: a unit that may hold
#: it (an oblast, raion, hromada, a city's district) or a town it may lie by (Kamianka,
#: Izium). A village of that name anywhere is no such thing: ``Kharkiv, pole`` is not in the
#: oblast of the village Поле, nor ``Велика (Нова) Мощаниця`` in that of the village Нова.
AROUND_CATEGORIES = frozenset("OKPHBMX")


def beside_region(gz: Gazetteer, query: str, scored: Sequence[Scored]) -> tuple[str, ...]:
    """The regions named beside the name in ``query``: the first part's that says where the
    name lies (an oblast's words; a unit or town, :data:`AROUND_CATEGORIES`). A village's
    oblast counts only when the best of ``scored`` (the ranked candidates) lies in the
    village's raion: the answer was placed by it (``Qzxwvyj, pole``: the village itself), not
    a stray word's namesake nor a part of the name itself. A place the text lists beside the
    name, a candidate of its own (``Kharkiv, Bakhmut``: two cities), says where the name lies
    only when every candidate tied with the best lies there too (``Izium, Balakliia``).
    With no such part, an oblast or unit trailing the name without a comma, as the reading
    took it (:func:`~gazetteer.oblastnamed.trailing_region`: ``Lyman Donetsk oblast``)."""
    best = gz.entries[scored[0].position] if scored else None
    for text in clean_query(query).beside:
        if not text.strip() or state_country(text, False):
            continue
        codes, place = _hint_read(gz, text.strip())
        if codes and (
            place is None
            or place.category in AROUND_CATEGORIES
            or (best is not None and bool(best.raion_code) and best.raion_code == place.raion_code)
        ):
            return () if _listed_apart(gz, text, codes, scored) else codes
        if best is not None and not codes:  # Vuzlove, Radekhivska: a hromada's adjective
            held = _region_by_adjective(gz, text.strip(), query, best)
            if held:
                return held
    return trailing_region(gz, query)  # (it reads the query's name as the finder does)


def _region_by_adjective(gz: Gazetteer, text: str, query: str, best: Entry) -> tuple[str, ...]:
    """The oblast of ``best`` when ``text`` is the bare adjective of a hromada (or raion) that
    holds it (:func:`gazetteer.bareunits.adjective_units`: Radekhivska), else ()."""
    units = adjective_units(gz, text, clean_query(query).name)
    held = best.hromada_code in units or best.raion_code in units
    return (best.oblast,) if held and best.oblast else ()


def _listed_apart(
    gz: Gazetteer, text: str, codes: tuple[str, ...], scored: Sequence[Scored]
) -> bool:
    """Whether ``text``, beside the name, met one of the candidates tied with the best (or
    scoring as high: Luhansk, Pomichna) by a form of its own name, and one of those lies
    outside ``codes``, the regions ``text`` names: the text names two places, not where one
    lies."""
    if not scored:
        return False
    key = match_key(clean_query(text).name)
    best, even = scored[0], tied_with_best(list(scored))
    tied = [best, *(s for s in scored[1:] if s.position in even or s.score >= best.score)]
    return any(match_key(s.form.text) == key for s in tied) and any(
        gz.entries[s.position].oblast not in codes for s in tied
    )


def _hint(gz: Gazetteer, text: str) -> tuple[str, ...]:
    return _hint_read(gz, text)[0]


@lru_cache(maxsize=4096)
def _hint_read(gz: Gazetteer, text: str) -> tuple[tuple[str, ...], Entry | None]:
    """The regions ``text`` names, and the place whose oblast they are when read off one."""
    if gz.oblasts is not None:
        reading = gz.oblasts.parse(text)
        if reading is not None and (reading.score >= 100 or not _a_place(gz, text)):
            return tuple(o.iso for o in reading.oblasts), None
        if reading is not None:  # Izium is a city, not a typo of Sumy
            placed = _place_oblast(gz, text)
            return placed if placed[0] else (tuple(o.iso for o in reading.oblasts), None)
    else:
        regions = _regions_named(gz, text)
        if regions:
            return regions, None
    # A hint that is not an oblast may be a place (``Mariupol``): use the place's oblast.
    return _place_oblast(gz, text)


def _place_oblast(gz: Gazetteer, text: str) -> tuple[tuple[str, ...], Entry | None]:
    """The oblast of the one place ``text`` names surely, and the place; or ((), None).
    An old raion parted among several of one oblast (Києво-Святошинський) names that oblast."""
    best = gz.lookup(text, limit=2)
    if best and not best[0].ambiguous and best[0].score >= 90 and best[0].entry.oblast:
        return (best[0].entry.oblast,), best[0].entry
    parted = parted_raions(gz.entries, match_key(clean_query(text).name))
    oblasts = {gz.entries[gz._by_code[code]].oblast for code in parted}
    return (tuple(oblasts), None) if len(oblasts) == 1 else ((), None)


def _a_place(gz: Gazetteer, text: str) -> bool:
    """Whether a settlement bears the name ``text`` exactly (its official name's key)."""
    return gz.index.has_official(match_key(clean_query(text).name))


def _regions_named(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """A user gazetteer's regions whose name has the key of ``text`` (or one close to it).

    A hint with a region's word (``Minsk Region``, ``Минская область``, ``woj. opolskie``)
    names the one region called by a word so whose name's other words begin with the hint's
    (Мінская вобласць), before a region called by the bare name (Мінск, the city); its other
    words alone are then read as a region's name."""
    regions = derived(gz.entries, "region_keys", lambda: _region_keys(gz.entries))
    words = text.replace(".", " ").split()
    bare = [w for w in words if w.lower() not in _REGION_WORDS]
    if bare and len(bare) < len(words):
        stem = match_key(" ".join(bare))
        stems = derived(gz.entries, "region_stems", lambda: _region_stems(gz.entries))
        worded = {region for key, region in stems.items() if key.startswith(stem)}
        if len(worded) == 1:
            return (worded.pop(),)
        text = " ".join(bare)
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


#: The words that call an area a region, in the hints of gazetteers of your own: the
#: embedded gazetteer's oblast words and Belarusian, Polish, Georgian, Kazakh ones.
_REGION_WORDS = frozenset(
    {w for w, level in LEVEL_WORDS.items() if level == "O"}
    | {"вобласць", "вобл", "voblast", "voblasts", "województwo", "woj", "wojewodztwo"}
    | {"mkhare", "მხარე", "oblysy", "oblys", "облысы", "облыс"}
)


def _region_stems(entries: Sequence[Entry]) -> dict[str, str]:
    """The regions whose name holds a region's word (Мінская вобласць), by the key of their
    other words (Мінская)."""
    stems: dict[str, str] = {}
    for e in entries:
        words = e.oblast.replace(".", " ").split()
        bare = [w for w in words if w.lower() not in _REGION_WORDS]
        if bare and len(bare) < len(words):
            stems.setdefault(match_key(" ".join(bare)), e.oblast)
    return stems
