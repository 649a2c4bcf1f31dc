"""A file's pre-scan resolved up front: every key it will ask about, before any row is written.

:meth:`Normalizer.preload <gazetteer.batch.Normalizer.preload>` hands the keys that
:mod:`gazetteer.prescan` reads, block by block, to the worker processes while the scan goes
on, resolves the rest itself, and stores them all together, the confident ones first, so that
the ambiguous ones lean on the whole file's geography (:mod:`gazetteer.filelean`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .memo import recall
from .prefetch import resolve_block
from .resolving import Outcome
from .workers import BATCH_MIN, Ticket, forget_resolutions

if TYPE_CHECKING:
    from .batch import Normalizer


def preload_keys(
    norm: Normalizer, blocks: Iterable[list[Any]], limit: int, parallel_min: int
) -> bool:
    """Resolve every key of a file's pre-scan (``blocks``: each block's keys) into ``norm``.

    Workers resolve while the scan reads (once ``parallel_min`` new keys start them);
    outcomes are stored confident ones first, so ambiguous ones lean on the whole file's
    geography; refused ones are left for their rows (to name the line). False past ``limit``
    keys: stream the rest."""
    pool, args, seen, waiting = norm._pool, norm._args, set(norm.cache), []
    pairs_of = lambda keys: list(map(norm.split, keys))  # noqa: E731
    handed: list[tuple[list[Any], Ticket | list[Outcome]]] = []
    complete, start = True, time.perf_counter()
    kept: list[tuple[Any, Outcome]] = []
    for keys in blocks:
        new = set(keys).difference(seen)
        seen.update(new)
        if len(seen) > limit:
            complete = False
            break
        fresh = sorted(new, key=str)
        if known := recall(norm.memo, pairs_of(fresh)):  # kept from an earlier run
            kept.extend((fresh[i], outcome) for i, outcome in known.items())
            fresh = [k for i, k in enumerate(fresh) if i not in known]
        waiting.extend(fresh)
        enough = len(waiting) >= (BATCH_MIN if pool.started else parallel_min)
        if enough and norm.jobs > 1:
            if not pool.started:
                one = waiting.pop(0)
                handed.append(([one], [norm._before_fork(one)]))
            if waiting and pool.start():
                handed.append((waiting, pool.submit(pairs_of(waiting), *args)))
                waiting = []
    norm.scan_seconds += time.perf_counter() - start
    start = time.perf_counter()
    # a block at a time, each block's typos scored together first, as a worker resolves
    here = resolve_block(norm.resolver, pairs_of(waiting), *args)
    handed.append((waiting, here))
    for sent, got in handed:
        outcomes = got if isinstance(got, list) else pool.collect(got)
        forget_resolutions(norm.resolver)
        norm.resolved += sum(1 for k in sent if norm.split(k)[0].strip())
        if norm.memo is not None:
            norm.memo.keep(pairs_of(sent), outcomes)
        kept.extend(ko for ko in zip(sent, outcomes, strict=True) if not ko[1].error)
    if complete:  # nothing is left to resolve: end the workers before the outcomes are
        pool.close()  # stored, this process's peak (each outcome held, and the leaning's own)
    norm._store_all([k for k, _ in kept], [o for _, o in kept], None, remember=True)
    norm.resolve_seconds += time.perf_counter() - start
    return complete
