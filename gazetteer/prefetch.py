"""A block of values' typo queries scored together before the values are resolved one by one.

A worker resolves its values one at a time; each typo among them scores its ~170 forms in
array operations (:mod:`gazetteer.formarrays`), a hundred numpy and rapidfuzz calls. Here the
first part of each value's path is run for the whole block (the cleaned name, its key, the
forms gathered near it), the forms of all of them are scored at once
(:func:`gazetteer.formbatch.unhinted_many`), and both are left where each value's own path
looks first (:attr:`Finder.gathered`, :attr:`FormArrays.prefetched`, and the prepared
name, :attr:`Finder.prepared`, which the reading then does not make again), keyed by all they
depend on. A value whose path differs from this guess (another reading, a hint read off the
text) gathers and scores its forms itself: the answers are the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from translit import match_key

from .candidates import gather
from .formarrays import ARRAY_FORMS, prefetch_key
from .formbatch import Item, scored_many
from .index import chosen_sources
from .query import clean_query
from .rank import Prepared, foreign_script, is_cyrillic
from .resolving import Outcome, resolve_query

#: Values resolved a block at a time (a worker's batch holds at most 64: see workers.py).
BLOCK = 64

#: Fewer typo queries than this in a block are scored one by one, as they come.
PREFETCH_MIN = 2

#: A typo query meeting this many forms is scored with the block's: fewer than
#: :data:`~gazetteer.formarrays.ARRAY_FORMS` are scored faster in Python one query alone,
#: but among the block's the arrays' fixed cost is paid once for all.
PREFETCH_FORMS = 12

#: A group's positions, of its ``(key, positions)``.
_POSITIONS = itemgetter(1)

#: Longer values are no place's name (see :data:`gazetteer.gazetteer.MAX_QUERY_LENGTH`).
_LONGEST = 200


def resolve_block(
    resolver: Any, queries: Sequence[tuple[Any, ...]], min_score: float | None, sources: Any
) -> list[Outcome]:
    """:func:`~gazetteer.resolving.resolve_query` of each query, in order: :data:`BLOCK` at
    a time, each block's typo queries scored together first (:func:`prefetch`)."""
    out: list[Outcome] = []
    for start in range(0, len(queries), BLOCK):
        block = queries[start : start + BLOCK]
        try:
            prefetch(resolver, block, sources)
        except Exception:  # (a guess gone wrong: each value then finds its own way)
            forget_prefetched(resolver)
        out += [resolve_query(resolver, q, min_score, sources) for q in block]
    forget_prefetched(resolver)
    return out


def forget_prefetched(resolver: Any) -> None:
    """Drop what :func:`prefetch` left for the values of a block."""
    finder = getattr(resolver, "_find", None)
    if finder is not None:
        finder.gathered, finder.prepared = {}, {}
        if finder._arrays is not None:
            finder._arrays.prefetched = {}


def prefetch(resolver: Any, queries: Sequence[tuple[Any, ...]], sources: Any) -> None:
    """Gather and score together the forms the typo queries of ``queries`` (``(value, hint,
    ...)``) will meet, forgetting those of the block before; nothing unless the resolver is
    a :class:`~gazetteer.Gazetteer` whose scoring arrays are made."""
    finder = getattr(resolver, "_find", None)
    arrays = getattr(finder, "_arrays", None)
    if finder is None or arrays is None:
        return
    index, oblast_of = finder.index, finder.priors.oblast
    allowed = chosen_sources(sources)
    gathered: dict[tuple[str, frozenset[str], tuple[str, ...]], list[Any]] = {}
    items: list[Item] = []
    prepareds: dict[tuple[str, str, tuple[str, ...]], Prepared] = {}
    for query in queries:
        value, hint = query[0], query[1]
        if type(value) is not str or len(value) > _LONGEST:
            continue
        cleaned = clean_query(value)
        name = cleaned.name
        if not name:
            continue
        hint_codes = resolver.hint_oblasts(hint) if hint else ()
        key = match_key(name)
        own = index.keyed_array(key)
        if (len(own) < ARRAY_FORMS and not hint_codes) if own else len(key) < 4:
            continue  # its own few forms (no near key is read), or too short for typos
        prepared = prepareds[name, cleaned.wants, hint_codes] = Prepared.of(
            name, wants=cleaned.wants, hint=hint_codes, foreign=foreign_script(name)
        )  # (the reading takes it: Finder.prepared_of)
        if not prepared.normal.isascii() and is_cyrillic(prepared.normal):
            continue  # (scored in Python: Reading._native)
        groups = gathered.get((key, allowed, hint_codes))
        if groups is None:
            groups = gathered[key, allowed, hint_codes] = gather(
                index, key, allowed, hint_codes, oblast_of
            )
            if hint_codes and not own:
                # a key with no form of its own meets the same forms without the hint: the
                # very groups serve the reading again without it (gazetteer.hintprior),
                # which then finds their scores here too (FormArrays.prefetched)
                gathered.setdefault((key, allowed, ()), groups)
        if sum(map(len, map(_POSITIONS, groups))) >= PREFETCH_FORMS:  # (in C: forty groups)
            items.append((prepared, groups, index.may_have_normal(prepared.normal)))
    finder.gathered, finder.prepared = gathered, prepareds
    if len(items) < PREFETCH_MIN:
        arrays.prefetched = {}
        return
    scored = scored_many(arrays, items)
    arrays.prefetched = {
        prefetch_key(q, groups, exact): (groups, unhinted, q.hint, best)
        for (q, groups, exact), (unhinted, best) in zip(items, scored)
    }
