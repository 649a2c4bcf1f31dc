"""The forms of many queries scored together: :func:`gazetteer.formarrays._unhinted` for a
whole block of queries in one set of array operations.

Scoring one typo query's ~170 forms as arrays takes some hundred numpy and rapidfuzz calls of
about a microsecond each, a fourth of its cost (the rest: comparing its spellings). A
worker's block of values holds a dozen such queries; scored together, the calls are paid
once per block (the bench file's typos: 130 -> 100 us of CPU a query). :func:`scored_many`
goes on to the hint's cost, the ranks and each entry's best form
(:func:`~gazetteer.formarrays.best_per_entry`), which :func:`ranked_best` hands a query's
reading. Every number is made by the same operations on the same operands as the one-query
path, element by element, so the two give identical results (``tests/test_prefetch.py``
holds them to it).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from .formarrays import KEEP, Scores, _exact, _unique, best_per_entry, score_arrays
from .rank import (
    FUZZY_CEILING,
    GENERATED_COST,
    HINT_COST,
    TIE_MARGIN,
    UNSURE_CEILING,
    VARIANT_FLOOR,
    WANTS_BONUS,
)

if TYPE_CHECKING:
    from .formarrays import FormArrays
    from .rank import Prepared

#: One query's forms to score: (query, its groups of forms by key, maybe_exact): what
#: :func:`~gazetteer.formarrays.score_arrays` is given.
Item = tuple["Prepared", list[tuple[str, Sequence[int]]], bool]

_EXACT, _VARIANT, _FUZZY = range(3)  # (as gazetteer.formarrays numbers them)


def _typo_pairs(np: Any, texts: list[str], others: list[str], ratio: Any) -> Any:
    """:func:`~gazetteer.rank.typo_similarity` of each pair, element-wise, as
    :meth:`FormArrays.typo_compared` computes it (``ratio``: their ``fuzz.ratio``)."""
    ratio = ratio.copy()
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    total = lengths + np.fromiter(map(len, others), dtype=np.int64, count=len(others))
    indel = np.rint((100.0 - ratio) * total / 100.0).astype(np.int64)
    swaps = process.cpdist(
        texts, others, scorer=Levenshtein.distance, dtype=np.int64
    ) - process.cpdist(texts, others, scorer=OSA.distance, dtype=np.int64)
    swapped = (swaps > 0) & (indel >= 2)
    if swapped.any():
        ratio[swapped] = 100.0 * (1.0 - (indel - swaps)[swapped] / total[swapped])
    return ratio


def _ratios(np: Any, texts: list[str], others: list[str]) -> Any:
    """``fuzz.ratio`` of each pair, element-wise."""
    return process.cpdist(texts, others, scorer=fuzz.ratio, dtype=np.float64)


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
    np = arrays.np
    columns, query_of, starts, ends = _unhinted_block(arrays, items)
    at, entry, category, group, score, source, how = columns
    queries = [item[0] for item in items]
    # the hint's cost, and the ranks (as _hinted)
    score = score.copy()
    hints = sorted({q.hint for q in queries})
    if hints != [()]:
        outside = np.stack([arrays.outside(h) for h in hints])
        hint = np.array([hints.index(q.hint) for q in queries], dtype=np.intp)
        hinted = np.array([bool(q.hint) for q in queries], dtype=bool)[query_of]
        score[hinted & outside[hint[query_of], arrays.oblast[entry]]] -= HINT_COST
    np.maximum(score, 0.0, out=score)
    prior = arrays.prior[entry]
    wishes = sorted({q.wants for q in queries})
    if wishes != [""]:
        wanted = np.stack([arrays.tables(w)[2] for w in wishes])
        wish = np.array([wishes.index(q.wants) for q in queries], dtype=np.intp)
        prior = np.where(wanted[wish[query_of], category], prior + WANTS_BONUS, prior)
    rank = score + prior + arrays.seat[entry]
    kinds = source * 3 + how
    # each (query, entry)'s best form, the first met among equals; then by rank (as
    # best_per_entry, query by query)
    order = np.lexsort((-rank, entry, query_of))
    pair = query_of[order] * len(arrays.weight) + entry[order]
    first = np.empty(len(order), dtype=bool)
    first[:1] = True
    np.not_equal(pair[1:], pair[:-1], out=first[1:])
    best = order[first]
    best = best[np.lexsort((-rank[best], query_of[best]))]
    owner = query_of[best]
    met = np.cumsum(np.bincount(owner, minlength=len(items)))
    place = np.arange(len(best)) - (met - np.bincount(owner, minlength=len(items)))[owner]
    best = best[place < KEEP]
    entries = entry[best]
    lists = (
        at[best].tolist(),
        entries.tolist(),
        score[best].tolist(),
        rank[best].tolist(),
        group[best].tolist(),
        arrays.kind_names[kinds[best]].tolist(),
        arrays.weight[entries].tolist(),
    )
    bounds = np.cumsum(np.bincount(owner[place < KEEP], minlength=len(items))).tolist()
    out: list[tuple[tuple[Any, ...] | None, Scores | None]] = []
    for i, (s, e) in enumerate(zip(starts, ends)):
        if e <= s:
            out.append((None, None))
            continue
        low, high = bounds[i - 1] if i else 0, bounds[i]
        kept = Scores(*(column[low:high] for column in lists))
        out.append((tuple(c[s:e] for c in columns), kept))
    return out


def _unhinted_block(
    arrays: FormArrays, items: Sequence[Item]
) -> tuple[tuple[Any, ...], Any, list[int], list[int]]:
    """The forms of all items scored but for the hint: the columns of _unhinted, each
    form's item, and where each item's forms start and end."""
    np = arrays.np
    n = len(items)
    queries = [item[0] for item in items]
    flat = array("i")
    all_keys: list[str] = []
    sizes: list[int] = []
    for _, groups, _ in items:
        for key, positions in groups:
            all_keys.append(key)
            sizes.append(len(positions))
            flat.extend(positions)
    at = np.frombuffer(flat, dtype=np.int32)
    group_sizes = np.array(sizes, dtype=np.int64)
    group_counts = np.array([len(item[1]) for item in items], dtype=np.int64)
    counts = np.add.reduceat(group_sizes, np.cumsum(group_counts) - group_counts)
    group_start = np.cumsum(group_counts) - group_counts
    query_of = np.repeat(np.arange(n), counts)
    group_of = np.repeat(np.arange(len(all_keys)), group_sizes)  # (the block's numbering)
    group = group_of - group_start[query_of]  # (each query's own numbering)
    owns = np.array([item[1][0][0] == q.key for item, q in zip(items, queries)], dtype=bool)
    same = (group == 0) & owns[query_of]
    # the tables of each query's wish, stacked: one row a wish
    wishes = sorted({q.wants for q in queries})
    skipped_rows, unit_rows = zip(*(arrays.tables(w)[:2] for w in wishes))
    wish = np.array([wishes.index(q.wants) for q in queries], dtype=np.intp)
    skipped_table, unit_table = np.stack(skipped_rows), np.stack(unit_rows)
    entry = arrays.entry[at]
    category = arrays.category[entry]
    keep = same | ~skipped_table[wish[query_of], category]
    if not keep.all():
        at, entry, category, same = at[keep], entry[keep], category[keep], same[keep]
        group, group_of, query_of = group[keep], group_of[keep], query_of[keep]
    # each group's key against its query's
    qkeys = [q.key for q, item in zip(queries, items) for _ in item[1]]
    distance = _typo_pairs(np, qkeys, all_keys, _ratios(np, qkeys, all_keys))
    distance[group_start[owns]] = 100.0
    distance = distance[group_of]
    latin = arrays.latin[at]
    spellings = len(arrays.latin_text)
    shared, which = _unique(np, query_of.astype(np.int64) * spellings + latin)
    shared_query = shared // spellings
    shared_latin = shared % spellings
    texts = arrays.latin_text[shared_latin]
    shared_texts = texts.tolist()
    qlatins = [queries[i].latin for i in shared_query.tolist()]
    # the spelling of each query's own letters, if its forms have it
    mine = np.full(n, -1, dtype=np.int64)
    own_letters = texts == np.array(qlatins, dtype=object)
    mine[shared_query[own_letters]] = shared_latin[own_letters]
    fine = _ratios(np, qlatins, shared_texts)
    typo_fine = _typo_pairs(np, qlatins, shared_texts, fine)[which]
    fine = fine[which]
    foreign = np.array([q.foreign for q in queries], dtype=bool)[query_of]
    distance = np.where(foreign, distance, np.maximum(distance, typo_fine))
    base = np.where(
        same,
        VARIANT_FLOOR + 3.0 * fine / 100.0,
        np.minimum(0.7 * distance + 0.3 * typo_fine, FUZZY_CEILING),
    )
    how = np.where(same, _VARIANT, _FUZZY)
    ascii_query = np.array([q.normal.isascii() for q in queries], dtype=bool)
    other_script = same & (latin == mine[query_of]) & (arrays.ascii[at] != ascii_query[query_of])
    base[other_script] = 100.0 - TIE_MARGIN
    if foreign.any():
        base[foreign & (base > UNSURE_CEILING) & ~(same & arrays.city[category])] = UNSURE_CEILING
    ends = np.cumsum(np.bincount(query_of, minlength=n)).tolist()
    starts = [0, *ends[:-1]]
    for i, item in enumerate(items):
        if item[2] and ends[i] > starts[i]:
            hit = _exact(arrays, at[starts[i] : ends[i]], queries[i].normal)
            if len(hit):
                hit = np.asarray(hit) + starts[i]
                base[hit] = 100.0
                how[hit] = _EXACT
    capped = unit_table[wish[query_of], category] | (arrays.unsure_when_fuzzy[at] & (how == _FUZZY))
    base[capped & (base > UNSURE_CEILING)] = UNSURE_CEILING
    source = arrays.source[at]
    score = base - arrays.cost[source] - GENERATED_COST * arrays.generated[at]
    return (at, entry, category, group, score, source, how), query_of, starts, ends


def ranked_best(
    arrays: FormArrays,
    query: Prepared,
    groups: list[tuple[str, Sequence[int]]],
    maybe_exact: bool,
) -> Scores | None:
    """``best_per_entry`` of ``score_arrays(arrays, query, groups, maybe_exact)``: as
    :func:`scored_many` made it for the block, when it did (see :mod:`gazetteer.prefetch`)."""
    held = (query.key, query.latin, query.normal, query.wants, query.foreign, maybe_exact)
    early = arrays.prefetched.get((id(groups), *held))
    if early is not None and early[0] is groups and early[2] == query.hint:
        return early[3]  # type: ignore[no-any-return]
    scores = score_arrays(arrays, query, groups, maybe_exact)
    return None if scores is None else best_per_entry(arrays, scores)
