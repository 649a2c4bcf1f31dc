"""A village council before 2020 asked for alone, whose name no hromada bears today: its seat.

Sheets written before the 2020 reform (and many since) give a settlement's council where
its name should stand: ``Таранівська сільська рада, Зміївський район``. Such a council was
named after its seat (Таранівка), and its land lies today in a hromada named otherwise
(Зміївська). Where a hromada still bears the council's name (Печенізька, Циркунівська) it
answers; otherwise :func:`council_seat` answers the settlements the council may be named
after, of the category its kind says (:func:`~gazetteer.oldraions.council_seats`), in the
raion or oblast beside it: sure when one, tied when several.

An old raion beside a name (``Гусаровка, Балаклейский р-н``) is read as today's raion of its
seat (:mod:`gazetteer.oldraions`), which may hold namesakes from other old raions (Izium
raion: a Гусарівка of old Балаклійський raion and one of old Барвінківський);
:func:`in_seat_hromada` puts the one in its seat's hromada (Балаклійська) first, as the
reform mostly built a town's hromada out of its own old raion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from translit import match_key
from translit.russian import russian_forms

from .beside import (
    ADJECTIVE_KEY,
    COUNCIL_WORDS,
    DECLINED_KEY,
    FEMININE_KEY,
    sure_candidate,
    unit_asked,
    words_of,
)
from .councilnotes import council_notation
from .councils import a_city_council
from .model import Entry, derived, entry_fields
from .oblastnamed import split_trailing_hint
from .oldraions import (
    COUNCIL_SEAT_CATEGORIES,
    SEAT_CATEGORIES,
    compound,
    council_seats,
    hromadas_of_seat,
    seat_stems,
)
from .query import CleanQuery, clean_query
from .rank import VARIANT_FLOOR, Scored, in_units
from .trailing import split_trailing_unit

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: The rank of a seat found so: above a name's likeness to another place's (Таранівка, 89)
_RANK = VARIANT_FLOOR + 5.0


def council_seat(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: Sequence[Scored],
    units: Sequence[str],
    oblasts: Sequence[str],
) -> list[Scored]:
    """The seats of the council ``cleaned`` asks for alone (see the module docs), in the
    ``units`` (raion or hromada codes) or ``oblasts`` beside it when given, before
    ``ranked``; [] when it asks for no council, or a hromada bears its name."""
    name, wants = cleaned.name, cleaned.wants
    if wants not in ("O", "P", "H"):
        return []  # (asks for no hromada, nor for one before its oblast's or raion's name)
    # (the words as the cleaner read them: Таранівська с/р, сільрада as сільська рада)
    words = words_of(council_notation(cleaned.raw))
    if wants == "O" and gz.oblasts is not None:  # (... сільська рада Харківської області)
        head, trailing = split_trailing_hint(gz, cleaned, ())
        if head != name:
            again = clean_query(head)
            name, wants, oblasts = again.name, again.wants, tuple(oblasts) or trailing
    if not units and wants == "P":  # (Таранівська сільська рада Зміївського району)
        head, _, units = split_trailing_unit(gz, name, wants)
        name, wants = (clean_query(head).name, "H") if units else (name, wants)
    key = match_key(name)
    if wants != "H" or not words & COUNCIL_WORDS or not FEMININE_KEY.search(key):
        return []
    if any(gz.entries[gz.index.entry_of[p]].category == "H" for p in gz.index.keyed_array(key)):
        return []  # (Печенізька селищна рада: the hromada so named answers)
    kinds = council_seats(words)
    seats = [
        i
        for i in _seats(gz.entries).get(key[:-3], ())
        if gz.entries[i].category in kinds
        and (not units or in_units(gz.entries[i], tuple(units)))
        and (not oblasts or gz.entries[i].oblast in oblasts)
    ]
    if not seats:
        return []
    why = f"the seat of {name} council before 2020, named after it"
    found = [sure_candidate(gz.entries, i, _RANK, why) for i in seats]
    return [*found, *(s for s in ranked if s.position not in seats)]


def council_oblasts(gz: Gazetteer, cleaned: CleanQuery) -> tuple[str, ...]:
    """The oblasts trailing a city's council without a comma (``Шахтарська міська рада
    Дніпропетровської області``: Dnipropetrovsk); () when no oblast or no council is said."""
    if cleaned.wants != "O" or gz.oblasts is None or not a_city_council(cleaned.raw):
        return ()
    return split_trailing_hint(gz, cleaned, ())[1]


def _seats(entries: Sequence[Entry]) -> dict[str, tuple[int, ...]]:
    """Stem of a council's adjective -> the positions of the settlements it may be named
    after (:func:`~gazetteer.oldraions.seat_stems`); made once per gazetteer."""

    def make() -> dict[str, tuple[int, ...]]:
        table: dict[str, list[int]] = {}
        for i, (category, name) in enumerate(entry_fields(entries, "category", "name_uk")):
            if category in COUNCIL_SEAT_CATEGORIES:
                # its name, and its Russian form (Тарановский сельсовет: Таранівка)
                for text in {name, *russian_forms(name, limit=1)}:
                    for stem in seat_stems(match_key(compound(text))):
                        table.setdefault(stem, []).append(i)
        return {stem: tuple(dict.fromkeys(positions)) for stem, positions in table.items()}

    return derived(entries, "council seats by stem", make, stored_by=__file__)


#: How far a namesake outside the old raion's seat's hromada falls behind the one in it: as
#: one outside the unit named (:mod:`gazetteer.rank`).
OUTSIDE_SEAT = 6.0


def in_seat_hromada(gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored]) -> list[Scored]:
    """``ranked`` with the best's namesakes tied with it put behind the one that lies in the
    hromada of the seat of an old raion beside the name (see the module docs), when exactly
    one does; as it is otherwise."""
    if len(ranked) < 2 or ranked[1].score < ranked[0].score:
        return ranked
    texts = list(cleaned.beside)
    head, _, units = split_trailing_unit(gz, cleaned.name, cleaned.wants)
    if units:  # (Гусарівка Балаклійського району: the raion in the genitive, no comma)
        texts.append(f"{cleaned.name[len(head) :].strip()} район")
    if not texts:
        return ranked  # (most names: nothing beside them)
    tied = [s for s in ranked if s.score == ranked[0].score]
    for text in texts:
        category, _, key = unit_asked(text)
        key = DECLINED_KEY.sub("ki", key)
        if category != "P" or not ADJECTIVE_KEY.search(key):
            continue
        if any(gz.entries[gz.index.entry_of[p]].category == "P" for p in gz.index.keyed_array(key)):
            continue  # (a raion of today so named: its seat's hromada is one of many)
        seats = hromadas_of_seat(gz.entries, key[:-3], gz.index, SEAT_CATEGORIES)
        held = [s for s in tied if gz.entries[s.position].hromada_code in seats]
        if len(held) != 1:
            continue
        why = f"outside the hromada of the seat of {text}: -{OUTSIDE_SEAT:g}"
        behind = [s.capped(s.score - OUTSIDE_SEAT, why) for s in tied if s is not held[0]]
        rest = [s for s in ranked if s not in tied]
        return [held[0], *sorted([*behind, *rest], key=lambda s: (-s.rank, s.position))]
    return ranked
