"""A scored candidate of a query, and what made it: its form and its reasons on demand.

A query scores hundreds of forms and shows a few; :class:`Scored` keeps the numbers the
ranking needs, and asks its :class:`Origin` (the scorer) for the form and the reasons only
when they are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from .letterforms import plain_latin

if TYPE_CHECKING:
    from .index import NameForm
    from .model import MatchKind


class Scored:
    """A scored candidate before it becomes a :class:`~gazetteer.model.Match` (read-only).

    ``form`` and ``explain`` are given, or made when first read by the ``origin`` that
    scored the candidate: a query scores hundreds of forms and explains only a few.
    """

    __slots__ = ("_explain", "_form", "_origin", "importance", "kind", "position", "rank", "score")

    def __init__(
        self,
        position: int,
        score: float,
        rank: float,
        importance: float,  #: log10 of the population (or a default by category); 0 for admin
        kind: MatchKind,
        form: NameForm | None = None,
        explain: tuple[str, ...] | None = None,
        origin: Origin | None = None,
    ) -> None:
        if origin is None and (form is None or explain is None):
            raise ValueError("a Scored needs its form and explain, or an origin to make them")
        self.position = position
        self.score = score
        self.rank = rank
        self.importance = importance
        self.kind = kind
        self._form = form
        self._explain = explain
        self._origin = origin

    @property
    def form(self) -> NameForm:
        """The form of the entry's name that scored best."""
        if self._form is None:
            assert self._origin is not None
            self._form = self._origin.form_of(self.position)
        return self._form

    @property
    def form_text(self) -> str:
        """The text of :attr:`form`, read without making the form when it is not made yet."""
        if self._form is None and self._origin is not None:
            return self._origin.text_of(self.position)
        return self.form.text

    @property
    def form_latin(self) -> str | None:
        """The plain Latin (:func:`gazetteer.letterforms.plain_latin`) of :attr:`form_text` as the
        index keeps it for each form, when the origin reads it there; else None."""
        if self._form is None and self._origin is not None:
            latin_of = getattr(self._origin, "latin_of", None)
            if latin_of is not None:
                return latin_of(self.position)  # type: ignore[no-any-return]
        return None

    @property
    def latin_letters(self) -> str:
        """The plain Latin of :attr:`form_text`: :attr:`form_latin`, or made when the index
        does not keep it."""
        latin = self.form_latin
        return plain_latin(self.form_text) if latin is None else latin

    @property
    def explain(self) -> tuple[str, ...]:
        """Why it scored so, one reason a line."""
        if self._explain is None:
            assert self._origin is not None
            self._explain = self._origin.explain_of(self.position, self.form)
        return self._explain

    def capped(
        self, score: float, reason: str, kind: MatchKind | None = None, rank: float | None = None
    ) -> Scored:
        """This candidate with its score lowered to ``score`` (and its rank with it, or to
        ``rank`` when that is lower), and its kind changed to ``kind`` when one is given."""
        cut = max(0.0, self.score - score)
        new_rank = self.rank - cut if rank is None else min(rank, self.rank - cut)
        kind = kind or self.kind
        if self._explain is None and self._origin is not None:  # its reasons, when asked
            origin = _Capped(self._origin, reason)
            return Scored(
                self.position, self.score - cut, new_rank, self.importance, kind,
                self._form, None, origin,
            )  # fmt: skip
        return Scored(
            self.position,
            self.score - cut,
            new_rank,
            self.importance,
            kind,
            self.form,
            (*self.explain, reason),
        )

    def __repr__(self) -> str:
        return (
            f"Scored(position={self.position}, score={self.score}, rank={self.rank:.3f}, "
            f"importance={self.importance:.3f}, kind={self.kind!r})"
        )


#: Scores already rounded, to their rounding: a query's scores are few values (a name's
#: namesakes share them) that recur from query to query, and ``round(x, 2)`` costs ~0.4 us.
_ROUNDED: dict[float, float] = {}
#: How many rounded scores are kept (then all are forgotten).
ROUNDED_KEPT = 16384


def rounded(scores: list[float]) -> list[float]:
    """``round(s, 2)`` of each score, the same numbers, mostly read from a table."""
    out: list[float | None] = list(map(_ROUNDED.get, scores))
    if None in out:
        if len(_ROUNDED) > ROUNDED_KEPT:
            _ROUNDED.clear()
        for n, held in enumerate(out):
            if held is None:
                score = scores[n]
                out[n] = done = round(score, 2)
                if score != 0.0:  # (0.0 and -0.0 are one key, but round keeps the sign)
                    _ROUNDED[score] = done
    return out  # type: ignore[return-value]


class Origin(Protocol):
    """What scored a set of candidates and can say, for an entry, which form and why."""

    def form_of(self, position: int) -> NameForm: ...

    def text_of(self, position: int) -> str: ...

    def explain_of(self, position: int, form: NameForm) -> tuple[str, ...]: ...


class _Capped:
    """The origin of a capped candidate: its scorer's form and reasons, and one reason more."""

    __slots__ = ("_origin", "_reason")

    def __init__(self, origin: Origin, reason: str) -> None:
        self._origin, self._reason = origin, reason

    def form_of(self, position: int) -> NameForm:
        return self._origin.form_of(position)

    def text_of(self, position: int) -> str:
        return self._origin.text_of(position)

    def latin_of(self, position: int) -> str | None:
        latin_of = getattr(self._origin, "latin_of", None)
        return None if latin_of is None else latin_of(position)  # type: ignore[no-any-return]

    def explain_of(self, position: int, form: NameForm) -> tuple[str, ...]:
        return (*self._origin.explain_of(position, form), self._reason)
