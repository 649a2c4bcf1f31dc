"""The worker processes that resolve a batch's values: :class:`WorkerPool` and its helpers.

:class:`WorkerPool` resolves lists of queries (:func:`~gazetteer.resolving.resolve_query`) in
forked processes that inherit the loaded gazetteer, so nothing large is pickled, while this
process resolves from the other end; :func:`default_jobs` says how many processes a run uses
and :func:`forget_resolutions` keeps each process from growing with the values it has seen.
"""

from __future__ import annotations

import contextlib
import gc
import math
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from .prefetch import resolve_block
from .resolving import Outcome, Resolver

#: Values sent to a worker at a time: enough to pay for the round trip, few enough that the
#: parent, once it meets the workers' front, waits for little (a typo query takes ~1 ms).
BATCH_MIN, BATCH_MAX = 16, 64

_WORKER: dict[str, Any] = {}


def _init_worker(resolver: Resolver | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the parent's SIGTERM handler (the command's: clean up, then exit) is not a worker's:
    # the pool ends its workers with SIGTERM, and they must simply die
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held since the fork (_signals_held), now let in
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)
    # No cyclic collector in a worker, on purpose (forked inside filerun.no_gc, it would
    # inherit none anyway): a full collection walks the whole loaded gazetteer, some 15% of
    # a worker's time, and resolving leaves almost no cycles (1,695 objects in 12,000 values)
    gc.disable()
    if resolver is None:
        from . import Gazetteer

        resolver = Gazetteer.default()
    _WORKER["resolver"] = resolver


def _work(pairs: list[tuple[Any, ...]], min_score: float | None, sources: Any) -> list:
    resolver = _WORKER["resolver"]
    done = resolve_block(resolver, pairs, min_score, sources)
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
        with _signals_held():  # (the first submit forks the workers)
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
            done[i] = resolve_block(self.resolver, batches[i], *args)
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
        """Stop the workers: after their work, or with ``abort`` once the batches they hold
        are done (the queued ones are dropped).

        A worker ended at once can be cut off while it sends a result: the executor's thread
        then waits for the rest of it forever, and so does the interpreter's exit (a Ctrl-C
        that hung the command, on a loaded machine). So the workers finish what they hold,
        :data:`BATCH_MAX` values each at most; only those still busy after
        :data:`ABORT_GRACE` seconds are ended (:func:`_end_workers`)."""
        pool, self._executor = self._executor, None
        if pool is None:
            return
        if not abort:
            pool.shutdown(cancel_futures=True)
            return
        # (shutdown without waiting forgets these, so the last one would not join them)
        manager = getattr(pool, "_executor_manager_thread", None)
        workers = list((getattr(pool, "_processes", None) or {}).values())
        results = getattr(pool, "_result_queue", None)
        with _quiet_cancelled():
            pool.shutdown(wait=False, cancel_futures=True)
            if manager is not None:
                manager.join(timeout=ABORT_GRACE)
                if manager.is_alive():
                    _end_workers(manager, workers, results)


#: Seconds an aborted run waits for its workers to finish the batches they hold.
ABORT_GRACE = 30.0


def _end_workers(manager: threading.Thread, workers: list[Any], results: Any) -> None:
    """End ``workers`` at once, then close this process's end for writing of the
    ``results`` pipe: with every writer gone, the executor's thread, if it waits for the rest
    of a result a worker was cut off sending, reads the end of the pipe and stops."""
    for proc in workers:
        proc.terminate()
    for proc in workers:
        proc.join(timeout=10)
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()
    manager.join(timeout=10)


#: Signals held back while workers are forked: see :func:`_signals_held`.
_HELD = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back in this thread meanwhile (then delivered), and in the
    workers it forks until :func:`_init_worker` has set their handling: a Ctrl-C in between
    would otherwise raise KeyboardInterrupt in a worker, its traceback printed under the
    "interrupted" line; and the executor's own state is never left half-changed by the
    command's handlers (KeyboardInterrupt, Terminated) raised inside it."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


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
