"""A value that names two places, or a place and another beside it, and what it comes to.

A cell may name two places (``Kramatorsk & Sloviansk``, ``Kyiv; Lviv``,
``Pokrovsk-Myrnohrad``), or list several (``Харків; Ізюм; Балаклія``, ``Izium,
Balakliia``): the first two are given, the one named first first, neither sure. A place
beside a name may be where it lies (``Lyman, Donetsk``), the oblast by its centre's name
before a town (``Kharkiv, Izium``), a city the name is a part of (``Київ, Оболонь``), or
a place that leaves the name unsure (``Оболонь, Київ``). :mod:`gazetteer.reading` asks
these questions once it has read the name; ``find(text, hint)`` reads another text as it
reads a query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from translit import match_key

from .beside import place_beside, sure_candidate
from .finder import CONFIDENT_SCORE, DEFAULT_MIN_SCORE, merged
from .model import derived, entry_fields
from .query import CleanQuery, clean_query
from .rank import CITY_CATEGORIES, SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored, in_units, unsure
from .ties import tied_with_best
from .unitparts import an_oblast_centre
from .words import PLACE_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Entry

#: Reads a text as a query, with an oblast hint (or None): its ranked candidates.
Find = Callable[[str, "str | None"], list[Scored]]

#: An arrow between two names: a path from the top down, or a route (Polohy > Zaporizhzhia).
_ARROWS = (">", "→")
#: How much lower the second of two places joined by a hyphen ranks than the first.
HYPHEN_ORDER_COST = 10.0


def both(first: list[Scored], second: Scored, named: int = 2) -> list[Scored]:
    """Two places a text names (Kramatorsk & Sloviansk; Kyiv; Lviv): the one named first
    (``first``, its namesakes after it) first, then ``second``, neither sure (``named``:
    how many places the text names, these two the first)."""
    count = "two" if named == 2 else str(named)
    why = f"one of {count} places the text names: at most {UNSURE_CEILING:g}"
    capped = [s.capped(min(s.score, UNSURE_CEILING), why) for s in first]
    other = second.capped(min(second.score, UNSURE_CEILING), why)
    return [capped[0], other, *(s for s in capped[1:] if s.position != second.position)]


def alone_over_place_hint(cleaned: CleanQuery, hinted: list[Scored], alone: list[Scored]) -> bool:
    """Whether the name read ``alone`` outweighs its reading in the oblast of a place named
    beside it (``hinted``): read alone it is sure (one best, 90 or more), and the place's
    oblast put first another place that either met the name worse (Chernihiv; Drohobych:
    the village Чернихів of Lviv oblast, a spelling of its name, not the city Чернігів) or,
    in a list of places (``;``), is a namesake (Rivne; Artsyz: the city, not a village Рівне
    of Odesa oblast). A list names places, not where one lies; an address may name the
    town a village lies by (Kamianka, Izium), and a name read alone ambiguous is left to
    the place beside it."""
    if not alone or not hinted or alone[0].score < CONFIDENT_SCORE or tied_with_best(alone):
        return False
    if hinted[0].position == alone[0].position:
        return False
    return cleaned.listed or alone[0].score > hinted[0].score


def also_named(gz: Gazetteer, ranked: list[Scored], other: list[Scored]) -> list[Scored]:
    """``ranked``, or both places when the second name joined to it by a word (Бахмут та
    Соледар: ``other``, its candidates) is surely another settlement."""
    if (
        other
        and other[0].score >= CONFIDENT_SCORE
        and other[0].position != ranked[0].position
        and gz.entries[other[0].position].category in SETTLEMENT_CATEGORIES
    ):
        return both(ranked, other[0])
    return ranked


def several_places(
    gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored], find: Callable[[str], list[Scored]]
) -> list[Scored] | None:
    """A value that lists places (``Харків; Ізюм; Балаклія``, ``Izium, Balakliia``): the one
    named first (``ranked``, sure) first, the next after it, neither sure; None when the
    value lists no places.

    Parts parted by ``;`` list places: each part a settlement read surely (not a unit) is
    one. Parts parted by commas or slashes may be an address (``Kamianka, Izium``: the
    village by the town; ``Kharkiv, Izium``: the town in the oblast of the centre named
    first; ``Харків / Kharkiv``: one place twice), so they list places only when two of them
    are towns, neither an oblast's centre: a town lies in no other. Brackets are asides.
    """
    items = cleaned.beside[: len(cleaned.beside) - cleaned.bracketed]
    if not items or not ranked or ranked[0].score < CONFIDENT_SCORE:
        return None
    places = [ranked[0]]
    villages: list[Scored] = []  #: a village read after a town named first (Izium, Kamianka)
    for text in items:
        if clean_query(text).wants in ("O", "P", "H"):  # a unit, where the place lies
            continue
        found = find(text)
        if not found or found[0].score < CONFIDENT_SCORE:
            continue
        if an_oblast_centre(text) and _same_oblast(gz, found[0], ranked[0]):
            continue  # Huliaipole, Zaporizhzhia: its oblast, not the village Запоріжжя by it
        after = len(items) == 1 and _named_after(cleaned, text)
        near = _in_town(gz, found, gz.entries[ranked[0].position]) if after else None
        place = _one_place(gz, found)
        if near is not None and _a_town(gz, ranked[0]):
            villages.append(near)  # (Izium, Kamianka: Kamianka of Izium's hromada or raion)
        elif place is not None and all(place.position != p.position for p in places):
            places.append(place)
        elif (
            after
            and gz.entries[found[0].position].category in SETTLEMENT_CATEGORIES
            # (Бахмут / Артемівськ: one place twice, by its former name)
            and all(s.position != ranked[0].position for s in found if s.score >= found[0].score)
        ):
            villages.append(found[0])
    if not cleaned.listed and sum(_a_town(gz, p) for p in places) < 2:
        if villages and _a_town(gz, ranked[0]) and len(places) == 1:
            # Izium, Kamianka: two places, or the village beside the town; never the town
            return both(ranked, villages[0])
        return None
    if len(places) < 2 or gz.entries[ranked[0].position].category not in SETTLEMENT_CATEGORIES:
        return None
    return both(ranked, places[1], len(places))


def _same_oblast(gz: Gazetteer, centre: Scored, town: Scored) -> bool:
    """Whether ``centre``, a city (an oblast centre's name read alone), lies in the oblast of
    ``town``, a town: then the centre's name says the town's oblast."""
    place, other = gz.entries[centre.position], gz.entries[town.position]
    return place.category in CITY_CATEGORIES and _a_town(gz, town) and place.oblast == other.oblast


def _arrowed(raw: str) -> bool:
    """Whether an arrow parts the text ``raw`` (:data:`_ARROWS`)."""
    return any(arrow in raw for arrow in _ARROWS)


def _named_after(cleaned: CleanQuery, text: str) -> bool:
    """Whether ``text`` follows the name in the query, by a comma or a slash (Izium,
    Kamianka), not before it nor after an arrow (Zaporizhzhia > Polohy: the town)."""
    raw = cleaned.raw
    return not _arrowed(raw) and raw.find(cleaned.name) < raw.rfind(text)


def _one_place(gz: Gazetteer, found: list[Scored]) -> Scored | None:
    """The settlement ``found`` (a text's candidates, the first read surely) names: its
    first, alone at the top; or the one city or town among those tied with it (Zinkiv: a
    city, and a village so called); None when it names none so (Artemivsk: Bakhmut's name
    once, and Кипуче's)."""
    tied = tied_with_best(found)
    if not tied:
        first = found[0]
        return first if gz.entries[first.position].category in SETTLEMENT_CATEGORIES else None
    top = [s for s in found if s.position in tied or s is found[0]]
    if any(s.kind not in ("exact", "variant") for s in top):  # (a name borne once)
        return None
    towns = [s for s in top if gz.entries[s.position].category in CITY_CATEGORIES]
    return towns[0] if len(towns) == 1 else None


def _in_town(gz: Gazetteer, found: list[Scored], town: Entry) -> Scored | None:
    """Of a village's namesakes (``found``), the first read surely in the hromada or raion
    of ``town`` (Kamianka beside Izium), not the town itself; None when none lies there."""
    units = tuple(u for u in (town.hromada_code, town.raion_code) if u)
    near = [
        s for s in found if s.score >= CONFIDENT_SCORE and in_units(gz.entries[s.position], units)
    ]
    near = [s for s in near if gz.entries[s.position].category not in CITY_CATEGORIES]
    return near[0] if near else None


def _a_town(gz: Gazetteer, s: Scored) -> bool:
    """Whether ``s`` is a city or town that no oblast is named by (not its centre)."""
    entry = gz.entries[s.position]
    if entry.category not in CITY_CATEGORIES:
        return False
    if an_oblast_centre(entry.name_uk):  # (Donetsk, Mykolaivka: Donetsk oblast's, by name)
        return False
    return gz.oblasts is None or not gz.oblasts.names_its_centre(entry.oblast, entry.name_uk)


def hyphened_places(found: Sequence[list[Scored]]) -> list[Scored]:
    """Two places joined by a hyphen that no place is called (``Pokrovsk-Myrnohrad``, an
    agglomeration; ``found``: each part's candidates): each one's answer, neither sure."""
    why = f"one of two places joined by a hyphen: at most {UNSURE_CEILING:g}"
    pair = []
    for order, candidates in enumerate(found):
        for s in candidates[:1]:
            s = s.capped(UNSURE_CEILING, why)
            s.rank -= HYPHEN_ORDER_COST * order  # the one named first, first
            pair.append(s)
    return merged(pair)


def oblast_first(
    gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored], find: Find
) -> list[Scored]:
    """The place after a name that is its oblast's by the centre's name (``Kharkiv,
    Izium``, ``Kyiv, Bucha``: an address from the oblast down, as tables write it), ahead
    of the centre; [] when the text is no such address: a site's word beside a city says
    what it is there (``Odesa, port``, ``Одеса (Порт)``: not the village Порт), and a
    bracket in lower case after a capitalised name holds no place's name (``Mykolaiv
    (vokzal)``, not the village Вокзал)."""
    text = cleaned.beside[0]
    if text.lower().strip(" .") in PLACE_WORDS or (
        cleaned.bracketed and text.islower() and not cleaned.name.islower()
    ):
        return []
    first = gz.entries[ranked[0].position]
    unit = gz.oblasts.get(first.oblast) if gz.oblasts is not None and first.oblast else None
    if unit is None or not (first.category == "O" or first.name_uk == unit.center_uk):
        return []
    place = find(cleaned.beside[0], cleaned.name)  # the name as its oblast's hint
    if not place or place[0].score < CONFIDENT_SCORE or place[0].position == ranked[0].position:
        return []
    entry = gz.entries[place[0].position]
    if entry.category not in SETTLEMENT_CATEGORIES or entry.oblast not in gz.text_oblasts(
        cleaned.name
    ):
        return []
    why = f"{cleaned.name!r} before it names its oblast, by the oblast's centre"
    if _arrowed(cleaned.raw):  # Polohy > Zaporizhzhia: a route, or a
        # path from the bottom up, as arrows read from the top down: two places, unsure
        why = f"before {cleaned.name!r} by an arrow: a route's, perhaps: at most {UNSURE_CEILING:g}"
        ceiling = UNSURE_CEILING
    else:
        ceiling = place[0].score
    centre = f"named first: its oblast's centre, or a place of its own: at most {UNSURE_CEILING:g}"
    return [
        place[0].capped(min(place[0].score, ceiling), why),
        *place[1:],
        ranked[0].capped(min(ranked[0].score, UNSURE_CEILING), centre),
    ]


def beside_instead(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    unhinted: list[Scored],
    find: Callable[[str], list[Scored]],
) -> list[Scored]:
    """What a name the text beside it left unsure (``ranked``) comes to, given its reading
    without the hint a place beside it gave (``unhinted``, [] when the hint was an oblast's):

    - that reading, when it is sure and a city ('Київ, Оболонь': Оболонь is a part of Kyiv,
      and a village of Poltava oblast), unless the place beside it is another city (two
      cities: 'Kyiv; Lviv', 'Kharkiv and Kyiv');
    - a village far from the place beside it: both, that place first, neither sure
      ('Оболонь, Київ');
    - a typo reading, with the place beside it ('Saltivka, Kharkiv', a part of the city);
    - else the settlement it reads as without the hint ('Велика (Нова) Мощаниця');
    - else the place beside it, unsure ('Pivdenna bay, Sevastopol').
    """
    readable = (  # the name itself, not a typo or a consonant reading of another
        bool(unhinted)
        and unhinted[0].kind not in ("fuzzy", "loose")
        and gz.entries[unhinted[0].position].category in SETTLEMENT_CATEGORIES
    )
    if readable and unhinted[0].score >= CONFIDENT_SCORE:
        beside = place_beside(cleaned.beside, find, gz.entries, CONFIDENT_SCORE)
        if gz.entries[unhinted[0].position].category in CITY_CATEGORIES:
            other = beside[0].position if beside else unhinted[0].position
            if other == unhinted[0].position or gz.entries[other].category not in CITY_CATEGORIES:
                return unhinted  # Київ, Оболонь: a part of Kyiv, named after it
            return both(unhinted, beside[0])  # two cities (Kyiv; Lviv)
        why = f"not where the place beside it lies: at most {UNSURE_CEILING:g}"
        return merged(beside, unsure(unhinted, why))
    if ranked and ranked[0].score >= DEFAULT_MIN_SCORE:
        if ranked[0].kind != "fuzzy":
            return ranked
        return merged(ranked, place_beside(cleaned.beside, find, gz.entries, CONFIDENT_SCORE))
    if readable and unhinted[0].score >= DEFAULT_MIN_SCORE:
        return unhinted
    return place_beside(cleaned.beside, find, gz.entries, CONFIDENT_SCORE) or unhinted or ranked


def district_of_city(
    gz: Gazetteer, beside: Sequence[str], ranked: list[Scored], find: Find
) -> list[Scored] | None:
    """A district of the city named beside it (``Kyivskyi district, Kharkiv``, ``Харків,
    Салтівський район``): the district, sure, ahead of the city; None when nothing beside
    the name is one of the city's districts."""
    if not ranked or ranked[0].score < UNSURE_CEILING:  # (Харкова: declined, so unsure)
        return None
    city = gz.entries[ranked[0].position]
    if city.category not in CITY_CATEGORIES or city.code not in _districts(gz):
        return None  # (most cities have none: no text beside them is read again)
    for text in (t for t in beside if clean_query(t).wants != "O"):  # (no oblast's)
        for s in find(text, city.oblast):
            district = gz.entries[s.position]
            if district.category == "B" and district.parent == city.code:
                why = f"a district of {city.name}, named beside it"
                rank = max(s.rank, ranked[0].rank + 1.0)
                first = Scored(
                    s.position, s.score, rank, s.importance, s.kind, s.form, (*s.explain, why)
                )
                return [first, *(r for r in ranked if r.position != s.position)]
    return None


#: How many letters of a district's name, less its adjective ending, a part of the city
#: named after it may differ by at its end (Салтівка: Салтівський; Печерськ: Печерський).
DISTRICT_ENDING = 3


def district_named_after(gz: Gazetteer, name: str, ranked: list[Scored]) -> list[Scored] | None:
    """A part of the city beside it (``ranked``'s first, read from beside the name, which is
    no place there) that one of the city's districts is named after (``Saltivka, Kharkiv``:
    Салтівський район; ``Obolon, Kyiv``: Оболонський): the district, unsure (its part
    may lie across districts), ahead of the city; None otherwise."""
    if not ranked or ranked[0].kind != "beside":
        return None
    city = gz.entries[ranked[0].position]
    key = match_key(name).replace(" ", "")
    for i in _districts(gz).get(city.code, ()):
        stem = match_key(gz.entries[i].name)[:-3]  # (-ський, -цький: its adjective ending)
        shared = next((n for n, (a, b) in enumerate(zip(stem, key)) if a != b), len(stem))
        shared = min(shared, len(key))
        if len(stem) >= 4 and shared >= max(len(stem), len(key)) - DISTRICT_ENDING:
            why = f"a part of {city.name} its district {gz.entries[i].name} is named after"
            district = sure_candidate(gz.entries, i, ranked[0].rank + 1.0, why)
            return [district.capped(UNSURE_CEILING, why, kind="beside"), *ranked]
    return None


def unit_beside_centre(
    gz: Gazetteer, units: Sequence[str], ranked: list[Scored]
) -> list[Scored] | None:
    """A raion or hromada named beside its oblast's centre, which lies outside it
    (``Kupianskyi raion, Kharkiv``: the centre names the oblast, as in ``Kharkiv, Izium``):
    the unit, sure, ahead of the centre; None otherwise."""
    oblasts = gz.oblasts
    if not ranked or not units or oblasts is None or ranked[0].score < UNSURE_CEILING:
        return None
    first = gz.entries[ranked[0].position]
    if first.category not in CITY_CATEGORIES or in_units(first, tuple(units)):
        return None
    # (units of the oblast the city is the centre of: Kyiv's is Kyiv oblast's too)
    centres = {c: oblasts.get(gz.entry(c).oblast) for c in units if c in gz._by_code}
    inside = [c for c, o in centres.items() if o is not None and o.center_uk == first.name_uk]
    # (the centre itself, or its namesake in the unit's oblast; not a namesake elsewhere:
    # Миколаїв of Lviv oblast, Миколаївський р-н, its raion before 2020)
    mine = oblasts.get(first.oblast)
    if mine is None or mine.center_uk != first.name_uk:
        inside = [c for c in inside if gz.entry(c).oblast == first.oblast]
    if len(inside) != 1:
        return None
    why = f"{first.name!r} beside it names its oblast, by the oblast's centre"
    unit = sure_candidate(gz.entries, gz._by_code[inside[0]], ranked[0].rank + 1.0, why)
    centre = f"named beside a unit of its oblast: at most {UNSURE_CEILING:g}"
    return [unit, ranked[0].capped(min(ranked[0].score, UNSURE_CEILING), centre), *ranked[1:]]


def _districts(gz: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Each city's districts (KATOTTG category B): their entries' positions."""

    def make() -> dict[str, tuple[int, ...]]:
        held: dict[str, list[int]] = {}
        rows = entry_fields(gz.entries, "category", "parent")
        for i, (category, parent) in enumerate(rows):
            if category == "B":
                held.setdefault(parent, []).append(i)
        return {city: tuple(positions) for city, positions in held.items()}

    return derived(gz.entries, "districts", make)
