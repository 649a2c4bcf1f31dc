"""A hromada named by its bare adjective beside a place, as KATOTTG names it and tables give a
settlement's unit: ``Vuzlove, Radekhivska``, ``Радехівська, Вузлове``, ``Іванівка
(Бериславська)``.

A feminine adjective with no level word (Radekhivska) may be a hromada's name, an oblast's
(Khersonska: the oblast, as before), a town's (Monastyryska) or a village's (Вілька-Садівська),
so it is read as a hromada only where one so named holds a settlement of the name beside it;
where none does, as the raion of its stem (Бериславська: Бериславський район) that holds one.
A raion's masculine adjective (Beryslavskyi) is read by :func:`gazetteer.beside.units_named`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from translit import match_key
from translit.lazyre import lazy_compile

from .beside import COUNCIL_WORDS, FEMININE_KEY, RAION_WORDS, words_of
from .finder import CONFIDENT_SCORE
from .oldraions import hromadas_of_seat
from .query import CleanQuery, unit_level
from .rank import SETTLEMENT_CATEGORIES, UNSURE_CEILING, Scored, in_units, unsure
from .unitparts import an_oblast_centre

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Entry

#: A feminine adjective's ending, in Ukrainian, Russian or Latin (Радехівська, Радеховская,
#: Radekhivska, Radekhovskaya).
_FEMININE = lazy_compile(r"(?:[stz]ka|[stz]kaya|[сцз]ька|[сцз]кая)$", re.IGNORECASE)


def units_beside(gz: Gazetteer, text: str, name: str, hints: Sequence[str] = ()) -> tuple[str, ...]:
    """The raions or hromadas ``text`` beside ``name`` names: by
    :meth:`~gazetteer.gazetteer.Gazetteer._units_named`, else a hromada by its bare adjective
    (:func:`adjective_units`)."""
    units = gz._units_named(text)
    if units and _a_council(text):  # (a council before 2020, read by its seat: a guess)
        places = _entries_keyed(gz, match_key(name))
        held = tuple(u for u in units if any(in_units(place, (u,)) for place in places))
        # (none holds one: the council says nothing, so it holds every namesake)
        units = held or tuple(dict.fromkeys(p.hromada_code for p in places if p.hromada_code))
    return units or adjective_units(gz, text, name, hints)


def _a_council(text: str) -> bool:
    """Whether ``text`` names a council (сільська рада, сельсовет) and no raion."""
    words = words_of(text)
    return bool(words & COUNCIL_WORDS) and not words & RAION_WORDS


def adjective_units(
    gz: Gazetteer, text: str, name: str, hints: Sequence[str] = ()
) -> tuple[str, ...]:
    """Codes of the hromadas ``text``, a bare feminine adjective (Radekhivska, Радехівська),
    names that hold a settlement whose name has the match key of ``name`` (in the oblasts
    ``hints`` when given); else of the raions of the adjective's stem that hold one
    (Бериславська: Бериславський); () when none does or ``text`` is not so."""
    key = match_key(text)
    if not FEMININE_KEY.search(key) or not _FEMININE.search(text.strip()):
        return ()
    if unit_level(text) or an_oblast_centre(text) or an_oblasts_adjective(gz, text):
        return ()
    places = [
        e
        for e in _entries_keyed(gz, match_key(name))
        if e.category in SETTLEMENT_CATEGORIES and (not hints or e.oblast in hints)
    ]
    if not places:
        return ()
    for category, unit_key in (("H", key), ("P", key[:-1] + "i")):
        units = {e.code for e in _entries_keyed(gz, unit_key) if e.category == category}
        held = [u for u in units if any(u in (e.hromada_code, e.raion_code) for e in places)]
        if held:
            return tuple(sorted(held))
    return ()


def _sure_alone(gz: Gazetteer, place: Entry, name: str, hints: Sequence[str] = ()) -> bool:
    """Whether ``name`` alone answers ``place``, surely (Vyshnivets: the selyshche), in the
    oblasts ``hints`` when given (the first, as a hint, brings the units it encloses or is
    enclosed by: UA-43, UA-40)."""
    alone = gz.resolve(name, oblast=hints[0] if hints else None, explain=False)
    return (
        alone.status == "matched" and alone.best is not None and alone.best.entry.code == place.code
    )


def _entries_keyed(gz: Gazetteer, key: str) -> list[Entry]:
    """The entries met by a form of match key ``key``, each once."""
    index = gz.index
    positions = dict.fromkeys(index.entry_of[p] for p in index.keyed(key))
    return [gz.entries[i] for i in positions]


def an_oblasts_adjective(gz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is an oblast's own adjective (Khersonska, Херсонська)."""
    oblast = gz.parse_oblast(text)
    return oblast is not None and match_key(text) in (
        match_key(oblast.name),
        match_key(oblast.name_uk),
    )


def outside_bare_units(
    gz: Gazetteer,
    ranked: list[Scored],
    units: tuple[str, ...],
    cleaned: CleanQuery,
    hints: Sequence[str] = (),
) -> list[Scored]:
    """``ranked`` unsure when its best lies in none of the ``units`` a bare adjective
    beside the name named (no level word said it is a unit): the word may be a town's name
    (Kamin-Kashyrskyi, Novhorod-Siverskyi, a list's item: Lutsk, Kamin-Kashyrskyi, Kolky),
    and a place outside the raion named is no answer of a path through it; so too when it
    lies in a raion a hromada's adjective named only by its stem, no hromada so named
    holding the name, and the name alone no sure answer (Іванівка (Бериславська): in
    Бериславський район, not the hromada; but Vyshnivets, Kremenetska: the selyshche).
    ``hints``: the oblasts the units were read in (:func:`units_beside`), so read again."""
    if not units or not ranked or ranked[0].score < CONFIDENT_SCORE:
        return ranked
    best = gz.entries[ranked[0].position]
    if not in_units(best, units):
        why = f"outside the unit a bare adjective beside it names: at most {UNSURE_CEILING:g}"
        return unsure(ranked, why)
    for text in cleaned.beside:
        named = adjective_units(gz, text, cleaned.name, hints)
        raions = [u for u in named if gz.entry(u).category == "P"]
        if best.raion_code in raions and not _sure_alone(gz, best, cleaned.name, hints):
            # all lowered alike: a namesake outside the raion stays behind (a city would
            # come first among ties)
            drop = ranked[0].score - UNSURE_CEILING
            why = f"in the raion {text!r} names by its stem, no hromada so named holding it"
            return [s.capped(s.score - drop, f"{why}: -{drop:g}") for s in ranked]
    return ranked


def unit_against_hint(
    gz: Gazetteer, ranked: list[Scored], cleaned: CleanQuery, hints: Sequence[str]
) -> list[Scored]:
    """``ranked`` (read under the oblasts ``hints``) unsure, with the place the cell's own
    unit holds second, tied, when a unit beside the name (a hromada's or raion's adjective,
    bare or not) holds the name only outside the hinted oblasts (``Vuzlove, Radekhivska``
    with the hint Crimea: Crimea's Вузлове, then that of Радехівська громада, Lviv oblast).

    The hint's reading stays first, as :mod:`gazetteer.hintprior` keeps it wherever the
    hinted oblast holds a place that bears the name surely: the hint is the caller's word
    about the row, given apart from the cell, where the unit beside the name is the cell's
    own text, which may be another place of a list (Monastyryska) or, where the hinted place
    lay in a village council so named before 2020, that council (Захарівка (Іванівська),
    Mykolaiv oblast: no disagreement); but otherwise the two disagree, and
    a hromada holds a settlement of that very name by chance only rarely, so neither is
    sure."""
    if not hints or not ranked or gz.oblasts is None:
        return ranked
    entries = gz.entries
    for text in cleaned.beside:
        units = units_beside(gz, text, cleaned.name)
        if not units or any(gz.entry(u).oblast in hints for u in units):
            continue
        if adjective_units(gz, text, cleaned.name, hints):
            continue  # read in the hint's oblasts it holds the name too (Білогірська: a raion's)
        held = [s for s in ranked if in_units(entries[s.position], units)]
        best = entries[ranked[0].position]
        if not held or held[0] is ranked[0] or best.oblast not in hints:
            continue
        if FEMININE_KEY.search(key := match_key(text)) and best.hromada_code in hromadas_of_seat(
            entries, key[:-3], gz.index
        ):
            continue  # its village council before 2020 (Захарівка (Іванівська): of Іванівка)
        if len(stem := match_key(cleaned.name).rstrip("aeiou")) >= 3 and key.startswith(stem):
            continue  # a council named after the place itself (Тузли (Тузлівська))
        why = f"{text!r} names a unit that holds it outside the hint's oblast: at most"
        why += f" {UNSURE_CEILING:g}"
        first, own = unsure([s for s in ranked if s is not held[0]], why), held[0]
        lifted = Scored(
            own.position,
            first[0].score,
            first[0].rank - 0.01,
            own.importance,
            own.kind,
            own.form,
            (*own.explain, why),
        )
        return [first[0], lifted, *first[1:]]
    return ranked
