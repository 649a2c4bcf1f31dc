"""A pre-scanned file's second half, written by a forked process beside this one.

Once a pre-scan has resolved every value (:meth:`Normalizer.preload`), what is left is
reading and writing, which one process would do with the other core idle. A process forked
then inherits every resolved value: it reads the file from the block the scan found a
little past halfway (:data:`FIRST_SHARE`), writes those rows to a part file and sends back
its counts, while this process writes the first half; then the part is appended. Only for
delimited text in UTF-8 or cp1251 (a reader can start mid-file), to CSV, TSV or JSON Lines,
where ``fork`` exists.
"""

from __future__ import annotations

import codecs
import contextlib
import mmap
import os
import pickle
import select
import shutil
import signal
import struct
import tempfile
from typing import Any

from .batch import UNMATCHED
from .csvio import CsvSource
from .errors import GazetteerError
from .points import PointReader
from .resolving import Outcome

MIN_BLOCKS = 4  #: blocks a file needs before a second process pays for itself
#: The records' bytes this process writes: a little over half, for the second half's process
#: has more to do besides (open the file again, count its values and send the counts back:
#: 0.09 s of CPU beside 0.55 for its rows in the 1,000,000-row bench file, which it had
#: finished 0.06 s after this process finished its own).
FIRST_SHARE = 0.53
_COUNTS = struct.Struct("qq")  #: the child's rows written and bytes read, shared with us
PROGRESS_EVERY = 0.2  #: seconds between progress calls while waiting for the child
CODECS = frozenset({"utf-8", "utf-8-sig", "cp1251"})


def plan(marks: list[tuple[int, int | None]], size: int, encoding: str) -> tuple | None:
    """``(offset, line)``: the byte and line of the block where the second half begins, the
    first after :data:`FIRST_SHARE` of the records' bytes; None when the file should be
    written in one piece."""
    if len(marks) < MIN_BLOCKS or codecs.lookup(encoding).name not in CODECS:
        return None
    sizes = [n for _, n in marks]
    if None in sizes:
        return None
    total, done = sum(sizes), 0  # type: ignore[arg-type]
    for line, nbytes in marks:
        if done >= total * FIRST_SHARE:
            return size - total + done, line
        done += nbytes  # type: ignore[operator]
    return None


class SecondHalf:
    """A forked process writing a file's rows from a block on; see the module doc."""

    @classmethod
    def start(cls, run: Any, sink: Any) -> SecondHalf | None:
        """Fork the writer of ``run``'s second half, if the file and the output allow."""
        source, marks = run.source, run.marks
        if not (marks and isinstance(source, CsvSource) and hasattr(sink, "twin")):
            return None
        if run.norm.jobs < 2 or not hasattr(os, "fork") or source.size is None:
            return None
        where = plan(marks, source.size, source.encoding)
        return None if where is None else cls(run, sink, *where)

    def __init__(self, run: Any, sink: Any, offset: int, line: int) -> None:
        name = getattr(getattr(sink, "stream", None), "name", None)  # beside the output file
        regular = isinstance(name, str) and os.path.isabs(name) and os.path.isfile(name)
        where = os.path.dirname(name) if regular and isinstance(name, str) else None
        # (not in /dev for -o /dev/null)
        fd, self.part = tempfile.mkstemp(prefix=".placematch-", suffix=".part", dir=where)
        os.close(fd)
        self._read, write = os.pipe()
        shared = mmap.mmap(-1, _COUNTS.size)  # anonymous: the forked child writes into ours
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns
            os.close(self._read)
            _child(run, sink, offset, line, self.part, write, shared)
        os.close(write)
        size = run.source.size
        run.source.stop_at(offset)  # this process writes the records before it
        if run.progress is not None:  # show both halves' rows, and both halves' bytes done
            run.progress = _both_halves(run.progress, shared, size)

    def finish(self, run: Any, sink: Any) -> None:
        """Wait for the second half, add its counts to ``run``'s and append its rows."""
        with os.fdopen(self._read, "rb") as pipe:
            self._read = -1
            if run.progress is not None:  # the child's rows go on counting meanwhile
                while not select.select([pipe], [], [], PROGRESS_EVERY)[0]:
                    run.progress(run.rows, run.source.position(), run.source.size)
            data = pipe.read()
        if run.progress is not None:  # the child's last counts, before they are merged
            run.progress(run.rows, run.source.position(), run.source.size)
        os.waitpid(self.pid, 0)
        self.pid = 0
        died = GazetteerError("the process writing the second half of the output died")
        kind, result = pickle.loads(data) if data else ("error", died)
        if kind == "error":
            raise result
        assert isinstance(result, dict)
        _merge(run, result)
        sink.stream.flush()
        with open(self.part, "rb") as part:
            shutil.copyfileobj(part, sink.stream.buffer, 1 << 20)

    def close(self) -> None:
        """Stop the child if it still runs (an error or an interrupt here) and drop the part."""
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = 0
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        with contextlib.suppress(OSError):
            os.unlink(self.part)


def _both_halves(progress: Any, shared: mmap.mmap, size: int) -> Any:
    """``progress`` called with this process's counts plus those the child shares, against
    the whole file's ``size`` (this process's source now ends halfway)."""

    def report(rows: int, done: int, total: int | None) -> None:
        child_rows, child_done = _COUNTS.unpack_from(shared)
        progress(rows + child_rows, min(done + child_done, size), size)

    return report


def _child(
    run: Any, sink: Any, offset: int, line: int, part: str, pipe: int, shared: mmap.mmap
) -> None:
    """Write the rows from ``offset`` on to ``part``; send back the counts or the error."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends us

        def share(rows: int, done: int, total: int | None) -> None:
            _COUNTS.pack_into(shared, 0, rows, max(done - offset, 0))

        try:
            result: tuple[str, Any] = ("ok", _write_rest(run, sink, offset, line, part, share))
        except BaseException as exc:
            result = ("error", exc)
        try:
            data = pickle.dumps(result)
        except Exception:
            data = pickle.dumps(("error", RuntimeError(str(result[1]))))
        with os.fdopen(pipe, "wb") as out:
            out.write(data)
    finally:
        os._exit(0)  # never run the parent's cleanup (it would remove its output)


def _write_rest(
    run: Any, sink: Any, offset: int, line: int, part: str, progress: Any
) -> dict[str, Any]:
    norm, old = run.norm, run.source
    norm.jobs = 1  # the parent's workers are not this process's
    norm.memo = None  # nor its memo's connection (the parent keeps what was resolved)
    source = CsvSource(
        old.path, encoding=old.encoding, delimiter=old.delimiter, on_error=norm.on_error
    )
    source.resume(offset, line)
    run.source, run.progress, run.rows = source, progress, 0
    run.point_reader = PointReader()  # (this half's own count of unreadable points)
    resolved, seconds = norm.resolved, norm.resolve_seconds
    known = dict(norm._outcomes)  # the parent holds these: only their keys need go back
    with open(part, "w", encoding="utf-8", newline="") as stream:
        run.write_blocks(sink.twin(stream))
    norm.settle()
    norm.flush()
    report = norm.run_report
    return {
        "rows": run.rows,
        "status": report.status,
        "issues": {k: None if known.get(k[1]) is out else out for k, out in report.issues.items()},
        "counts": report.counts,
        "truncated": report.truncated,
        "hints": report.hints,
        "resolved": norm.resolved - resolved,
        "seconds": norm.resolve_seconds - seconds,
        "points": (run.point_reader.unread, run.point_reader.first),
    }


def _merge(run: Any, result: dict[str, Any]) -> None:
    norm = run.norm
    run.rows += result["rows"]

    def outcome_of(ikey: tuple[str, Any]) -> Outcome:
        out = result["issues"][ikey] or norm._outcomes.get(ikey[1])
        return out or Outcome(norm.cache.get(ikey[1], UNMATCHED))

    result_keys = ("status", "counts", "truncated", "hints")
    status, counts, truncated, hints = (result[k] for k in result_keys)
    norm.run_report.merge(status, counts, outcome_of, truncated, hints)
    run.point_reader.merge(*result["points"])
    norm.resolved += result["resolved"]
    norm.resolve_seconds += result["seconds"]
