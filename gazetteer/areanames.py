"""An area named after its town with -щина (``на Нікопольщині``, ``Ізюмщина``, Russian ``на
Изюмщине``): Ukrainian news name so the raion around the town, as Харківщина names the
oblast. Read as the raion (P) whose adjective gives the name (Нікопольський: Нікопольщина;
Прилуцький: Прилуччина; Запорізький: Запоріжчина), else the hromada of a city (M) that gives
it (Оріхівська, Оріхів's: Оріхівщина); kind ``area``. A name a region goes by stays the
region's (Харківщина, Донеччина: the oblast); a settlement that bears the name too
(Покровщина, a village) stays the answer, unless на, a region's preposition, stands
before the name (на Покровщині): the area first then, beside the village, neither sure.
Only the names the units give are read: Слобожанщина, Батьківщина, Угорщина name no
town's area; nor do Подільщина, Сіверщина, lands' names first (Podillia, Siveria).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .beside import sure_candidate
from .declension import on_a_land
from .finder import CONFIDENT_SCORE, merged
from .model import Entry, derived, entry_fields
from .query import clean_query
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, VARIANT_FLOOR

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .scored import Scored

#: An area's name, declined, after a preposition perhaps (на Нікопольщині, по Изюмщине):
#: the name less its case ending.
_AREA = lazy_compile(
    r"^(?:(?:на|по|в|у|із|зі|з|до|від|біля|навколо|из|со|с|около|возле)\s+)?"
    r"([^\W\d_][\w'’ʼ-]*?(?:щин|ччин|жчин))(?:а|и|і|у|ою|ої|е|ы|ой|ою)$",
    re.IGNORECASE,
)
#: The same romanised (Nikopolshchyna, in Iziumshchyna, na Kupianshchyni, Pryluchchyna).
_AREA_LATIN = lazy_compile(
    r"^(?:(?:in|na|v|u|around|near)\s+)?([a-z][\w'’ʼ-]*?(?:shch|chch|zhch)[yi]n)(?:a|y|i|u|oiu)$",
    re.IGNORECASE,
)
#: A unit's adjective's ending, and the area name's ending it gives (Прилуцький: Прилуччина).
_ENDINGS = (("цьк", "ччина"), ("зьк", "жчина"), ("ськ", "щина"))


def area_name(adjective: str) -> str:
    """The area name a unit's adjective gives (Нікопольський, Нікопольська: Нікопольщина);
    '' for an adjective of no such shape."""
    word = adjective.strip()
    stem = word[:-1] if word.endswith("а") else word[:-2]  # (less -а, -ий)
    for ending, area in _ENDINGS:
        if stem.lower().endswith(ending):
            return stem[: -len(ending)] + area
    return ""


def _area_nominative(name: str) -> str:
    """The nominative of the area name ``name`` is, in its own script (на Нікопольщині:
    Нікопольщина; in Iziumshchyna: Iziumshchyna), or ''."""
    # (each pattern is tried only on a name holding letters it needs, -ин-, -ch-: most hold
    # neither, and the patterns' lazy scan of every value cost it 2.5 us; no letter of these
    # has a case fold beyond lower(), so no name the patterns would match is passed over)
    lowered = name.lower()
    if "ин" in lowered and (found := _AREA.match(name)):
        return found[1] + "а"
    if "ch" in lowered and (found := _AREA_LATIN.match(name)):
        return found[1] + "a"
    return ""


def area_key(query: str) -> str:
    """The match key of the area name ``query`` is, in the nominative; '' when it is none."""
    nominative = _area_nominative(query.strip())
    return match_key(nominative) if nominative else ""


def names_an_area(gz: Gazetteer, name: str) -> bool:
    """Whether ``name``, in the nominative (Нікопольщина; a declined form is the caller's to
    read: Херсонщини is asked for as Херсонщина), is a unit's area name."""
    if gz.oblasts is None or not name.endswith(("а", "А", "a", "A")) or " " in name.strip():
        return False
    return bool(_areas(gz).get(area_key(name)))


def _areas(gz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Each area name's match key -> the positions of its raions; of a city's hromadas when
    no raion gives it. Made once from the entries' columns, and kept on disk with the
    embedded gazetteer (:func:`~gazetteer.model.derived`): each value is asked for its area,
    and every worker made the table again, making every entry record (0.09 s)."""
    entries = gz.entries
    return derived(entries, "area names", lambda: _area_table(entries), stored_by=__file__)


def _area_table(entries: Sequence[Entry]) -> dict[str, tuple[int, ...]]:
    """:func:`_areas` of ``entries``."""
    rows = list(entry_fields(entries, "category", "hromada_code", "name_uk", "code"))
    raions: dict[str, tuple[int, ...]] = {}
    hromadas: dict[str, tuple[int, ...]] = {}
    cities: dict[str, list[str]] = {}  # a hromada's code -> its cities' names
    for category, hromada_code, name_uk, _ in rows:
        if category == "M" and hromada_code:
            cities.setdefault(hromada_code, []).append(name_uk.lower())
    for i, (category, _, name_uk, code) in enumerate(rows):
        if category not in ("P", "H") or not (name := area_name(name_uk)):
            continue
        if category == "P":
            raions[match_key(name)] = (*raions.get(match_key(name), ()), i)
            continue
        # (Оріхівська: Оріхів, the city's whole name; not Сіверськ's: Сіверщина is a land's)
        stem = name_uk.lower()[:-4]
        if stem in cities.get(code, ()):
            hromadas[match_key(name)] = (*hromadas.get(match_key(name), ()), i)
    found = {**hromadas, **raions}
    for land in _LANDS:
        found.pop(match_key(land), None)
    return found


#: Names a unit's adjective gives that say another thing first: Подільщина is Podillia far
#: more often than the Podilskyi raion around Подільськ; барщина, corvée, Бар's area.
_LANDS = ("Подільщина", "Барщина")


def area_units(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """The codes of the units an area name beside a name says it lies in (Іванівка на
    Нікопольщині, Іванівка, Нікопольщина: the Nikopol raion); () for any other text, and
    for a region's own name (Херсонщина: the oblast, as hints read it)."""
    if gz.oblasts is None or gz.oblasts.region_named(area_nominative(text)):
        return ()
    return tuple(gz.entries[i].code for i in _areas(gz).get(area_key(clean_query(text).name), ()))


def area_nominative(text: str) -> str:
    """The nominative of the area name ``text`` is (на Нікопольщині: Нікопольщина), or ''."""
    return _area_nominative(clean_query(text).name.strip())


def with_area(
    gz: Gazetteer, query: str, hint_codes: Sequence[str], ranked: list[Scored]
) -> list[Scored]:
    """``ranked``, the candidates of ``query``, with the unit an area name names first (the
    only one, unless a settlement bears the name too); as they were for any other query."""
    on = on_a_land(query)  # (на Покровщині: an area's)
    query = clean_query(query).name  # (Обстріл Куп'янщини, на Нікопольщині: the name)
    key = area_key(query) if gz.oblasts is not None else ""
    units = _areas(gz).get(key, ()) if key else ()
    if hint_codes:
        units = tuple(i for i in units if gz.entries[i].oblast in hint_codes)
    if not units or (ranked and gz.entries[ranked[0].position].category == "O"):
        return ranked  # (Харківщина: the oblast, as a region's name reads)
    name = _area_nominative(query.strip())
    found = [
        sure_candidate(
            gz.entries, i, VARIANT_FLOOR + 10.0, f"{name}: the area of {gz.entries[i].name_uk}",
            "area", name,
        )
        for i in units
    ]  # fmt: skip
    settled = [
        s
        for s in ranked
        if s.score >= CONFIDENT_SCORE
        and gz.entries[s.position].category in SETTLEMENT_CATEGORIES
        and match_key(gz.entries[s.position].name_uk) == key
    ]
    if not settled:
        return found
    if not on:  # (Покровщина in a column of villages, у Покровщині: the village so named)
        return ranked
    why = f"an area's name and a settlement's: at most {UNSURE_CEILING:g}"
    return merged(*([s.capped(UNSURE_CEILING, why) for s in part] for part in (found, settled)))
