"""What the batch layer keeps of a resolution, and how it asks for one.

:func:`outcome_of` turns a :class:`~gazetteer.model.Resolution` into the eight output fields
(and the candidates the report shows); :func:`resolve_query` asks the resolver for one value's
:class:`Outcome`. The worker processes that call it for many values are
:mod:`gazetteer.workers`.
"""

from __future__ import annotations

import inspect
import math
import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .errors import GazetteerError, UnknownSourceError
from .quickinit import quick_init
from .readback import kind_of, marked_kind, misread_of
from .regional import Place, RegionTally
from .ties import letters_margin

if TYPE_CHECKING:
    from .model import Match, Resolution

FIELDS = ("code", "name", "name_uk", "category", "oblast", "score", "status", "match")
Cell = tuple[str, ...]
UNMATCHED: Cell = ("", "", "", "", "", "", "unmatched", "")
ERROR: Cell = ("", "", "", "", "", "", "error", "")
STATUS = FIELDS.index("status")
SCORE = FIELDS.index("score")
OBLAST = FIELDS.index("oblast")
MATCH_KIND = FIELDS.index("match")
TOP = 3  #: candidates kept per reported value


class Resolver(Protocol):
    """What the batch layer needs of a gazetteer. It hands the hint on as text
    (:func:`text_of`: an oblast column's ``65.0`` is ``65``), so a resolver need take no
    number, though :class:`~gazetteer.Gazetteer` does (:data:`~gazetteer.hints.OblastHint`)."""

    def resolve(
        self,
        value: str,
        *,
        oblast: str | None = ...,
        min_score: float | None = ...,
        sources: Sequence[str] | None = ...,
    ) -> Resolution: ...

    def resolve_many(
        self,
        values: Sequence[str],
        *,
        oblast: str | None = ...,
        sources: Sequence[str] | None = ...,
    ) -> list[Resolution]: ...


@quick_init
@dataclass(frozen=True)
class Outcome:
    """One value's verdict as the batch layer keeps it: output fields, candidates, error.

    ``places`` says where the answer lies: the matched place, or for an ambiguous answer
    each tied candidate with the fields it would fill (what a file's geography chooses
    among, :mod:`gazetteer.regional`).
    """

    cell: Cell
    candidates: tuple[tuple[str, str, str, float], ...] = ()  #: (code, name, oblast, score)
    error: str = ""
    places: tuple[tuple[Place, Cell], ...] = ()
    #: the further tied candidates (:attr:`Resolution.also_tied`) as ``code score match``
    #: triples, ``|``-separated, in one string (tens of thousands of outcomes wait in the
    #: parent at once): the process that leans an answer makes their places (:func:`leaned`)
    namesakes: str = ""
    #: why the answer is not the resolver's own (a city overruled by the file's places)
    note: str = ""


def unplaced(out: Outcome) -> Outcome:
    """``out`` without its places and namesakes (as :func:`dataclasses.replace` makes it,
    at a third of the cost: a batch keeps thousands)."""
    if not out.places and not out.namesakes:
        return out
    return Outcome(out.cell, out.candidates, out.error, (), "", out.note)


def output_names(column: str, added: Sequence[str] = ()) -> list[str]:
    """The output column names for a normalised column: the eight, then the ``added``
    fields (:func:`gazetteer.addfields.added_fields`)."""
    return [f"{column}_{f}" for f in (*FIELDS, *added)]


def outcome_of(res: Resolution, min_score: float | None = None) -> Outcome:
    """The fields a :class:`Resolution` fills; ``min_score`` demotes weak bests to unmatched."""
    best = res.best
    weak = best is not None and min_score is not None and best.score < min_score
    if res.status == "matched" and best is not None and not weak:  # (no candidates kept)
        cell = _cell(best, "matched", res.misread)
        return Outcome(cell, places=((Place.of(best.entry), cell),))
    cands = tuple(
        (m.entry.code, m.entry.name, m.entry.oblast, round(m.score, 1))
        for m in res.candidates[:TOP]
    )
    if res.status == "unmatched" or best is None or weak:
        if res.region:  # nothing matched, but the hint said where: keep that
            cell = (*UNMATCHED[:OBLAST], res.region, *UNMATCHED[OBLAST + 1 :])
            return Outcome(cell, cands)
        return Outcome(UNMATCHED, cands)
    cell = _cell(best, res.status, res.misread)
    tied = [best] + [m for m in res.candidates[1:] if m.ambiguous]
    places = tuple((Place.of(m.entry), _cell(m, res.status, res.misread)) for m in tied)
    namesakes = "|".join(f"{m.entry.code} {score_text(m.score)} {m.kind}" for m in res.also_tied)
    kept = places if len(places) > 1 or namesakes else ()  # (the further namesakes alone)
    return Outcome(cell, cands, places=kept, namesakes=namesakes)


#: The score field of a name met as its very text.
EXACT_SCORE = "100.0"


#: What :func:`leaned` needs of a code to weigh a namesake: its place and its first fields
#: (code, name, name_uk, category, oblast), or None for a code it does not know.
PlaceOf = Callable[[str], "tuple[Place, Cell] | None"]


def leaned(
    out: Outcome,
    geography: RegionTally,
    place_of: PlaceOf | None = None,
    every: Callable[[Outcome], Sequence[str]] | None = None,
) -> Outcome:
    """An ambiguous ``out`` with the fields of the tied candidate the file's geography
    favours (:mod:`gazetteer.regional`), among its places and, given ``place_of``, its
    further namesakes, and the codes ``every(out)`` adds (all that bear the name, when the
    listed ones were cut off). A name met as its very text is not displaced by a namesake
    met only as another spelling (Раково by Ракове), nor any best by a candidate whose
    letters fit worse beyond the tie margin (:func:`~gazetteer.ties.letters_margin`) but
    one of the places of a file of many spellings (:meth:`RegionTally.reaches`)."""
    first = out.places[0][1]
    exact = first[SCORE] == EXACT_SCORE
    floor = float(first[SCORE]) - letters_margin(kind_of(first[MATCH_KIND])) - 0.01  # (rounded)
    reaches = geography.reaches
    tied = [
        (place, cell)
        for place, cell in out.places
        if (cell[SCORE] == EXACT_SCORE if exact else reaches(place.code, float(cell[SCORE]), floor))
    ]
    if place_of is not None:
        status, misread = out.cell[STATUS], misread_of(first[MATCH_KIND])
        names = [n for n in out.namesakes.split("|") if n] if out.namesakes else []
        for code, score, kind in (n.split(" ") for n in names):
            close = score == EXACT_SCORE if exact else reaches(code, float(score), floor)
            known = place_of(code) if close else None
            if known is not None:
                tied.append((known[0], (*known[1], score, status, marked_kind(kind, misread))))
        further = every(out) if every is not None else ()
        if further:  # (seldom: the codes listed are gathered only then)
            listed = {place.code for place, _ in out.places}
            listed.update(n.split(" ", 1)[0] for n in names)
            for code in further:
                if code not in listed and (known := place_of(code)) is not None:
                    met = marked_kind("exact", misread)
                    tied.append((known[0], (*known[1], EXACT_SCORE, status, met)))
    pick = geography.choose([place for place, _ in tied])
    if not pick:
        return out
    return Outcome(tied[pick][1], out.candidates, out.error, out.places, out.namesakes, out.note)


#: Scores already written, to their text: a batch's scores are few values (a name's
#: namesakes share them) that recur from value to value, and formatting one costs 0.3 us.
_SCORE_TEXT: dict[float, str] = {}
#: How many written scores are kept (then all are forgotten).
SCORE_TEXTS_KEPT = 16384


def score_text(score: float) -> str:
    """``f"{score:.1f}"``, mostly read from a table."""
    held = _SCORE_TEXT.get(score)
    if held is None:
        held = f"{score:.1f}"
        if score:  # (0.0 and -0.0 are one key, but they are written with their sign)
            if len(_SCORE_TEXT) >= SCORE_TEXTS_KEPT:
                _SCORE_TEXT.clear()
            _SCORE_TEXT[score] = held
    return held


def _cell(match: Match, status: str, misread: str = "") -> Cell:
    e = match.entry
    return (
        e.code,
        e.name,
        e.name_uk,
        e.category,
        e.oblast,
        score_text(match.score),
        status,
        marked_kind(match.kind, misread),
    )


def resolve_one(
    resolver: Resolver,
    value: str,
    hint: str | None,
    min_score: float | None,
    sources: Any,
    near: str = "",
) -> Outcome:
    """One value's :class:`Outcome`; blank values are unmatched without asking the resolver.

    ``near``: a point, ``"lat,lon"``, where the place lies (:mod:`gazetteer.nearby`). An
    ambiguous answer that lies near it is the point's choice: it does not lean to the file's
    geography (:func:`leaned`), which would move it to a namesake far from the point.
    """
    if not value.strip():
        return Outcome(UNMATCHED)
    try:
        options: dict[str, Any] = {"explain": False} if _takes_explain(resolver) else {}
        if near:
            options["near"] = near
        res = resolver.resolve(
            value, oblast=hint or None, min_score=min_score, sources=sources, **options
        )
    except UnknownSourceError:
        raise  # a bad option, not a bad value: stop whatever on_error says
    except GazetteerError as exc:
        return Outcome(ERROR, error=str(exc))
    out = outcome_of(res, min_score)
    head = value.lstrip()[:2]
    if out.cell[STATUS] == "unmatched" and (head[:1].isdigit() or head.upper() == "UA"):
        out = _lost_digits(resolver, value, out)
    if near and out.places and res.best is not None:
        from .nearby import lies_near

        if lies_near(resolver, res.best, near):
            out = unplaced(out)
    return out


def _lost_digits(resolver: Resolver, value: str, out: Outcome) -> Outcome:
    """``out`` noting why it is unmatched when ``value`` is a KATOTTG code a spreadsheet
    stored as a number, its last digits lost (:func:`~gazetteer.codes.lost_digits_note`)."""
    if getattr(resolver, "oblasts", None) is None:  # (the embedded KATOTTG's codes only)
        return out
    from .codes import lost_digits_note

    note = lost_digits_note(resolver, value)  # type: ignore[arg-type]
    return Outcome(out.cell, out.candidates, out.error, note=note) if note else out


def resolve_query(
    resolver: Resolver, query: tuple[Any, ...], min_score: float | None, sources: Any
) -> Outcome:
    """:func:`resolve_one` of a query: ``(value, hint)`` or ``(value, hint, point)``."""
    return resolve_one(resolver, query[0], query[1], min_score, sources, *query[2:])


def _takes_explain(resolver: Any) -> bool:
    """Whether ``resolver.resolve`` can skip the reasons (the batch never shows them)."""
    return takes(resolver, "explain")


def takes(resolver: Any, option: str) -> bool:
    """Whether ``resolver.resolve`` takes the keyword ``option`` (``explain``, ``near``)."""
    kind = (type(resolver), option)
    known = _EXPLAINS.get(kind)
    if known is None:
        try:
            known = option in inspect.signature(resolver.resolve).parameters
        except (TypeError, ValueError):
            known = False
        _EXPLAINS[kind] = known
    return known


_EXPLAINS: dict[tuple[type, str], bool] = {}


def text_of(value: Any) -> str:
    """A cell as text: ``None``, NaN and pandas' ``NA`` and ``NaT`` are blank; a whole
    number its digits (``65.0``, as a number column with a blank gives an oblast's number,
    is ``65``); bytes decoded as UTF-8; other non-strings their ``str``."""
    if type(value) is str:
        return value
    if value is None or type(value).__name__ in _MISSING:
        return ""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral)):
        number = float(value)  # (float and NumPy's floats)
        if math.isnan(number):
            return ""
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
    return value if isinstance(value, str) else str(value)


#: Types whose values stand for a missing cell (pandas' ``NA`` and ``NaT``).
_MISSING = frozenset({"NAType", "NaTType"})
