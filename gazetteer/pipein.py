"""Reading input that arrives while the run goes on (standard input, ``<(zcat f.gz)``) so
that SIGTERM or Ctrl-C ends the wait for it at once.

A buffered stream's ``read(n)`` loops in C until it has ``n`` bytes. A signal that comes
between two of its reads (or is taken by another thread) only marks Python's handler to
run; no read is interrupted, and the loop's next read waits for the producer's next bytes:
``kill PID`` on ``tail -f log | gazetteer normalize -`` waited for the next line, and a
pipe held open, forever (one SIGTERM in six in the tests' long runs). Here each read is
one read of the stream, called from Python, and when the stream holds no bytes of its own
it first waits for some in ticks of :data:`TICK` seconds, between which the handler runs.
"""

from __future__ import annotations

import io
import os
import select
import stat
from typing import Any, BinaryIO

#: Longest a signal that interrupted no system call waits to be handled, in seconds.
TICK = 0.25


def waitable_fd(stream: Any) -> int | None:
    """The descriptor to wait on before reading ``stream`` (a pipe's, a terminal's, a
    socket's), or None: a regular file, a stream in memory, or Windows, whose ``select``
    takes sockets only."""
    if os.name != "posix":
        return None
    try:
        fd = stream.fileno()
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except (AttributeError, OSError, ValueError):  # (io.UnsupportedOperation among them)
        return None
    return None if regular else fd


def wait_readable(fd: int) -> None:
    """Return once ``fd`` has bytes or its end; a signal's handler runs between ticks."""
    try:
        while not select.select([fd], [], [], TICK)[0]:
            pass
    except ValueError:  # a descriptor past select's FD_SETSIZE: the read waits instead
        return


class Prefixed(io.RawIOBase):
    """A raw stream that replays a consumed prefix before the rest of a stream (stdin), or
    the first ``limit`` bytes of a stream; each read is one read of that stream."""

    def __init__(
        self, prefix: bytes, rest: BinaryIO, limit: int | None = None, owns: bool = False
    ) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest
        self._limit = limit
        self._owns = owns  #: the stream is a pipe this source opened: closed with it
        self._fd = waitable_fd(rest)
        #: the stream holds no bytes of its own (its last read came short): a wait on its
        #: descriptor tells whether a read would block
        self._drained = False

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if self._limit is not None or self._owns:  # a file this source opened: close it too
            self._rest.close()
        super().close()

    def fill(self, size: int) -> bytes:
        """Read ``size`` bytes (fewer only at the end), kept to be read again first."""
        parts, got = [bytes(self._prefix)], len(self._prefix)
        while got < size:
            part = self._read(size - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        sample = b"".join(parts)
        self._prefix = memoryview(sample)
        return sample

    def _read(self, want: int) -> bytes:
        if self._fd is not None and self._drained:
            wait_readable(self._fd)
        read = getattr(self._rest, "read1", self._rest.read)  # (a raw stream reads once)
        data: bytes = read(want) or b""
        if not data and self._fd is not None and not os.get_blocking(self._fd):
            # a non-blocking descriptor (set so by a parent sharing it) reads empty while its
            # producer is still silent: that is no end until a wait finds it readable
            wait_readable(self._fd)
            data = read(want) or b""
        self._drained = len(data) < want
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        want = len(buffer) if self._limit is None else min(len(buffer), self._limit)
        data = self._read(want) if want else b""
        if self._limit is not None:
            self._limit -= len(data)
        buffer[: len(data)] = data
        return len(data)
