"""What a batch run says of itself: each column's status totals, and the values to review.

The totals make the one-line summary; the review list (``--report``) holds each distinct
unmatched, ambiguous or refused value with how often it came and its best candidates, most
frequent first. :class:`RunReport` is fed per distinct key, never per row: the batch layer
tallies a block's keys first (:meth:`gazetteer.batch.Normalizer.flush`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .resolving import STATUS, Cell, Outcome

#: Distinct unmatched or ambiguous (column, key) pairs kept for the review list.
REPORT_LIMIT = 100_000

IssueKey = tuple[str, Any]  #: (column, key)


class RunReport:
    """Status totals per column, and the distinct values a run could not match for sure."""

    def __init__(self) -> None:
        self.status: dict[str, Counter[str]] = {}
        self.issues: dict[IssueKey, Outcome] = {}  #: what each value came to
        self.counts: Counter[IssueKey] = Counter()  #: how often each came
        self.truncated = False  #: whether values were left out past :data:`REPORT_LIMIT`
        #: rows looked up under each hint (the value not blank, the row not malformed)
        self.hints: Counter[str] = Counter()

    def count(
        self,
        column: str,
        counts: Mapping[Any, int],
        cells: Mapping[Any, Cell],
        outcome_of: Callable[[Any, Cell], Outcome],
        split: Callable[[Any], tuple[Any, ...]],
        skip: Any = None,
    ) -> None:
        """Add a block's key counts under ``column``: ``cells`` has each key's fields (a key
        without them was never resolved: a run stopped by an error); ``outcome_of(key,
        cell)`` what a value to review came to; ``split(key)`` its (value, hint); ``skip`` a
        key counted but never reviewed (a malformed row's)."""
        status, hints = self.status.setdefault(column, Counter()), self.hints
        for key, n in counts.items():
            cell = cells.get(key)
            if cell is None:
                continue
            status[cell[STATUS]] += n
            if key is skip:
                continue
            value, hint = split(key)[:2]
            if not value.strip():
                status["blank"] += n
                continue
            if hint:
                hints[hint] += n
            if cell[STATUS] == "matched":
                continue
            self.note((column, key), n, lambda k=key, c=cell: outcome_of(k, c))  # type: ignore[misc]

    def note(self, ikey: IssueKey, n: int, outcome: Callable[[], Outcome]) -> None:
        """Count ``n`` more of a value to review; ``outcome()`` is asked the first time."""
        if ikey not in self.issues:
            if len(self.issues) >= REPORT_LIMIT:
                self.truncated = True
                return
            self.issues[ikey] = outcome()
        self.counts[ikey] += n

    def merge(
        self,
        status: Mapping[str, Counter[str]],
        counts: Mapping[IssueKey, int],
        outcome_of: Callable[[IssueKey], Outcome],
        truncated: bool,
        hints: Mapping[str, int] | None = None,
    ) -> None:
        """Add another process's totals and counts (:mod:`gazetteer.splitrun`)."""
        self.hints.update(hints or {})
        for column, totals in status.items():
            self.status.setdefault(column, Counter()).update(totals)
        for ikey, n in counts.items():
            self.note(ikey, n, lambda k=ikey: outcome_of(k))  # type: ignore[misc]
        self.truncated |= truncated

    def rows(
        self, split: Callable[[Any], tuple[Any, ...]], near: bool = False
    ) -> Iterator[dict[str, Any]]:
        """The values to review, most frequent first; ``split(key)`` gives (value, hint) or
        (value, hint, point); ``near``: give each its point (``near``, ``""`` for none)."""
        order = sorted(self.counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        for (column, key), n in order:
            value, hint, *point = split(key)
            out = self.issues[(column, key)]
            yield {
                "column": column,
                "value": value,
                "hint": hint or "",
                **({"near": point[0] if point else ""} if near else {}),
                "status": out.cell[STATUS],
                "count": n,
                "candidates": [
                    {"code": c, "name": nm, "oblast": ob, "score": s}
                    for c, nm, ob, s in out.candidates
                ],
                "error": out.error,
                "note": out.note,
            }
