"""The verdict on a query's ranked candidates (:func:`verdict`, what :meth:`Gazetteer.resolve
<gazetteer.gazetteer.Gazetteer.resolve>` comes to): its status, the candidates it shows and
the further tied ones, as :class:`~gazetteer.model.Match` records. Its rules (how many it
shows, which namesake comes first, when a name borne once is unsure) are
:mod:`gazetteer.verdict`'s."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from .abroad import named_abroad, named_so, said_abroad
from .finder import CONFIDENT_SCORE
from .index import among_namesakes
from .likelier import likeliest_first
from .model import Entry, Match, Resolution, Status, made_match
from .query import clean_query
from .rank import Scored
from .ties import city_before_villages, tied_with_best
from .verdict import ALSO_TIED_LIMIT, SHOWN, borne_today, spelled_like

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


def verdict(
    gz: Gazetteer,
    query: str,
    scored: list[Scored],
    threshold: float,
    region: str = "",
    *,
    explain: bool = True,
    hint: str | None = None,
) -> Resolution:
    """The resolution that ranked candidates come to under ``threshold`` (``region``: the
    one the query's hint or text names, else ""; ``hint``: the caller's oblast hint, which
    says the place is in Ukraine)."""
    entries = gz.entries
    below = not scored or scored[0].score < threshold
    said = "" if below or hint else said_abroad(gz, query, scored[0])
    if below or said:
        # (Valuyki, Russia; Lgov, Kursk oblast: the text puts it abroad)
        unmatched = matches_of(entries, scored[:3], (), explain)
        if said and said == query and (city := named_abroad(gz, query, scored[0])):
            # (Minsk, Łódź: a city abroad that only a typo or its consonants read here)
            named = replace(unmatched[0], explain=(*unmatched[0].explain, named_so(city)))
            unmatched = (named, *unmatched[1:])
        return Resolution(query, "unmatched", None, unmatched, region)
    category = lambda p: entries[p].category  # noqa: E731
    people = lambda p: gz.population.get(p, 0)  # noqa: E731
    hromada = lambda p: entries[p].hromada_code  # noqa: E731
    tied = city_before_villages(scored, tied_with_best(scored), category, people, hromada)
    if tied:  # (the query's Latin letters are made only for a tie)
        wants = clean_query(query).wants
        scored = likeliest_first(scored, tied, category, spelled_like(query), wants)
    candidates = matches_of(entries, scored[:SHOWN], tied, explain)
    first = scored[0]
    # a former name placed by name alone (one of a few namesakes bore it) is never sure
    weak = (
        first.score < CONFIDENT_SCORE
        or (first.kind == "former" and among_namesakes(first.form))
        or borne_today(first, scored, gz.index)
    )
    status: Status = "ambiguous" if tied or weak else "matched"
    if status == "matched" and not hint and (abroad := named_abroad(gz, query, first)) is not None:
        status = "ambiguous"  # Paris, Voronezh: the city abroad more likely
        if explain:
            why = f"also {named_so(abroad)}, larger: not sure"
            first_why = (*candidates[0].explain, why)
            candidates = (replace(candidates[0], explain=first_why), *candidates[1:])
    also_tied: tuple[Match, ...] = ()
    if tied and status != "matched":  # (the first ALSO_TIED_LIMIT of hundreds of namesakes)
        also = islice(
            (s for s in islice(scored, SHOWN, None) if s.position in tied), ALSO_TIED_LIMIT
        )
        also_tied = matches_of(entries, also, tied, False)
    if status == "matched" and region != entries[first.position].oblast:
        # (Kharkiv, Sumy oblast: the text's region is not where the sure answer lies)
        region = region if gz.hint_oblasts(hint) else ""
    return Resolution(query, status, candidates[0], candidates, region, also_tied)


def matches_of(
    entries: Sequence[Entry], ranked: Iterable[Scored], tied: Container[int], explain: bool
) -> tuple[Match, ...]:
    """The :class:`~gazetteer.model.Match` records of scored candidates, ambiguous those
    ``tied`` (:func:`match_of` of each, made in one loop: a resolution makes several and
    the batch millions; an entry already made is read straight off the ``made`` list of
    :class:`~gazetteer.katottg.LazyEntries`, without a call; a loop, not a comprehension,
    which would make four closure cells a call)."""
    made = getattr(entries, "made", None) or entries  # (None: not made yet, then entries[p])
    out = []
    for s in ranked:
        position = s.position
        out.append(
            made_match(
                made[position] or entries[position],
                s.score,
                s.kind,
                s.form_text,
                position in tied,
                s.explain if explain else (),
            )
        )
    return tuple(out)


def match_of(entries: Sequence[Entry], s: Scored, ambiguous: bool, explain: bool = True) -> Match:
    """The :class:`~gazetteer.model.Match` of a scored candidate (its reasons if ``explain``)."""
    return made_match(
        entries[s.position], s.score, s.kind, s.form_text, ambiguous, s.explain if explain else ()
    )
