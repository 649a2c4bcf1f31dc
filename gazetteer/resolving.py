"""What the batch layer keeps of a resolution, and the worker processes that resolve.

:func:`outcome_of` turns a :class:`~gazetteer.model.Resolution` into the eight output fields
(and the candidates the report shows); :class:`WorkerPool` resolves lists of values in
forked processes that inherit the loaded gazetteer, so nothing large is pickled.
"""

from __future__ import annotations

import contextlib
import inspect
import math
import multiprocessing
import numbers
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from .errors import GazetteerError, UnknownSourceError
from .regional import Place, RegionTally

if TYPE_CHECKING:
    from .model import Match, Resolution

#: Values sent to a worker at a time: enough to pay for the round trip, few enough that the
#: parent, once it meets the workers' front, waits for little (a typo query takes ~1 ms).
BATCH_MIN, BATCH_MAX = 16, 64

FIELDS = ("code", "name", "name_uk", "category", "oblast", "score", "status", "match")
Cell = tuple[str, ...]
UNMATCHED: Cell = ("", "", "", "", "", "", "unmatched", "")
ERROR: Cell = ("", "", "", "", "", "", "error", "")
STATUS = FIELDS.index("status")
SCORE = FIELDS.index("score")
OBLAST = FIELDS.index("oblast")
TOP = 3  #: candidates kept per reported value


class Resolver(Protocol):
    """What the batch layer needs of a gazetteer."""

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


def output_names(column: str, added: Sequence[str] = ()) -> list[str]:
    """The output column names for a normalised column: the eight, then the ``added``
    fields (:func:`gazetteer.addfields.added_fields`)."""
    return [f"{column}_{f}" for f in (*FIELDS, *added)]


def outcome_of(res: Resolution, min_score: float | None = None) -> Outcome:
    """The fields a :class:`Resolution` fills; ``min_score`` demotes weak bests to unmatched."""
    best = res.best
    cands = tuple(
        (m.entry.code, m.entry.name, m.entry.oblast, round(m.score, 1))
        for m in res.candidates[:TOP]
    )
    weak = best is not None and min_score is not None and best.score < min_score
    if res.status == "unmatched" or best is None or weak:
        if res.region:  # nothing matched, but the hint said where: keep that
            cell = (*UNMATCHED[:OBLAST], res.region, *UNMATCHED[OBLAST + 1 :])
            return Outcome(cell, cands)
        return Outcome(UNMATCHED, cands)
    cell = _cell(best, res.status)
    if res.status == "matched":
        return Outcome(cell, places=((Place.of(best.entry), cell),))
    tied = [best] + [m for m in res.candidates[1:] if m.ambiguous]
    places = tuple((Place.of(m.entry), _cell(m, res.status)) for m in tied)
    namesakes = "|".join(f"{m.entry.code} {m.score:.1f} {m.kind}" for m in res.also_tied)
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
    met only as another spelling (Раково by Ракове)."""
    exact = out.places[0][1][SCORE] == EXACT_SCORE
    tied = [(place, cell) for place, cell in out.places if not exact or cell[SCORE] == EXACT_SCORE]
    if place_of is not None:
        status = out.cell[STATUS]
        for code, score, kind in (n.split(" ") for n in out.namesakes.split("|") if n):
            known = None if exact and score != EXACT_SCORE else place_of(code)
            if known is not None:
                tied.append((known[0], (*known[1], score, status, kind)))
        listed = {place.code for place, _ in out.places}
        listed.update(n.split(" ", 1)[0] for n in out.namesakes.split("|") if n)
        for code in every(out) if every is not None else ():
            if code not in listed and (known := place_of(code)) is not None:
                tied.append((known[0], (*known[1], EXACT_SCORE, status, "exact")))
    pick = geography.choose([place for place, _ in tied])
    return replace(out, cell=tied[pick][1]) if pick else out


def _cell(match: Match, status: str) -> Cell:
    e = match.entry
    return (
        e.code,
        e.name,
        e.name_uk,
        e.category,
        e.oblast,
        f"{match.score:.1f}",
        status,
        match.kind,
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
    if near and out.places and res.best is not None:
        from .nearby import lies_near

        if lies_near(resolver, res.best, near):
            out = replace(out, places=(), namesakes="")
    return out


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
_WORKER: dict[str, Any] = {}


def _init_worker(resolver: Resolver | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the parent's SIGTERM handler (the command's: clean up, then exit) is not a worker's:
    # the pool ends its workers with SIGTERM, and they must simply die
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if resolver is None:
        from . import Gazetteer

        resolver = Gazetteer.default()
    _WORKER["resolver"] = resolver


def _work(pairs: list[tuple[Any, ...]], min_score: float | None, sources: Any) -> list:
    resolver = _WORKER["resolver"]
    done = [resolve_query(resolver, q, min_score, sources) for q in pairs]
    forget_resolutions(resolver)
    return done


def forget_resolutions(resolver: Any) -> None:
    """Empty the resolver's memo of past queries, if it keeps one (``clear_cache``).

    The batch layer keeps each distinct value's :class:`Outcome` itself, so the memo (on
    :class:`~gazetteer.Gazetteer`: up to 200,000 whole Resolution objects, a few kB each)
    only makes every process grow with the number of distinct values.
    """
    clear = getattr(resolver, "clear_cache", None)
    if callable(clear):
        clear()


def default_jobs() -> int:
    """Processes resolving values when ``jobs`` is not given (this one included): the CPUs
    this process may use, at most 8; a process pinned to one CPU has no workers."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        cpus = os.cpu_count() or 1
    return min(cpus, 8)


@dataclass
class Ticket:
    """Pairs handed to the workers and not yet collected."""

    batches: list[list[tuple[Any, ...]]]
    futures: list[Future]
    min_score: float | None
    sources: Any


class WorkerPool:
    """``jobs`` processes resolving values together: this one and ``jobs - 1`` workers.

    The parent takes part instead of waiting: one process fewer holds a copy of the
    gazetteer's pages, for the same number of busy cores. :meth:`start` says whether the
    workers could start. With ``fork`` they inherit the parent's resolver; elsewhere only
    the default gazetteer can be used (each worker loads it). Workers ignore SIGINT: Ctrl-C
    reaches the whole process group, and the parent, which handles it, ends them with
    :meth:`close`.
    """

    def __init__(self, jobs: int, resolver: Resolver, default: bool) -> None:
        self.jobs, self.resolver, self.default = jobs, resolver, default
        self._executor: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._executor is not None

    def start(self) -> bool:
        """Start the workers if they are not running; False if this platform cannot."""
        if self._executor is None:
            ctx: Any
            if "fork" in multiprocessing.get_all_start_methods():
                ctx, arg = multiprocessing.get_context("fork"), self.resolver
            elif self.default:
                ctx, arg = multiprocessing.get_context(), None
            else:
                return False
            self._executor = ProcessPoolExecutor(
                max(self.jobs - 1, 1), mp_context=ctx, initializer=_init_worker, initargs=(arg,)
            )
        return True

    def submit(self, pairs: list[tuple[Any, ...]], min_score: float | None, sources: Any) -> Ticket:
        """Hand queries, (value, hint) or (value, hint, point), to the workers in small
        batches; :meth:`collect` them."""
        assert self._executor is not None
        step = min(BATCH_MAX, max(BATCH_MIN, math.ceil(len(pairs) / (self.jobs * 8))))
        batches = [pairs[i : i + step] for i in range(0, len(pairs), step)]
        futures = [self._executor.submit(_work, b, min_score, sources) for b in batches]
        return Ticket(batches, futures, min_score, sources)

    def collect(self, ticket: Ticket) -> list[Outcome]:
        """The outcomes of a :meth:`submit`, in order.

        The workers take batches from the front while this process resolves from the back
        every batch no worker has started (a cancelled future), so both ends meet wherever
        the speeds put them; then it waits for the batches the workers hold.
        """
        batches, futures, args = ticket.batches, ticket.futures, (ticket.min_score, ticket.sources)
        done: list[list[Outcome] | None] = [None] * len(batches)
        for i in range(len(batches) - 1, -1, -1):
            if not futures[i].cancel():
                break
            done[i] = [resolve_query(self.resolver, q, *args) for q in batches[i]]
        for i, f in enumerate(futures):
            if done[i] is None:
                done[i] = f.result()
        return [o for batch in done for o in batch or ()]

    def resolve(
        self, pairs: list[tuple[Any, ...]], min_score: float | None, sources: Any
    ) -> list[Outcome]:
        """Outcomes of (value, hint) pairs, in order: :meth:`submit`, then :meth:`collect`."""
        return self.collect(self.submit(pairs, min_score, sources))

    def close(self, abort: bool = False) -> None:
        """Stop the workers: after their work, or with ``abort`` at once."""
        pool, self._executor = self._executor, None
        if pool is None:
            return
        if not abort:
            pool.shutdown(cancel_futures=True)
            return
        # (shutdown without waiting forgets this thread, so the last one would not join it)
        manager = getattr(pool, "_executor_manager_thread", None)
        with _quiet_cancelled():
            terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
            if terminate is not None:
                terminate()
            else:
                workers = list((getattr(pool, "_processes", None) or {}).values())
                pool.shutdown(wait=False, cancel_futures=True)
                for proc in workers:
                    proc.terminate()
            pool.shutdown(wait=True)
            if manager is not None:
                manager.join(timeout=10)


@contextlib.contextmanager
def _quiet_cancelled() -> Iterator[None]:
    """Keep quiet the executor's thread failing on a future :meth:`WorkerPool.collect` has
    cancelled: once the workers are ended, Python before 3.12 marks every pending future
    broken, cancelled ones included, which raises InvalidStateError in that thread (a
    traceback under the "interrupted" message). The run is over; nothing waits on them."""
    previous = threading.excepthook

    def hook(args: Any) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    threading.excepthook = hook
    try:
        yield
    finally:
        threading.excepthook = previous


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
