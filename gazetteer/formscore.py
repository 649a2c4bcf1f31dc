"""The scoring rule of :mod:`gazetteer.formarrays`, written once for one query or a block.

A query's forms are scored as arrays (:func:`gazetteer.formarrays.score_arrays`), and so are
a worker's block of typo queries together (:mod:`gazetteer.formbatch`). Both are the same
functions here: similarities, typo swaps, costs of generated forms, variants, fuzzy
ceilings, wishes, hints, ranks and each entry's best form. What differs with the number of
queries (a value of a query is a scalar for one query, an array gathered by form for a
block; one query's spellings are compared with ``cdist``, a block's pairs with ``cpdist``)
is kept in :class:`Owners` and the comparison helpers, so a change of the rule is made
once and holds for both.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from .index import crc
from .rank import (
    FUZZY_CEILING,
    GENERATED_COST,
    HINT_COST,
    TIE_MARGIN,
    UNSURE_CEILING,
    VARIANT_FLOOR,
    WANTS_BONUS,
)
from .verdict import ALSO_TIED_LIMIT, SHOWN

if TYPE_CHECKING:
    from .formarrays import FormArrays
    from .rank import Prepared

#: The candidates kept of a query scored as arrays, best ranked first: at least as many as a
#: resolution lists (:mod:`gazetteer.verdict`: 5 shown and up to 60 more that tie), and every
#: settlement of the commonest name (119 villages Ivanivka), which context chooses among
#: (:data:`gazetteer.context.POOL_SIZE`): the Python loop keeps every candidate, and the
#: arrays, used once a process has asked many queries, must find the same.
KEEP = max(SHOWN + ALSO_TIED_LIMIT, 150)

#: How a form matched, by code: the kinds :class:`~gazetteer.candidates.Reading` gives.
HOW = ("exact", "variant", "fuzzy")
_EXACT, _VARIANT, _FUZZY = range(3)


class Scores(NamedTuple):
    """Forms scored as arrays, one element a form (or, from :func:`best_per_entry`, a list
    element an entry)."""

    position: Any
    entry: Any
    score: Any
    rank: Any
    group: Any  #: which of the groups the form came in
    kinds: Any  #: the match kind
    weight: Any  #: the entry's importance


def with_swaps(np: Any, ratio: Any, total: Any, swaps: Any) -> Any:
    """:func:`~gazetteer.rank.typo_similarity` from ``fuzz.ratio`` (``ratio``, changed in
    place), the pairs' summed lengths and their Levenshtein less OSA distances."""
    # the Indel distance, read back off the ratio (100 * (1 - indel / total))
    indel = np.rint((100.0 - ratio) * total / 100.0).astype(np.int64)
    swapped = (swaps > 0) & (indel >= 2)
    if swapped.any():
        ratio[swapped] = 100.0 * (1.0 - (indel - swaps)[swapped] / total[swapped])
    return ratio


class Owners:
    """Which query each form is of: nothing to gather for one query (its values are
    scalars, its comparisons one text against many), an index by form for a block."""

    def __init__(
        self,
        arrays: FormArrays,
        queries: Sequence[Prepared],
        counts: Callable[[], Any] | None = None,
    ) -> None:
        """``counts``: how many forms each query has (called for a block only)."""
        np = self.np = arrays.np
        self.arrays, self.n = arrays, len(queries)
        self.of = None if self.n == 1 else np.repeat(np.arange(self.n), counts())  # type: ignore[misc]

    def keep(self, keep: Any) -> None:
        if self.of is not None:
            self.of = self.of[keep]

    def spread(self, values: list[Any]) -> Any:
        """Each form's query's value."""
        return values[0] if self.of is None else self.np.array(values)[self.of]

    def rows(self, keys: list[Any], make: Callable[[Any], Any], column: Any) -> Any:
        """``make(key)[column]`` of each form's query's key (one table where all share it)."""
        if self.of is None:
            return make(keys[0])[column]
        distinct = sorted(set(keys))
        if len(distinct) == 1:
            return make(distinct[0])[column]
        which = self.np.array([distinct.index(k) for k in keys], dtype=self.np.intp)
        return self.np.stack([make(k) for k in distinct])[which[self.of], column]

    def bounds(self, size: int) -> tuple[list[int], list[int]]:
        """Where each query's forms start and end."""
        if self.of is None:
            return [0], [size]
        ends = self.np.cumsum(self.np.bincount(self.of, minlength=self.n)).tolist()
        return [0, *ends[:-1]], ends

    def similar(
        self, texts: list[str], others: list[str], owner: Any, typo: bool = False, ratio: Any = None
    ) -> Any:
        """``fuzz.ratio`` (``typo``: :func:`~gazetteer.rank.typo_similarity`) of each of
        ``others`` with its owner's text of ``texts`` (``ratio``: their ``fuzz.ratio``, when
        known)."""
        np = self.np
        if self.of is None:  # one text: cdist's set-up once (or a call each, for a few)
            if typo:
                return self.arrays.typo_compared(texts[0], others, ratio)
            return self.arrays.compared(texts[0], others)
        mine = [texts[i] for i in owner.tolist()]
        if not typo or ratio is None:
            ratio = process.cpdist(mine, others, scorer=fuzz.ratio, dtype=np.float64)
            if not typo:
                return ratio
        total = np.fromiter(map(len, mine), dtype=np.int64, count=len(mine))
        total += np.fromiter(map(len, others), dtype=np.int64, count=len(others))
        swaps = process.cpdist(mine, others, scorer=Levenshtein.distance, dtype=np.int64)
        swaps -= process.cpdist(mine, others, scorer=OSA.distance, dtype=np.int64)
        return with_swaps(np, ratio.copy(), total, swaps)

    def unique(self, latin: Any, spellings: int) -> tuple[Any, Any, Any]:
        """The spellings of each query's forms, once each: (spelling, its query, which)."""
        if self.of is None:
            shared, which = _unique(self.np, latin)
            return shared, None, which
        shared, which = _unique(self.np, self.of.astype(self.np.int64) * spellings + latin)
        return shared % spellings, shared // spellings, which


def _unique(np: Any, values: Any) -> tuple[Any, Any]:
    """``np.unique(values, return_inverse=True)`` without its general-purpose overhead."""
    order = values.argsort()
    ordered = values[order]
    new = np.empty(len(values), dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    which = np.empty(len(values), dtype=np.intp)
    which[order] = np.cumsum(new) - 1
    return ordered[new], which


def _exact(arrays: FormArrays, at: Any, qnormal: str) -> Any:
    """Which of the forms ``at`` bear the very text ``qnormal`` (indices into ``at``)."""
    normal_of = arrays.index.normal_of
    alike = (arrays.crc[at] == crc(qnormal)).nonzero()[0]
    if len(alike) > 8:
        hashes = arrays.normal_hash[at[alike]]
        if hashes.min() == hashes.max():  # one text (the usual case): compare it once
            return alike if normal_of(int(at[alike[0]])) == qnormal else []
    return [n for n in alike.tolist() if normal_of(int(at[n])) == qnormal]


def unhinted(
    arrays: FormArrays,
    queries: Sequence[Prepared],
    maybe_exact: Sequence[bool],
    flat: array[int],
    keys: Sequence[str],
    sizes: Sequence[int],
    group_counts: Sequence[int],
) -> tuple[tuple[Any, ...], Owners, list[int], list[int]]:
    """The forms ``flat`` (in groups of ``keys`` and ``sizes``, ``group_counts`` groups a
    query) scored but for the hint: the columns (positions, entries, categories, groups,
    scores, sources, hows), whose they are, and where each query's forms start and end.
    ``maybe_exact``: whether some form of a query may bear its very text."""
    np = arrays.np
    at = np.frombuffer(flat, dtype=np.int32)
    group_start = [0, *accumulate(group_counts)][:-1] if len(queries) > 1 else [0]
    owners = Owners(arrays, queries, lambda: np.add.reduceat(sizes, group_start))
    group_of = np.arange(len(keys)).repeat(sizes)  # (the block's numbering)
    group = group_of if owners.of is None else group_of - np.array(group_start)[owners.of]
    # Only the first group of a query can be its own key (gather puts it first).
    owns = [keys[s] == q.key for s, q in zip(group_start, queries)]
    own = sum(sizes[s] for s, owned in zip(group_start, owns) if owned) if True in owns else 0
    same: Any = (group == 0) & owners.spread(owns) if own else None  # (an array when own)
    wishes = [q.wants for q in queries]
    entry = arrays.entry[at]
    category = arrays.category[entry]
    skipped = owners.rows(wishes, lambda w: arrays.tables(w)[0], category)
    if own:
        skipped &= ~same
    if skipped.any():  # near a key, admin units are skipped unless asked for
        keep = ~skipped
        at, entry, category = at[keep], entry[keep], category[keep]
        same = same[keep] if own else None
        group = group[keep]
        group_of = group if owners.of is None else group_of[keep]
        owners.keep(keep)
    if not len(at):
        return (), owners, [0] * len(queries), [0] * len(queries)
    if same is None:  # (no form of a query's own key)
        same = np.zeros(len(at), dtype=bool)
    # each group's key against its query's
    key_owner = None if owners.of is None else np.arange(len(queries)).repeat(group_counts)
    distance = owners.similar([q.key for q in queries], list(keys), key_owner, typo=True)
    if own:
        distance[[s for s, owned in zip(group_start, owns) if owned]] = 100.0
    distance = distance[group_of]
    latin = arrays.latin[at]
    shared, shared_query, which = owners.unique(latin, len(arrays.latin_text))
    shared_texts = arrays.latin_text[shared].tolist()
    qlatins = [q.latin for q in queries]
    foreign = any(q.foreign for q in queries) and owners.spread([q.foreign for q in queries])
    # a variant's spelling by fuzz.ratio, a typo's with swapped letters as one edit
    fine = typo_fine = None
    if own:
        fine = owners.similar(qlatins, shared_texts, shared_query)
    if own < len(at):
        typo_fine = owners.similar(qlatins, shared_texts, shared_query, True, fine)[which]
        if foreign is False:  # typed Latin: see rank.score_form
            np.maximum(distance, typo_fine, out=distance)
        else:
            distance = np.where(foreign, distance, np.maximum(distance, typo_fine))
    if fine is None:
        assert typo_fine is not None  # (no form of the query's own key: all are typos)
        base = _fuzzy(np, distance, typo_fine)
    else:
        fine = fine[which]
        base = VARIANT_FLOOR + 3.0 * fine / 100.0
        if typo_fine is not None:
            base = np.where(same, base, _fuzzy(np, distance, typo_fine))
    how = np.where(same, _VARIANT, _FUZZY)
    mine = [-1] * len(queries)  # the very letters in the other script (of an own key's form)
    for spelling, query in _own_spellings(np, shared, shared_query, shared_texts, qlatins, own):
        mine[query] = spelling
    if max(mine) >= 0:
        ascii_query = owners.spread([q.normal.isascii() for q in queries])
        other_script = same & (latin == owners.spread(mine)) & (arrays.ascii[at] != ascii_query)
        base[other_script] = 100.0 - TIE_MARGIN
    if foreign is not False:
        base[foreign & (base > UNSURE_CEILING) & ~(same & arrays.city[category])] = UNSURE_CEILING
    if fine is not None and len(arrays.own_latin):  # (Gorzów: Chorzów, see rank.latin_named)
        other = same & arrays.own_latin[at] & (fine < 100.0)
        other &= base > UNSURE_CEILING
        base[other & ~foreign if foreign is not False else other] = UNSURE_CEILING
    starts, ends = owners.bounds(len(at))
    exact = False
    for q, maybe, start, end in zip(queries, maybe_exact, starts, ends):
        if maybe and end > start:
            hit = _exact(arrays, at[start:end], q.normal)
            if len(hit):
                hit = np.asarray(hit) + start
                base[hit] = 100.0
                how[hit] = _EXACT
                exact = True
    capped = owners.rows(wishes, lambda w: arrays.tables(w)[1], category)
    unsure = arrays.unsure_when_fuzzy[at]  # (of a fuzzy form: every one, if none is another)
    capped = capped | (unsure & (how == _FUZZY) if own or exact else unsure)
    base[capped & (base > UNSURE_CEILING)] = UNSURE_CEILING
    source = arrays.source[at]
    score = base - arrays.cost[source] - GENERATED_COST * arrays.generated[at]
    return (at, entry, category, group, score, source, how), owners, starts, ends


def _fuzzy(np: Any, distance: Any, typo_fine: Any) -> Any:
    """A typo's base score: ``0.7 * distance + 0.3 * typo_fine``, at most the fuzzy ceiling
    (made in ``distance``; ``typo_fine`` is changed too)."""
    distance *= 0.7
    typo_fine *= 0.3
    distance += typo_fine
    return np.minimum(distance, FUZZY_CEILING, out=distance)


def _own_spellings(
    np: Any, shared: Any, shared_query: Any, shared_texts: list[str], qlatins: list[str], own: int
) -> list[tuple[int, int]]:
    """(spelling, query) of each query whose forms have its very letters (none unless some
    form, ``own`` of them, is of a query's own key)."""
    if not own:
        return []
    if len(qlatins) == 1:
        if qlatins[0] not in shared_texts:
            return []
        return [(int(shared[shared_texts.index(qlatins[0])]), 0)]
    mine = np.array(shared_texts, dtype=object) == np.array(qlatins, dtype=object)[shared_query]
    return list(zip(shared[mine].tolist(), shared_query[mine].tolist()))


def hinted(
    arrays: FormArrays, queries: Sequence[Prepared], columns: tuple[Any, ...], owners: Owners
) -> Scores:
    """The scores of :func:`unhinted` with the hint's cost and the ranks."""
    np = arrays.np
    at, entry, category, group, score, source, how = columns
    if any(q.hint for q in queries):
        score = score.copy()  # (the kept scores stay as they were)
        nowhere = np.zeros(len(arrays.oblasts), dtype=bool)
        hints = [q.hint for q in queries]
        oblast = arrays.oblast[entry]
        outside = owners.rows(hints, lambda h: arrays.outside(h) if h else nowhere, oblast)
        score[outside] -= HINT_COST
        np.maximum(score, 0.0, out=score)
    else:
        score = np.maximum(score, 0.0)  # (a base is at most 100 and costs only subtract)
    prior = arrays.prior[entry]
    if any(q.wants for q in queries):
        wanted = owners.rows([q.wants for q in queries], lambda w: arrays.tables(w)[2], category)
        prior = np.where(wanted, prior + WANTS_BONUS, prior)
    rank = score + prior + arrays.seat[entry]
    return Scores(at, entry, score, rank, group, source * len(HOW) + how, None)


def best_per_entry(
    arrays: FormArrays, scored: Scores, owner: Any = None, queries: int = 1
) -> list[Scores]:
    """Of each of ``queries`` (``owner``: each form's, when several), each entry's best-ranked form
    (the first met among equals), entries in rank order (equal ranks by entry), at most
    :data:`KEEP` of them; as lists."""
    np = arrays.np
    entry, rank = scored.entry, scored.rank
    if owner is None:
        by_entry = np.lexsort((-rank, entry))  # (a stable sort: equals stay in order met)
        pair = entry[by_entry]
    else:
        pairs = owner * len(arrays.weight) + entry  # (query, entry) as one number, in order
        by_entry = np.lexsort((-rank, pairs))  # (two keys sort faster than the three)
        pair = pairs[by_entry]
    first = np.empty(len(by_entry), dtype=bool)
    first[0] = True
    np.not_equal(pair[1:], pair[:-1], out=first[1:])
    best = by_entry[first]
    if owner is None:
        best = best[np.argsort(-rank[best], kind="stable")][:KEEP]  # (best: by entry)
        bounds = [len(best)]
    else:
        best = best[np.lexsort((-rank[best], owner[best]))]
        counts = np.bincount(owner[best], minlength=queries)
        place = np.arange(len(best)) - (np.cumsum(counts) - counts)[owner[best]]
        best = best[place < KEEP]
        bounds = np.cumsum(np.bincount(owner[best], minlength=queries)).tolist()
    entries = entry[best]
    lists = Scores(
        scored.position[best].tolist(),
        entries.tolist(),
        scored.score[best].tolist(),
        rank[best].tolist(),
        scored.group[best].tolist(),
        arrays.kind_names[scored.kinds[best]].tolist(),
        arrays.weight[entries].tolist(),
    )
    if owner is None:
        return [lists]
    return [
        Scores(*(column[low:high] for column in lists))
        for low, high in zip([0, *bounds[:-1]], bounds)
    ]
