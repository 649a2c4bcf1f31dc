"""The forms of many queries scored together: :func:`gazetteer.formscore.unhinted` for a
whole block of queries in one set of array operations.

Scoring one typo query's ~170 forms as arrays takes some hundred numpy and rapidfuzz calls of
about a microsecond each, a fourth of its cost (the rest: comparing its spellings). A
worker's block of values holds a dozen such queries; scored together, the calls are paid
once per block (the bench file's typos: 130 -> 100 us of CPU a query). :func:`scored_many`
goes on to the hint's cost, the ranks and each entry's best form, which :func:`ranked_best`
hands a query's reading. The rule is the one-query path's own (:mod:`gazetteer.formscore`,
written once for both); ``tests/test_prefetch.py`` holds the two to the same numbers.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import formscore
from .formarrays import Scores, best_per_entry, prefetched, score_arrays

if TYPE_CHECKING:
    from .formarrays import FormArrays
    from .rank import Prepared

#: One query's forms to score: (query, its groups of forms by key, maybe_exact): what
#: :func:`~gazetteer.formarrays.score_arrays` is given.
Item = tuple["Prepared", list[tuple[str, Sequence[int]]], bool]


def _unhinted_block(
    arrays: FormArrays, items: Sequence[Item]
) -> tuple[tuple[Any, ...], formscore.Owners, list[int], list[int]]:
    """:func:`gazetteer.formscore.unhinted` of the items' forms, flattened."""
    flat = array("i")
    keys: list[str] = []
    sizes: list[int] = []
    for _, groups, _ in items:
        for key, positions in groups:
            keys.append(key)
            sizes.append(len(positions))
            flat.extend(positions)
    queries = [item[0] for item in items]
    counts = [len(item[1]) for item in items]
    return formscore.unhinted(arrays, queries, [i[2] for i in items], flat, keys, sizes, counts)


def unhinted_many(arrays: FormArrays, items: Sequence[Item]) -> list[tuple[Any, ...] | None]:
    """``_unhinted(arrays, *item)`` of each item, computed together."""
    if not items:
        return []
    columns, _, starts, ends = _unhinted_block(arrays, items)
    return [tuple(c[s:e] for c in columns) if e > s else None for s, e in zip(starts, ends)]


def scored_many(
    arrays: FormArrays, items: Sequence[Item]
) -> list[tuple[tuple[Any, ...] | None, Scores | None]]:
    """Of each item, ``_unhinted(arrays, *item)`` and what :func:`best_per_entry` gives of
    ``score_arrays(arrays, *item)`` (None for both when no form is left), made together."""
    if not items:
        return []
    columns, owners, starts, ends = _unhinted_block(arrays, items)
    if not columns:
        return [(None, None)] * len(items)
    queries = [item[0] for item in items]
    scored = formscore.hinted(arrays, queries, columns, owners)
    best = formscore.best_per_entry(arrays, scored, owners.of, len(items))
    return [
        (tuple(c[s:e] for c in columns), kept) if e > s else (None, None)
        for s, e, kept in zip(starts, ends, best)
    ]


def ranked_best(
    arrays: FormArrays,
    query: Prepared,
    groups: list[tuple[str, Sequence[int]]],
    maybe_exact: bool,
) -> Scores | None:
    """``best_per_entry`` of ``score_arrays(arrays, query, groups, maybe_exact)``: as
    :func:`scored_many` made it for the block, when it did (see :mod:`gazetteer.prefetch`)."""
    early = prefetched(arrays, query, groups, maybe_exact)
    if early is not None and early[2] == query.hint:
        return early[3]  # type: ignore[no-any-return]
    scores = score_arrays(arrays, query, groups, maybe_exact)
    return None if scores is None else best_per_entry(arrays, scores)
