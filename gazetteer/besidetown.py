"""A town named beside a village's name (``Kamianka, Izium``, ``Кам'янка (Ізюм)``,
``Kharkiv > Izium > Kamianka``): most often the town's surroundings, so the town's hromada
and raion, read as units named beside the name (:mod:`gazetteer.beside`), tell the
village's namesakes apart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from translit import match_key

from .beside import raions_seated_at
from .query import CleanQuery, clean_query
from .rank import SETTLEMENT_CATEGORIES, in_units
from .unitparts import an_oblast_centre
from .words import LEVEL_WORDS, NEAR_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .model import Entry
    from .resolving import Resolution
    from .scored import Scored

#: The categories of a town: a city and a selyshche (an urban-type settlement before 2024).
TOWN_CATEGORIES = frozenset({"M", "X"})
#: How surely the text beside the name must read as that town.
TOWN_SURE = 98.0


def namesakes_tied(ranked: list[Scored]) -> list[Scored]:
    """The candidates tied at the top (two or more: namesakes the name alone cannot tell
    apart); [] when the best stands alone."""
    if len(ranked) < 2:
        return []
    top = [s for s in ranked if s.score >= ranked[0].score]
    return top if len(top) > 1 else []


def town_units(gz: Gazetteer, cleaned: CleanQuery, ranked: list[Scored]) -> tuple[str, ...]:
    """The hromada and the raion (in that order) of the town named beside ``cleaned``'s
    name, when the name has namesakes tied at the top and a text beside it surely names a
    city or selyshche that is none of them; () otherwise. An oblast's centre beside a name
    names its oblast (Kamianka, Kharkiv), not its surroundings, and a text with a level
    or a near word is read as such elsewhere. In a path from the oblast down (``Kharkiv >
    Izium > Kamianka``) the parts between are read in that oblast, and a town its raion is
    named after stands for the raion first, the level such a part names."""
    tied = namesakes_tied(ranked)
    if not tied:
        return ()
    namesakes = {s.position for s in ranked}
    # (in a path from the oblast down, the parts between are units, an oblast's centre too:
    # Poltava > Poltava > Butenky; the deepest first)
    texts = cleaned.beside[1:][::-1] if cleaned.path else cleaned.beside
    for text in texts:
        words = {w.lower().strip(".,()") for w in text.split()}
        if words & (NEAR_WORDS | set(LEVEL_WORDS)) or (an_oblast_centre(text) and not cleaned.path):
            continue
        if clean_query(text).wants not in ("", "M", "X"):
            continue
        found = gz.resolve(text, oblast=cleaned.beside[0] if cleaned.path else None, explain=False)
        best = found.best
        if best is None or best.score < TOWN_SURE:
            continue
        town = best.entry if found.status == "matched" else _holding_one(gz, found, tied)
        if town is None:
            continue
        if town.category not in TOWN_CATEGORIES or gz._by_code.get(town.code) in namesakes:
            continue
        units = tuple(u for u in (town.hromada_code, town.raion_code) if u)
        if cleaned.path and town.raion_code in raions_seated_at(gz.entries).get(
            match_key(town.name_uk).replace(" ", ""), ()
        ):  # Kharkiv > Izium > Kamianka: Izium raion, as a path's level says
            units = units[::-1]
        if units:
            return units
    return ()


def _holding_one(gz: Gazetteer, found: Resolution, tied: list[Scored]) -> Entry | None:
    """Of a town's tied namesakes (``found``: Kosiv, a city and a village), the one whose
    hromada or raion alone holds one of the name's ``tied`` namesakes (Kosiv's raion holds
    a village Яворів), when it is a town; else None."""
    best = found.best
    towns = [m.entry for m in found.candidates if best is not None and m.score >= best.score]
    places = [gz.entries[s.position] for s in tied]
    holding = [t for t in towns if any(in_units(p, (t.hromada_code, t.raion_code)) for p in places)]
    return one_town(holding)


def one_town(towns: Sequence[Entry]) -> Entry | None:
    """The town ``towns`` (tied namesakes) name when they are one town's entries: each a
    city or selyshche of the same hromada and raion (KATOTTG lists Голованівськ twice, both
    in Holovanivska hromada); None otherwise."""
    if not towns or any(t.category not in TOWN_CATEGORIES for t in towns):
        return None
    units = {(t.hromada_code, t.raion_code) for t in towns}
    return towns[0] if len(units) == 1 else None


def tied_towns(found: Resolution) -> list[Entry]:
    """The candidates of ``found`` tied with its best, those beyond the shown ones too."""
    best = found.best
    if best is None:
        return []
    return [m.entry for m in (*found.candidates, *found.also_tied) if m.score >= best.score]


def by_town(
    gz: Gazetteer,
    cleaned: CleanQuery,
    ranked: list[Scored],
    rerank: Callable[[tuple[str, ...]], list[Scored]],
) -> list[Scored] | None:
    """``ranked`` read again (``rerank``: the candidates with units named beside the name)
    with the town beside the name as a unit: its hromada, else its raion, whichever holds
    a namesake first; None when no town is beside it or neither unit holds a namesake."""
    units = town_units(gz, cleaned, ranked)
    for unit in units:
        again = rerank((unit,))
        if again and in_units(gz.entries[again[0].position], (unit,)):
            return again
    return None


def raion_near(gz: Gazetteer, text: str) -> tuple[str, ...]:
    """The raion of the settlement a text puts the place near (``northwest of Bakhmut``,
    ``біля Херсона``), when it names one surely, or those of the towns it names; else ()."""
    words = {w.lower() for w in text.split()}
    if not words & NEAR_WORDS:
        return ()
    found = gz.resolve(text, explain=False)
    best = found.best
    if best is None:
        return ()
    if found.status != "matched":
        return _towns_raions(found)
    if best.entry.category not in SETTLEMENT_CATEGORIES:
        return ()
    return (best.entry.raion_code,) if best.entry.raion_code else ()


def _towns_raions(found: Resolution) -> tuple[str, ...]:
    """The raions of the towns among namesakes tied in ``found``, when a city is one of
    them and the text reads surely as the name: a report places a village by a town (east
    of Berezivka: a city of Odesa oblast, a selyshche of Kharkiv oblast and villages), and a
    namesake of the village in one of their raions alone is the place; () otherwise."""
    best = found.best
    if best is None or best.score < TOWN_SURE:
        return ()
    towns = [e for e in tied_towns(found) if e.category in TOWN_CATEGORIES]
    if not any(e.category == "M" for e in towns):
        return ()
    return tuple(dict.fromkeys(e.raion_code for e in towns if e.raion_code))
