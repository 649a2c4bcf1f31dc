"""An attested name typed exactly outranks a variant reading of another entry's name.

A form attested for a place (its Russian name, a name it bore, a foreign one: not a guess
made by rule) costs its source's 1.5 points even when the query is its very text, while a
spelling variant of another entry's official name scores up to 99: ``Марьинка`` is the
Russian name GeoNames gives the Donetsk oblast town Мар'їнка (98.5, exact), and the same
letters less the soft sign as the Lviv oblast village Маринка (99.0, a variant). A variant
of another entry now scores more than :data:`~gazetteer.rank.TIE_MARGIN` below the best
exact attested form, so the place that bears the very name comes first and is told apart
(as a generated form never outranks another entry's real name: :mod:`gazetteer.rank`).

Only a Cyrillic query is so read: in the names' own script other letters are another
name, while typed Latin that differs may be another romanisation of the same name, and
a place whose own name it so reads ties with one that bore the text (Krasnyy Luch: the
city Хрустальний, and the villages Красний Луч, :mod:`gazetteer.ties`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .index import NAME_SOURCES, NameIndex
from .letterforms import normal_form
from .rank import (
    HINT_COST,
    RAION_COST,
    SETTLEMENT_CATEGORIES,
    SOURCE_COST,
    TIE_MARGIN,
    Prepared,
    in_units,
    is_cyrillic,
    order,
)

if TYPE_CHECKING:
    from .candidates import EntryPriors
    from .model import Entry
    from .scored import Scored

#: How far below the best exact attested form another entry's variant is held: just
#: outside the tie margin...
BELOW_EXACT = TIE_MARGIN + 0.01
#: ...and ranked below it, whatever its priors (the tie rules may still join them: a city
#: ten times bigger, :mod:`gazetteer.ties`).
RANK_BELOW = 0.01

_OFFICIAL = NAME_SOURCES.index("official")


def attested_first(
    query: Prepared,
    ranked: list[Scored],
    groups: Sequence[tuple[str, Sequence[int]]],
    index: NameIndex,
    priors: EntryPriors,
    entries: Sequence[Entry],
) -> list[Scored]:
    """``ranked`` (the candidates of ``groups``, best first) with every entry that does not
    bear the query's very text as an attested form held below the best that does, before
    the hint's and the units' costs; in rank order again when any moved."""
    if not ranked or not groups or groups[0][0] != query.key or not is_cyrillic(query.normal):
        return ranked  # (typed Latin, other letters may be another romanisation: they tie)
    if not index.may_have_normal(query.normal):
        return ranked
    if _official_is(query.normal, groups[0][1], index):
        return ranked  # an official name: its variants are already held below it
    exact, bearers = _exact_attested(query.normal, groups[0][1], index)
    if not exact:
        return ranked
    best = max(exact.values())
    # (the best rank of the entries that bear it, before the costs: a hint still decides)
    top = max(
        s.rank + outside_costs(query, s.position, priors, entries)
        for s in ranked
        if s.position in exact
    )
    # namesakes of a bearer (its very official name) bear its names in other languages too:
    # one listed for one of them does not set it apart (Kamyanka, of every Кам'янка)
    names = {normal_form(entries[e].name_uk) for e in exact}
    # and a place whose own name today reads so in Russian is no variant of another's: its
    # rule form, which the index leaves out as its official name's spelling variant
    # (Первомайський, Первомайский: the selyshche ties with Zlatopil, which bore the name)
    today = _bearing_today(query.normal, ranked, exact, bearers, entries)
    out, moved = [], False
    for s in ranked:
        if (
            s.position in bearers
            or s.score <= 0.0
            or normal_form(entries[s.position].name_uk) in names
        ):
            out.append(s)
            continue
        # one that bears it today ties with the best (ranked after it, its variant not above
        # it), any other is held below
        below = 0.0 if s.position in today else BELOW_EXACT
        ceiling = best - below
        costs = outside_costs(query, s.position, priors, entries)
        rank_cut = max(0.0, s.rank + costs - (top - RANK_BELOW))
        score_cut = max(0.0, s.score + costs - ceiling)
        if score_cut or rank_cut:
            reason = f"another place's attested name is the very text: at most {ceiling:g}"
            out.append(s.capped(s.score - score_cut, reason, rank=s.rank - rank_cut))
            moved = True
        else:
            out.append(s)
    return order(out) if moved else ranked


def _official_is(normal: str, positions: Sequence[int], index: NameIndex) -> bool:
    """Whether an official form (attested, at no source's cost: 100) at ``positions`` has
    the text ``normal``: most exact queries' case, told by the forms' columns before their
    text is read."""
    source_of, rank_of = index.source_id_of, index.rank_of
    for p in positions:
        if source_of[p] == _OFFICIAL and rank_of[p] == 0 and index.normal_of(p) == normal:
            return True
    return False


def _exact_attested(
    normal: str, positions: Sequence[int], index: NameIndex
) -> tuple[dict[int, float], frozenset[int]]:
    """Of the forms at ``positions``: entry -> the score of its attested form (not a guess)
    whose text is ``normal``; and every entry with a form of that text, a guess among them
    (a Russian form by rule, an old name placed among namesakes: the tie rules weigh those)."""
    found: dict[int, float] = {}
    bearers: set[int] = set()
    entry_of, rank_of, source_of = index.entry_of, index.rank_of, index.source_id_of
    for p in positions:
        if index.normal_of(p) != normal:
            continue
        e = entry_of[p]
        bearers.add(e)
        if rank_of[p] == 0:
            score = 100.0 - SOURCE_COST.get(NAME_SOURCES[source_of[p]], 0.0)
            found[e] = max(found.get(e, 0.0), score)
    return found, frozenset(bearers)


def _bearing_today(
    normal: str,
    ranked: list[Scored],
    exact: dict[int, float],
    bearers: frozenset[int],
    entries: Sequence[Entry],
) -> frozenset[int]:
    """The settlements among ``ranked`` (not bearers already) whose official name's first
    Russian form by rule is ``normal``."""
    from translit.russian import russian_forms  # (only here: a lookup rarely comes here)

    return frozenset(
        s.position
        for s in ranked
        if s.position not in exact
        and s.position not in bearers
        and entries[s.position].category in SETTLEMENT_CATEGORIES
        and any(normal_form(f) == normal for f in russian_forms(entries[s.position].name_uk, 1))
    )


def russian_of_own(entries: Sequence[Entry], s: Scored) -> bool:
    """Whether ``s`` was met by a foreign form (GeoNames') that is a Russian form by rule of
    its entry's own name today (Почтовое of Поштове): its own name, attested."""
    if s.kind != "exonym" or s.form is None or not is_cyrillic(s.form.text):
        return False
    from translit.russian import russian_forms  # (only here: a tie's first rarely asks)

    normal = normal_form(s.form.text)
    return any(normal_form(f) == normal for f in russian_forms(entries[s.position].name_uk))


def outside_costs(query: Prepared, e: int, priors: EntryPriors, entries: Sequence[Entry]) -> float:
    """What entry ``e`` lost for lying outside the hinted oblast and the units named."""
    cost = 0.0
    if query.hint and priors.oblast[e] not in query.hint:
        cost += HINT_COST
    if query.units and not in_units(entries[e], query.units):
        cost += RAION_COST
    return cost
