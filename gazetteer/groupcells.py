"""The rows of one context group (``--context-column``) resolved together, as a story is.

Each run of rows that share the context value (and hint) is read by ``resolve_many``: its
distinct values choose their namesakes together. A row's own point, if the run has points
(:mod:`gazetteer.points`), then reads its value's answer as ``resolve(near=...)`` does
(:func:`gazetteer.nearby.placed`): the point knows better than the story's other names.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import GazetteerError
from .resolving import ERROR, UNMATCHED, Cell, Outcome, outcome_of

if TYPE_CHECKING:
    from .batch import Normalizer


def group_cells(
    norm: Normalizer,
    column: str,
    values: list[str | None],
    hint: str | None,
    points: Sequence[str] | None = None,
    bad: Any = None,
) -> list[Cell]:
    """Fields for a group of values resolved together; ``points``: each row's point (``""``
    for none) when the keys carry points. A ``None`` value stands for a malformed row: its
    key is ``bad`` and its fields :data:`~gazetteer.resolving.ERROR`."""
    wheres = points if points is not None else [""] * len(values)
    asked = [(v, p) for v, p in zip(values, wheres, strict=True) if v is not None and v.strip()]
    pairs = tuple(dict.fromkeys(asked))
    distinct = tuple(dict.fromkeys(v for v, _ in pairs))
    gkey = (pairs, hint)
    found = norm._groups.get(gkey)
    if found is None:
        if len(norm._groups) > 10_000:
            norm._groups.clear()
        start = time.perf_counter()
        norm.resolved += len(pairs)
        found = _resolve(norm, distinct, pairs, hint)
        norm.resolve_seconds += time.perf_counter() - start
        norm._groups[gkey] = found
    keys: list[Any] = []
    for v, p in zip(values, wheres, strict=True):
        if v is None:
            keys.append(bad)
            continue
        if norm.pointed:
            key: Any = (v, hint if norm.paired else "", p)
        else:
            key = (v, hint) if norm.paired else v
        keys.append(key)
        norm._keep(key, found.get((v, p), Outcome(UNMATCHED)))
    norm.cache[bad] = norm._error
    norm.count(column, Counter(keys))
    return [norm.cache[k] for k in keys]


def _resolve(
    norm: Normalizer, distinct: tuple[str, ...], pairs: tuple[tuple[str, str], ...], hint: Any
) -> dict[tuple[str, str], Outcome]:
    """Each (value, point)'s outcome: the group's reading, then the point's."""
    resolver = norm.resolver
    try:
        results = resolver.resolve_many(list(distinct), oblast=hint or None, sources=norm.sources)
        read = dict(zip(distinct, results, strict=True))
        found = {}
        for v, p in pairs:
            res = read[v]
            if p:
                from .nearby import placed

                res = placed(resolver, res, v, p, oblast=hint or None, sources=norm.sources)  # type: ignore[arg-type]
            found[(v, p)] = outcome_of(res, norm.min_score)
        return found
    except GazetteerError as exc:
        if norm.on_error != "keep":
            raise
        return {pair: Outcome(ERROR, error=str(exc)) for pair in pairs}
