"""What a text beside a place name says of it: the administrative units it names
(``Beryslav raion``, ``Бериславський р-н``, ``Tavriiska hromada``, ``Таврійська міська
громада``), whose outsiders lose :data:`~gazetteer.rank.RAION_COST`; or, when the name
itself is no place (``Pivdenna bay, Sevastopol``), the place it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from translit import match_key
from translit.lazyre import lazy_compile

from .index import NAME_SOURCES, NameForm, NameIndex
from .model import Entry, MatchKind, derived, entry_fields
from .oldraions import (
    SEAT_CATEGORIES,
    council_seats,
    hromadas_of_seat,
    of_council_kind,
    parted_raions,
    raions_of_hromada_named,
    raions_of_renamed_city,
    raions_of_seat,
    seat_stems,
)
from .query import BARE_UNIT, CleanQuery, clean_query, unit_level
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, VARIANT_FLOOR, Scored
from .regionforms import centre_named_as_region
from .seatedunit import hromadas_seated_at, seats_by_likeness
from .shortraions import raions_cut_short
from .words import LEVEL_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: Words that say a text beside a name is a raion (those the cleaner knows)...
RAION_WORDS = frozenset(word for word, level in LEVEL_WORDS.items() if level == "P")
#: ...or a hromada (the words of its full name included: Таврійська міська громада, which
#: words.HROMADA_ADJECTIVES puts among the level words; and Bakhmut urban hromada).
HROMADA_WORDS = frozenset(word for word, level in LEVEL_WORDS.items() if level == "H") | {"urban"}
_WORDS = lazy_compile(r"[\w’'-]+")
#: The match key of a raion's adjective in the nominative (-ський, -цький, -зький)...
ADJECTIVE_KEY = re.compile(r"[sCz]ki$")
#: ...and of a council's or hromada's (-ська, -цька, -зька).
FEMININE_KEY = re.compile(r"[sCz]ka$")
#: Words that name a village council, the unit below a raion before 2020.
COUNCIL_WORDS = frozenset({
    "рада", "ради", "раді", "rada", "council", "совет", "сільрада", "silrada", "selrada",
    "сельсовет", "поссовет",
})  # fmt: skip


def units_named(
    text: str, entries: Sequence[Entry], index: NameIndex, typos: bool = True
) -> tuple[str, ...]:
    """Codes of the raions or hromadas ``text`` names (by their name, exactly or, unless not
    ``typos``, a typo away: :func:`units_a_typo_away`; a raion also by its seat's name); ()
    when it names none."""
    found = _units_named_exactly(text, entries, index)
    return found or (units_a_typo_away(text, entries, index) if typos else ())


#: The most edits (of match keys: letters inserted, deleted, changed or swapped) a unit's
#: name may be from the text read as it by a typo.
UNIT_TYPO_EDITS = 2
#: An adjective's ending in a match key, in any case and gender (Харківського: HarkivskoHo,
#: Харківський: Harkivski): the edits are counted without it, so a unit's declined name
#: (Харківського raion) is as near as the name itself.
DECLINED_KEY = re.compile(r"k(?:oHo|omu|oiu|oi|om|im|ii|i|a|u)$")


def units_a_typo_away(text: str, entries: Sequence[Entry], index: NameIndex) -> tuple[str, ...]:
    """Codes of the units of the level ``text``'s unit word names (raion, hromada) whose name
    is the closest a typo (or an adjective's ending) away from the name before it; () when
    none is, or no unit word is said. (Asked when :func:`units_named` finds none exactly.) A
    key more than :data:`UNIT_TYPO_EDITS` edits away is no typo (Варварівський is no
    Яворівський, nor Mantsivskyi Umanskyi); the keys equally close give all their units."""
    category, _, key = unit_asked(text)
    if not category:
        return ()
    stem, most = DECLINED_KEY.sub("k", key), UNIT_TYPO_EDITS
    edits: dict[int, list[str]] = {}
    for near in index.near_keys(key):
        edited = OSA.distance(stem, DECLINED_KEY.sub("k", near), score_cutoff=most)
        if edited <= most:
            edits.setdefault(edited, []).append(near)
    for distance in sorted(edits):
        units = (
            _of_category(index, index.keyed(near), category, entries) for near in edits[distance]
        )
        found = [unit for of_key in units for unit in of_key]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def words_of(text: str) -> set[str]:
    """A text's words (letters, digits, apostrophes, hyphens), lower-cased, as a unit's
    and council's words are looked up among them."""
    return {w.lower() for w in _WORDS.findall(text)}


def unit_asked(text: str) -> tuple[str, set[str], str]:
    """The level a text's unit word asks for (P, H, or "" for none), its words lower-cased,
    and the match key of the name it gives (without hromada and council words)."""
    words = _WORDS.findall(text)
    lowered = {w.lower() for w in words}
    category = (
        "P" if lowered & RAION_WORDS else "H" if lowered & (HROMADA_WORDS | COUNCIL_WORDS) else ""
    )
    if not category:
        return "", lowered, match_key(text)
    name = " ".join(w for w in words if w.lower() not in HROMADA_WORDS | COUNCIL_WORDS)
    return category, lowered, match_key(clean_query(name).name)


def _units_named_exactly(text: str, entries: Sequence[Entry], index: NameIndex) -> tuple[str, ...]:
    """:func:`units_named` without its typos; a unit's adjective declined (Волновахского
    р-на, Ізюмського району: after a comma as without one) also in the nominative."""
    category, lowered, key = unit_asked(text)
    found = _units_of_key(text, category, lowered, key, entries, index)
    nominative = DECLINED_KEY.sub("ki" if category == "P" else "ka", key)
    # by its own name, or a raion's before 2020 (Волновахского р-на); not a settlement's
    # own name in a genitive's shape (Гурського району: the village, no Гурський raion)
    if not found and category and nominative != key and not index.has_forms(key):
        found = tuple(
            dict.fromkeys(_of_category(index, index.keyed(nominative), category, entries))
        )
        if found and category == "P":
            found = tuple(
                dict.fromkeys((*found, *raions_of_renamed_city(entries, nominative, index)))
            )
        if not found and category == "P":
            found = tuple(dict.fromkeys(old_raions(entries, nominative, index)))
    return found


def _units_of_key(
    text: str,
    category: str,
    lowered: set[str],
    key: str,
    entries: Sequence[Entry],
    index: NameIndex,
) -> tuple[str, ...]:
    """The units of ``category`` (none: a raion's very name) named by the match key ``key``."""
    if not category:
        # a raion's very name, as lists give it (Ivanivka, Beryslavskyi): only a raion, for
        # a hromada may be named as its oblast is (Khersonska); or a raion before 2020's
        found = _of_category(index, index.keyed(key), "P", entries)
        if not found and " " not in text.strip() and not _a_town_named(entries, key, index):
            # (not a town's own name: Korsun-Shevchenkivskyi, Hresivskyi are towns first)
            found = old_raions(entries, key, index)
        return tuple(dict.fromkeys(found))
    found = _of_category(index, index.keyed(key), category, entries)
    if found and category == "H" and lowered & COUNCIL_WORDS:  # (Чернівецька селищна рада)
        found = of_council_kind(entries, found, council_seats(lowered))
    if found and category == "P":  # another oblast's old raion so named, its seat renamed
        found += raions_of_renamed_city(entries, key, index)
    if not found and category == "P":  # a city's district (Saltivskyi): its city's hromada
        districts = (entries[index.entry_of[p]] for p in index.keyed(key))
        found = [d.hromada_code for d in districts if d.category == "B" and d.hromada_code]
        # and an old raion so named (Артемовский: a district of Luhansk, and Bakhmut's
        # raion, seated at Артемовск before 2016)
        found += raions_of_renamed_city(entries, key, index) if found else ()
    if not found:  # "Kupiansk raion", "Lozova hromada": named after its seat
        stems = seat_stems(key)
        found = [code for code, unit_key in _unit_keys(entries, category) if unit_key in stems]
    if not found and category == "H":  # Lokachi: Локачинська (its seat read by likeness)
        found = list(hromadas_seated_at(entries).get(key.replace(" ", ""), ()))
    if category == "H" and lowered & COUNCIL_WORDS and FEMININE_KEY.search(key):
        # a village council before 2020 (Кам'янська сільська рада): its seats' hromadas
        found += hromadas_of_seat(entries, key[:-3], index, council_seats(lowered))
    if not found and category == "P":  # Kryvyi Rih raion: Криворізький, its seat's irregular
        found = list(raions_seated_at(entries).get(key.replace(" ", ""), ()))
    if not found and category == "P":
        found = old_raions(entries, key, index) or list(raions_cut_short(text, entries))
    if not found:  # Чугуев р-н, Chuguev rayon: its seat by another of its names
        found = units_seated_at_town(entries, key, index, category)
    return tuple(dict.fromkeys(found))


def units_seated_at_town(
    entries: Sequence[Entry], key: str, index: NameIndex, category: str
) -> list[str]:
    """The raions (``category`` P) or hromadas (H) seated at a city or selyshche any of whose
    names (Russian, former, an exonym: Чугуев, Chuguev) has match key ``key``: a unit named
    by its seat's name, not by its adjective; [] for none."""
    seated = raions_seated_at(entries) if category == "P" else hromadas_seated_at(entries)
    found = []
    for p in index.keyed_array(key):
        town = entries[index.entry_of[p]]
        unit = town.raion_code if category == "P" else town.hromada_code
        seat = match_key(town.name_uk).replace(" ", "")
        if town.category in SEAT_CATEGORIES and unit and unit in seated.get(seat, ()):
            found.append(unit)
    return found


#: How alike (rapidfuzz ratio) a raion's name less its adjective ending and its seat's name
#: must be (:func:`~gazetteer.seatedunit.seats_by_likeness`).
SEAT_LIKENESS = 65.0


def raions_seated_at(entries: Sequence[Entry]) -> dict[str, tuple[str, ...]]:
    """Match key of a raion's seat -> the raion(s) seated there, read from the data
    (:func:`~gazetteer.seatedunit.seats_by_likeness`): in each raion, the city (or else
    selyshche) whose name its name is made from, by likeness, so
    that irregular adjectives are found too (Криворізький: Кривий Ріг; Шосткинський:
    Шостка; Білоцерківський: Біла Церква). A raion no town of it is clearly like is left
    out (Перекопський: its seat Армянськ was renamed)."""

    def make() -> dict[str, tuple[str, ...]]:
        rows = list(entry_fields(entries, "code", "category", "name_uk", "raion_code"))
        key_of = lambda town: match_key(town).replace(" ", "")  # noqa: E731
        return seats_by_likeness(rows, "P", ("M", "X"), ("M",), key_of, SEAT_LIKENESS)

    return derived(entries, "raions seated at", make)


def old_raions(entries: Sequence[Entry], key: str, index: NameIndex | None = None) -> list[str]:
    """Today's raions of a raion before 2020 whose adjective (in the nominative) has match
    key ``key``: its seat's (:mod:`gazetteer.oldraions`; by the seats' names in ``index``
    too); [] for another key."""
    if not ADJECTIVE_KEY.search(key):
        return []
    if parted := parted_raions(entries, key):  # Києво-Святошинський: seated outside it
        return list(parted)
    named = raions_of_hromada_named(entries, key, index)
    if key.endswith("Cki") and index is not None and (seated := _ts_seats(entries, key, index)):
        return list(dict.fromkeys((*seated, *named)))
    return list(dict.fromkeys((*raions_of_seat(entries, key[:-3], index), *named)))


#: The name sources whose forms of a town an old raion's -цький is read back to.
_OWN_SOURCES = frozenset(NAME_SOURCES.index(s) for s in ("official", "russian", "former"))


def _towns_keyed(
    entries: Sequence[Entry], key: str, index: NameIndex, most_rank: int = 0
) -> Iterator[Entry]:
    """The cities and selyshches with a name of their own (official, Russian or former; a
    Russian form by rule only up to its ``most_rank``-th guess) with match key ``key``."""
    for p in index.keyed_array(key):
        if index.source_id_of[p] in _OWN_SOURCES and index.rank_of[p] <= most_rank:
            town = entries[index.entry_of[p]]
            if town.category in SEAT_CATEGORIES:
                yield town


def _a_town_named(entries: Sequence[Entry], key: str, index: NameIndex) -> bool:
    """Whether a city or selyshche bears the name with match key ``key`` as its own (its
    official, Russian or former name: Корсунь-Шевченківський, Гресівський)."""
    return next(_towns_keyed(entries, key, index), None) is not None


def _ts_seats(entries: Sequence[Entry], key: str, index: NameIndex) -> list[str]:
    """Today's raions of the towns whose name (its own, Russian or former) an adjective in
    -цький (key ``key``) is made of, letter for letter: a ц of its own (Новоселиця:
    Новоселицький), a к (Городок: Городоцький; Олика) or a т before -ський (Славута:
    Славутський); [] for none. (The stem less three letters is a guess that fits many:
    novoseli, every Новоселівка.)"""
    stem = key[:-3]
    keys = [stem + "C" + end for end in "aei"]
    keys += [stem + letter + end for letter in "kt" for end in ("", "a", "e", "i")]
    towns = (town for found in keys for town in _towns_keyed(entries, found, index, 1))
    return list(dict.fromkeys(town.raion_code for town in towns if town.raion_code))


def _of_category(
    index: NameIndex, positions: Sequence[int], category: str, entries: Sequence[Entry]
) -> list[str]:
    """Codes of the entries of category ``category`` among the forms at ``positions``: those
    met by a form of their own if any, else those met by a Russian form made by rule (the
    rule's Олевская for Оліївська is no reading of Олевська громада)."""
    units = [(entries[index.entry_of[p]], index.rank_of[p]) for p in positions]
    found = [(unit.code, rank) for unit, rank in units if unit.category == category]
    return [code for code, rank in found if not rank] or [code for code, _ in found]


def _unit_keys(entries: Sequence[Entry], category: str) -> list[tuple[str, str]]:
    """(code, match key less its three-letter adjective ending) of the units of a category,
    read from the entries' columns when they have them (the embedded gazetteer); made once
    per gazetteer."""

    def make() -> list[tuple[str, str]]:
        rows = entry_fields(entries, "code", "category", "name")
        return [(code, match_key(name)[:-3]) for code, kind, name in rows if kind == category]

    return derived(entries, f"unit keys {category}", make)


def place_beside(
    texts: Iterable[str],
    candidates: Callable[[str], list[Scored]],
    entries: Sequence[Entry],
    sure: float,
) -> list[Scored]:
    """The settlement the first of ``texts`` that names one surely (best score at least
    ``sure``) names, as an unsure candidate of kind ``beside``: for a name that is no
    place itself, a site or a part of that settlement (``Pivdenna bay, Sevastopol``)."""
    for text in texts:
        found = candidates(text)
        if (
            found
            and found[0].score >= sure
            and entries[found[0].position].category in SETTLEMENT_CATEGORIES
        ):
            reason = (
                f"the name is no place known; {text!r} beside it is: at most {UNSURE_CEILING:g}"
            )
            return [found[0].capped(UNSURE_CEILING, reason, kind="beside")]
    return []


def raions_by_seat(
    name: str,
    codes: Sequence[str],
    entries: Sequence[Entry],
    position: Mapping[str, int],
    level: str = "raion",
    typo: bool = False,
) -> list[Scored]:
    """The raions of ``codes`` (found for ``name`` and the word raion; ``position``: each
    code's entry) as candidates ahead of their seat: asked for a raion by its seat's name
    (``Beryslav raion``), the raion; so too a hromada (``Bakhmut urban hromada``). Read by
    a ``typo`` of their name (no unit is named so), they are ahead but unsure."""
    found = []
    for code in codes:
        i = position[code]
        why = f"a {level} asked for by its seat's name {name!r}: {entries[i].name}"
        if typo:
            why += f" (a typo away: at most {UNSURE_CEILING:g})"
        score = UNSURE_CEILING if typo else VARIANT_FLOOR
        found.append(sure_candidate(entries, i, VARIANT_FLOOR + 10.0, why, score=score))
    return found


def sure_candidate(
    entries: Sequence[Entry],
    i: int,
    rank: float,
    why: str,
    kind: MatchKind = "variant",
    text: str | None = None,
    score: float = VARIANT_FLOOR,
) -> Scored:
    """The entry at ``i``, read from the text beside its name rather than its name's letters
    (a unit; the settlement a power plant stands in, of kind ``facility``): a sure candidate
    (:data:`VARIANT_FLOOR`) of ``kind``, ranked ``rank``, met by ``text`` (by default its
    official name) as an official form; scored ``score`` when that is lower."""
    form = NameForm(i, entries[i].name if text is None else text, "official")
    return Scored(i, score, rank, 0.0, kind, form, (why,))


def unit_before_bare_oblast(gz: Gazetteer, cleaned: CleanQuery) -> str | None:
    """``Ізюмський район, Харківська`` (or the oblast first) as ``Ізюмський район, Харківська
    область``: an oblast's bare adjective beside a raion or hromada said to be one is the oblast
    that unit lies in, not the name asked for; None when the text is not so."""
    name = cleaned.name
    if gz.oblasts is None or not cleaned.beside or cleaned.wants or " " in name.strip():
        return None
    if not BARE_UNIT.search(name) or not any(unit_level(b) in ("P", "H") for b in cleaned.beside):
        return None
    reading = gz.oblasts.parse(name)
    if reading is None or reading.score < 99 or reading.said_oblast:
        return None
    said = "oblast" if name.isascii() else "область"
    return ", ".join([*cleaned.beside, f"{name} {said}"])


def on_region(gz: Gazetteer, raw: str, ranked: list[Scored]) -> list[Scored] | None:
    """After на, an oblast's centre named like a region (Запоріжжя: на Запоріжжі, на
    Запорожье; у Запоріжжі is the city): the oblast, sure, ahead of the centre; None
    otherwise."""
    words = raw.split()
    # (на Запоріжжя, the accusative, is towards the city)
    if gz.oblasts is None or not ranked or words[:1] != ["на"] or raw.endswith("я"):
        return None
    best = ranked[0]
    centre = gz.entries[best.position]
    unit = gz.oblasts.by_iso.get(centre.oblast)
    if unit is None or centre.name_uk != unit.center_uk or not centre_named_as_region(unit):
        return None
    if best.score < VARIANT_FLOOR or unit.code not in gz._by_code:
        return None
    why = f"на {centre.name_uk}: its region, as на Поділлі, на Закарпатті"
    region = sure_candidate(gz.entries, gz._by_code[unit.code], best.rank + 1.0, why)
    return [region, *ranked]
