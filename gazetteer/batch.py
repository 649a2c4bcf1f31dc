"""Batch normalisation: many values, each distinct (value, hint) pair resolved once.

:class:`Normalizer` is the engine: a cache from (value, hint) to the eight output fields,
an optional process pool for blocks with many new values, and the counts behind the summary
and the report. :func:`gazetteer.rows.normalize_rows` and ``normalize_series`` put it behind plain
Python and pandas; :func:`normalize_file` streams files through it.

For each normalised column ``C`` the output fields are, in this order::

    C_code C_name C_name_uk C_category C_oblast C_score C_status C_match

``C_status`` is ``matched``, ``ambiguous`` (the best candidate's fields are filled),
``unmatched`` (fields empty; also for blank cells, which are never sent to the resolver) or
``error`` (a malformed row kept by ``on_error="keep"``, or a value the resolver refused).
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .addfields import added_fields, cell_extender
from .errors import GazetteerError, InputError
from .filelean import FileLean
from .groupcells import group_cells
from .keytally import KeyTally
from .leanmemo import Leanings
from .memo import OutcomeMemo, combined, recall
from .points import one_point
from .prefetch import resolve_block
from .preload import preload_keys
from .resolving import (
    ERROR,
    FIELDS,
    STATUS,
    UNMATCHED,
    Cell,
    Outcome,
    Resolver,
    outcome_of,
    output_names,
    resolve_query,
    takes,
    text_of,
    unplaced,
)
from .runreport import RunReport
from .workers import BATCH_MIN, Ticket, WorkerPool, default_jobs, forget_resolutions
from .writers import serialize

__all__ = [
    "BAD_ROW",
    "FIELDS",
    "UNMATCHED",
    "Cell",
    "Normalizer",
    "Resolver",
    "outcome_of",
    "output_names",
    "text_of",
]

#: A row whose own fields are malformed; its cell is :data:`ERROR` and it is not reported.
BAD_ROW: Any = ("\0bad row",)
#: New distinct values in one block that start the process pool (a 16th of it once started).
PARALLEL_MIN = 1000
#: Distinct pairs kept before the cache is cleared (~0.7 kB each): bounds the memory of files
#: with very many distinct values, which then resolve a value again after a clear.
CACHE_LIMIT = 100_000


#: What ``on_error`` may say of a malformed row: stop the run, or keep the row, flagged.
ON_ERROR = ("stop", "keep")


class Normalizer:
    """The distinct-value cache, the optional process pool and the counts of one run.

    Keys are plain values when the hint is fixed (``paired=False``) and ``(value, hint)``
    tuples when each row brings its own hint; with ``pointed``, ``(value, hint, point)``
    tuples: each row's point too (:mod:`gazetteer.points`; its hint ``""`` when not
    ``paired``). ``near``: one point for every value instead. ``delimiter`` fills
    :attr:`suffix`: each key's fields pre-serialised, so that a line is written as its own
    text and that suffix.
    """

    def __init__(
        self,
        gazetteer: Resolver | None = None,
        *,
        oblast: str | None = None,
        paired: bool = False,
        min_score: float | None = None,
        sources: Sequence[str] | None = None,
        on_error: str = "stop",
        jobs: int | None = 1,
        delimiter: str | None = None,
        file_context: bool = True,
        memo: bool = False,
        add: Sequence[str] = (),
        pointed: bool = False,
        near: Any = None,
    ) -> None:
        if pointed and near is not None:
            raise TypeError("give each row's point or one near point, not both")
        if gazetteer is None:
            from . import Gazetteer

            gazetteer = Gazetteer.default()
            self._default = True
        else:
            self._default = False
        self.resolver = gazetteer
        if (pointed or near is not None) and not takes(gazetteer, "near"):
            raise GazetteerError(f"{type(gazetteer).__name__}.resolve takes no point (near=)")
        self.oblast = oblast
        self.paired = paired
        self.pointed = pointed
        #: the one point of every value, as ``"lat,lon"`` (:func:`gazetteer.points.one_point`)
        self.near = None if near is None else one_point(near)
        self.min_score = min_score
        self.sources = list(sources) if sources else None
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
        self.on_error = on_error
        self.jobs = default_jobs() if jobs is None else max(1, jobs)
        self.delimiter = delimiter
        #: where the run's confident answers lie, for its ambiguous ones (None: not used)
        self.lean = FileLean(gazetteer) if file_context else None
        self.cache: dict[Any, Cell] = {}
        self.suffix: dict[Any, str] = {}
        #: with :attr:`bytes_keys`, each text key's :attr:`suffix` by its UTF-8 bytes, encoded
        self.suffix_bytes: dict[bytes, bytes] = {}
        self.bytes_keys = False  #: whether blocks may be counted as bytes (:meth:`add_bytes`)
        self.tally = KeyTally()  #: each column's rows by key, since the last :meth:`flush`
        self.run_report = RunReport()  #: the status totals and the values to review
        self._outcomes: dict[Any, Outcome] = {}
        self._pool = WorkerPool(self.jobs, self.resolver, self._default)
        self._groups: dict[Any, dict[Any, Outcome]] = {}  #: (value, point) -> outcome
        self.resolved = 0  #: distinct keys (or group values) sent to the resolver
        self.submitted = 0  #: hand-offs of keys to the workers so far (see :meth:`settle`)
        self._settled = 0
        #: hand-offs to the workers: keys, (ticket, outcomes kept of them, their pairs), where
        self._tickets: deque[tuple[list[Any], tuple[Ticket, dict[int, Outcome], Any], Any]]
        self._tickets = deque()
        self._pending: set[Any] = set()  #: keys in flight
        self.resolve_seconds = 0.0  #: wall time spent resolving them, workers included
        self.scan_seconds = 0.0  #: of a pre-scan (:meth:`preload`), the time spent reading
        #: outcomes kept from earlier runs (:mod:`gazetteer.memo`); None: not used
        self.memo = OutcomeMemo.open(gazetteer, min_score, self.sources) if memo else None
        #: the fields added after the eight (:mod:`gazetteer.addfields`), and how
        self.added = added_fields(add)
        self._full = cell_extender(gazetteer, add) if add else None

    @property
    def _error(self) -> Cell:
        """The fields of a malformed row, with the added ones."""
        return self._full(ERROR) if self._full else ERROR

    # -- resolution --------------------------------------------------------------------

    @property
    def _args(self) -> tuple[float | None, list[str] | None]:
        return self.min_score, self.sources

    def split(self, key: Any) -> tuple[Any, ...]:
        """The query a key stands for: (value, hint), or (value, hint, point)."""
        if self.pointed:
            return key if self.paired else (key[0], self.oblast, key[2])
        if self.near is not None:
            return (*key, self.near) if self.paired else (key, self.oblast, self.near)
        return key if self.paired else (key, self.oblast)

    def _store_all(self, keys: list, outcomes: list, where: Any, remember: bool = False) -> None:
        """Store a batch's outcomes, the confident ones first, so that the ambiguous ones lean
        on the whole batch's geography (:mod:`gazetteer.filelean`; with ``remember``, leans kept
        in the memo, :mod:`gazetteer.leanmemo`); a small city that may yield first of the rest."""
        pairs = list(zip(keys, outcomes, strict=True))
        lean, later = self.lean, []
        for key, out in pairs:
            if out.cell[STATUS] == "matched":
                if lean is not None and out.places and lean.holds_back(out):
                    later.append((key, out))
                else:
                    self._store(key, out, where)
        unsure = [(key, out) for key, out in pairs if out.cell[STATUS] != "matched"]
        for key, out in later:
            self._store(key, out, where)
        # the unsure rows without a hint count too, below the confident ones, before any leans
        bare = [out for key, out in unsure if not self.split(key)[1]] if lean else []
        owns = iter(lean.weigh(bare)) if lean is not None else iter(())
        memo = self.memo if remember and unsure else None
        kept = Leanings(memo, lean) if memo is not None and lean is not None else None
        for key, out in unsure:
            own = next(owns) if lean is not None and not self.split(key)[1] else None
            self._store(key, out, where, own, kept)

    def _store(self, key: Any, out: Outcome, where: Any, own: Any = None, kept: Any = None) -> None:
        if self.lean is not None and out.places:
            out = kept.settle(self.split(key), out, own) if kept else self.lean.settle(out, own)
        if out.error and self.on_error != "keep":
            line = where(key) if where and (self.paired or self.pointed) else None
            raise InputError(f"line {line}: {out.error}" if line else out.error)
        cell = self._keep(key, out)
        if self.delimiter is not None:
            self.suffix[key] = suffix = self.delimiter + serialize(cell, self.delimiter)
            if self.bytes_keys and type(key) is str:
                self.suffix_bytes[key.encode("utf-8")] = suffix.encode("utf-8")

    def _keep(self, key: Any, out: Outcome) -> Cell:
        """Cache ``key``'s fields (with the added ones), and keep an unsure outcome for the
        report, which needs no places; the fields."""
        cell = self.cache[key] = self._full(out.cell) if self._full else out.cell
        if cell[STATUS] != "matched":
            self._outcomes[key] = unplaced(out)
        return cell

    def ensure(self, keys: Iterable[Any], where: Any = None, wait: bool = True) -> None:
        """Resolve every key not yet cached; ``where(key)`` names its line for errors.

        With ``wait=False`` keys handed to the workers may still be in flight on return:
        :meth:`settle` collects them (this lets the workers resolve a block's values while
        this process writes the block before it).
        """
        unseen = set(keys).difference(self.cache)
        if self._pending:
            unseen.difference_update(self._pending)
        new = sorted(unseen, key=str)  # sorted: a stable order
        if BAD_ROW in new:
            new.remove(BAD_ROW)
            self.cache[BAD_ROW] = self._error
            if self.delimiter is not None:
                self.suffix[BAD_ROW] = self.delimiter + serialize(self._error, self.delimiter)
        if new:
            self._resolve(new, where)
        if wait:
            self.settle()

    def _resolve(self, new: list[Any], where: Any) -> None:
        start = time.perf_counter()
        pairs = [self.split(k) for k in new]
        known = recall(self.memo, pairs)
        self.resolved += sum(1 for i, p in enumerate(pairs) if p[0].strip() and i not in known)
        pool = self._pool
        if len(new) - len(known) >= PARALLEL_MIN and self.jobs > 1 and not pool.started:
            first = self._before_fork(new[0], known.get(0))
            if self.memo is not None and 0 not in known:
                self.memo.keep(pairs[:1], [first])
            known[0] = first  # stored with the rest, in the order a later run stores it
        todo = [p for i, p in enumerate(pairs) if i not in known]
        enough = len(todo) >= (BATCH_MIN if pool.started else PARALLEL_MIN)
        if enough and self.jobs > 1 and pool.start():
            self._tickets.append((new, (pool.submit(todo, *self._args), known, pairs), where))
            self._pending.update(new)
            self.submitted += 1
        else:
            args = self._args
            found = resolve_block(self.resolver, todo, *args)
            # the keys handed out before these lean first: as they would, were they kept
            # from an earlier run, whatever the workers' pace (:mod:`gazetteer.regional`)
            self.settle()
            self._store_all(new, combined(self.memo, pairs, known, found), where)
            forget_resolutions(self.resolver)
        self.resolve_seconds += time.perf_counter() - start

    def _before_fork(self, key: Any, known: Outcome | None = None) -> Outcome:
        """Resolve ``key`` in this process (unless its outcome is ``known``), and warm the
        resolver, before the workers fork: a lazily loaded gazetteer and its lazy indexes
        are then made once, and shared."""
        outcome = known or resolve_query(self.resolver, self.split(key), *self._args)
        warm = getattr(self.resolver, "warm", None)
        if callable(warm):
            warm()
        return outcome

    def preload(self, blocks: Iterable[list[Any]], limit: int | None = None) -> bool:
        """Resolve every key of a file's pre-scan (``blocks``: each block's keys) up front
        (:func:`gazetteer.preload.preload_keys`). False past ``limit`` (:data:`CACHE_LIMIT`)
        keys: stream the rest."""
        return preload_keys(self, blocks, limit or CACHE_LIMIT, PARALLEL_MIN)

    def settle(self, upto: int | None = None) -> None:
        """Collect the keys in flight: all of them, or those of the first ``upto`` hand-offs
        (counted by :attr:`submitted`)."""
        while self._tickets and (upto is None or self._settled < upto):
            new, (ticket, known, pairs), where = self._tickets.popleft()
            start = time.perf_counter()
            found = self._pool.collect(ticket)
            self._pending.difference_update(new)
            self._settled += 1
            self._store_all(new, combined(self.memo, pairs, known, found), where)
            forget_resolutions(self.resolver)
            self.resolve_seconds += time.perf_counter() - start

    def ready(self, upto: int) -> bool:
        """Whether the workers have resolved the keys of the first ``upto`` hand-offs."""
        waiting = upto - self._settled
        for i, (_, (ticket, _, _), _) in enumerate(self._tickets):
            if i >= waiting:
                break
            if not all(f.done() for f in ticket.futures):
                return False
        return True

    def full(self) -> bool:
        """Whether the next :meth:`add` clears the cache (no key may be in flight then).

        The keys in flight count as cached: the clear then falls at the same key whatever
        the workers' pace (a value met again after it is leaned anew on the file so far)."""
        return len(self.cache) + len(self._pending) > CACHE_LIMIT

    def add(self, column: str, keys: list[Any], where: Any = None, wait: bool = True) -> None:
        """Resolve the keys not yet cached and count them under ``column``.

        Counts go into a per-key tally (one C-level pass) that :meth:`flush` turns into
        status totals and report entries: per-key work is done once per distinct key.
        ``wait``: see :meth:`ensure`. :meth:`add_bytes`: the same for cells as UTF-8 bytes
        (:attr:`bytes_keys`), whose fields are :attr:`suffix_bytes`.
        """
        self._added(self.tally.count, column, keys, where, wait)

    def add_bytes(self, column: str, keys: list[bytes], wait: bool = True) -> None:
        """:meth:`add` for keys that are cells as UTF-8 bytes (see :meth:`add`)."""
        self._added(self.tally.count_bytes, column, keys, None, wait)

    def _added(self, count: Any, column: str, keys: list[Any], where: Any, wait: bool) -> None:
        if self.full():
            self.settle()
            self.flush()
            self.cache.clear()
            self.suffix.clear()
            self.suffix_bytes.clear()
            self._outcomes.clear()
        new = count(column, keys)  # the keys met first now: only they can be new, for every
        if new:  # key counted before is cached or in flight
            self.ensure(new, where, wait)
        elif wait:
            self.settle()

    def cells(self, column: str, keys: list[Any], where: Any = None) -> list[Cell]:
        """The fields for each key, in order, counted under ``column``."""
        self.add(column, keys, where)
        cache = self.cache
        return [cache[k] for k in keys]

    def flush(self) -> None:
        """Fold the per-key tallies into :attr:`status` and the report."""
        for column, counts in self.tally.take():
            self.count(column, counts)

    def group_cells(
        self,
        column: str,
        values: list[str | None],
        hint: str | None,
        points: Sequence[str] | None = None,
    ) -> list[Cell]:
        """Fields for a group of values resolved together (:mod:`gazetteer.groupcells`);
        ``points``: each row's, when the keys carry points. A ``None`` value stands for a
        malformed row: it gets :data:`ERROR`."""
        return group_cells(self, column, values, hint, points, BAD_ROW)

    # -- counts and report -------------------------------------------------------------

    @property
    def status(self) -> dict[str, Counter[str]]:
        """Each column's rows by status (and ``blank``), as counted so far."""
        return self.run_report.status

    def count(self, column: str, counts: Mapping[Any, int]) -> None:
        """Add a block's key counts to the status totals and the report."""
        outcomes = self._outcomes
        self.run_report.count(
            column,
            counts,
            self.cache,
            lambda key, cell: outcomes.get(key, Outcome(cell)),
            self.split,
            skip=BAD_ROW,
        )

    def report(self) -> Iterator[dict[str, Any]]:
        """Distinct unmatched, ambiguous and refused values, most frequent first."""
        self.flush()
        return self.run_report.rows(self.split, self.pointed or self.near is not None)

    def close(self, abort: bool = False) -> None:
        """Count what is pending and stop the worker processes, if any were started.

        ``abort`` (after an error or an interrupt) ends the workers at once instead of
        letting them finish the values they hold.
        """
        if not abort:
            self.settle()
            self.flush()
            if self.memo is not None:
                self.memo.save()
        self._pool.close(abort)
