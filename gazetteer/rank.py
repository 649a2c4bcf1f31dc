"""Scores, ranking, ambiguity and explanations: the one place that decides them.

A candidate's **score** (0-100) says how well the query's text fits one written form of the
entry's name, less what the form's source and a missed hint cost. It is what a threshold is set
on. Its **rank** adds the priors that order same-named places: the category (a special city
before a city before a settlement before a village), the category a noise word asked for
(``с.``, ``oblast``), and being the seat of its hromada. Two candidates whose score and
category agree cannot be told apart by the evidence: both are marked ambiguous. The seat
prior orders them but does not make the answer certain.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from .index import NameForm
from .model import Entry, MatchKind

#: How much being of a category weighs in the rank (not in the score).
CATEGORY_PRIOR = {
    "K": 3.0,
    "M": 2.0,
    "X": 1.0,
    "C": 0.5,
    "O": -1.0,
    "B": -1.5,
    "P": -2.0,
    "H": -3.0,
}
#: What a form's source costs in the score: a current official name is the strongest reading.
#: Attested forms of every source cost the same, so two places that both bore a name tie.
SOURCE_COST = {"official": 0.0, "exonyms": 1.5, "russian": 1.5, "former": 1.5}
#: What a generated form costs per rank (1 for the first guess, 2 for the next...), so that
#: an attested form always outranks a generated one.
GENERATED_COST = 1.0
#: Administrative units (oblast, raion, hromada, city district) are never typo matches:
#: their adjective names sit one edit away from many villages' names.
ADMIN_CATEGORIES = frozenset("OPHB")
#: What a candidate outside the hinted oblast costs.
HINT_COST = 25.0
#: What a candidate outside the hinted raion costs (weaker: raion texts are less certain).
RAION_COST = 6.0
#: What it gains when a noise word asked for its category (``village``, ``oblast``).
WANTS_BONUS = 6.0
SEAT_BONUS = 0.3
#: Scores this close, with the same category, are a tie.
TIE_MARGIN = 0.5
#: The best a fuzzy (typo) match can score.
FUZZY_CEILING = 94.0

_SOURCE_KIND: dict[str, MatchKind] = {"russian": "russian", "former": "former", "exonyms": "exonym"}


@dataclass(frozen=True)
class Prepared:
    """A cleaned query in the forms the scorer compares."""

    name: str  #: the bare name
    normal: str  #: :func:`gazetteer.query.normal_form` of it
    key: str  #: its match key
    latin: str  #: plain lower-case Latin of it, for the fine comparison
    wants: str = ""
    hint: tuple[str, ...] = ()  #: ISO codes of the hinted oblasts
    raion: tuple[str, ...] = ()  #: codes of the hinted raions


@dataclass(frozen=True)
class Scored:
    """A scored candidate before it becomes a :class:`~gazetteer.model.Match`."""

    position: int
    score: float
    rank: float
    tie: float  #: the rank without the seat prior, for the ambiguity test
    kind: MatchKind
    form: NameForm
    explain: tuple[str, ...]


def score_form(
    query: Prepared,
    form: NameForm,
    form_normal: str,
    form_key: str,
    form_latin: str,
    entry: Entry,
    *,
    is_seat: bool,
) -> Scored:
    """Score one form of one entry's name against the query, with the reasons."""
    why: list[str] = []
    if query.normal == form_normal:
        base, how = 100.0, "exact"
        why.append(f"exact text of {form.source} form {form.text!r}")
    elif query.key == form_key:
        fine = fuzz.ratio(query.latin, form_latin)
        base, how = 96.0 + 3.0 * fine / 100.0, "variant"
        why.append(f"same key {form_key!r} as {form.source} form {form.text!r} ({fine:.0f}% alike)")
    else:
        distance = fuzz.ratio(query.key, form_key)
        fine = fuzz.ratio(query.latin, form_latin)
        base, how = min(FUZZY_CEILING, 0.7 * distance + 0.3 * fine), "fuzzy"
        why.append(f"key {query.key!r} ~ {form_key!r} of {form.source} form {form.text!r}")
        why.append(f"key similarity {distance:.0f}, spelling similarity {fine:.0f}")
    kind: MatchKind = _SOURCE_KIND.get(form.source, how)  # type: ignore[assignment]
    score = base - SOURCE_COST.get(form.source, 0.0) - GENERATED_COST * form.rank
    if form.source != "official":
        why.append(f"{form.source} name{f' ({form.note})' if form.note else ''}: -{base - score:g}")
    if query.hint and entry.oblast not in query.hint:
        score -= HINT_COST
        why.append(f"outside the hinted oblast {'/'.join(query.hint)}: -{HINT_COST:g}")
    if query.raion and entry.raion_code not in query.raion and entry.code not in query.raion:
        score -= RAION_COST
        why.append(f"outside the hinted raion: -{RAION_COST:g}")
    prior = CATEGORY_PRIOR.get(entry.category, 0.0)
    if query.wants and query.wants == entry.category:
        prior += WANTS_BONUS
        why.append(f"category {entry.category} asked for: +{WANTS_BONUS:g}")
    elif prior:
        why.append(f"category {entry.category}: {prior:+g} to rank")
    seat = SEAT_BONUS if is_seat else 0.0
    if is_seat:
        why.append(f"seat of its hromada: +{SEAT_BONUS:g} to rank")
    score = max(0.0, min(100.0, score))
    return Scored(-1, round(score, 2), score + prior + seat, score + prior, kind, form, tuple(why))


def order(scored: list[Scored]) -> list[Scored]:
    """Best first; ties broken by category order, then by code position (deterministic)."""
    return sorted(scored, key=lambda s: (-s.rank, s.position))


def tied_with_best(ranked: list[Scored]) -> set[int]:
    """Positions of the candidates that cannot be told apart from the best one."""
    if len(ranked) < 2:
        return set()
    best = ranked[0]
    tied = {s.position for s in ranked[1:] if s.tie >= best.tie - TIE_MARGIN}
    return tied | {best.position} if tied else set()
