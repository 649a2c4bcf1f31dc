"""How a command ends when the reader of its standard output leaves (``| head -1``), or the
device under it is full.

Both command lines of this project (``translit`` and ``gazetteer``, which builds on
:mod:`translit`) end alike then: quietly, with the exit code a shell reports for a writer a
closed pipe ended, and no second complaint from the interpreter's last flush at exit; or,
for a full disk, with one line that says so and exit code 2.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator

__all__ = ["BROKEN_PIPE", "FAILED_WRITES", "ends_on_failed_write", "ends_quietly_on_closed_pipe"]

BROKEN_PIPE = 141  #: 128 + SIGPIPE: what a shell reports for a writer whose reader left


@contextlib.contextmanager
def ends_quietly_on_closed_pipe() -> Iterator[None]:
    """Turn a :class:`BrokenPipeError` raised inside into ``SystemExit(BROKEN_PIPE)``.

    Standard output is pointed at the null device first, so the interpreter's flush at
    exit does not fail again ("Exception ignored ..."); a test's runner, whose stdout has no
    descriptor, is left as it is.
    """
    try:
        yield
    except BrokenPipeError:
        with contextlib.suppress(AttributeError, OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(BROKEN_PIPE) from None


#: What a write to a full, over-quota or failing device raises: never the command's fault.
FAILED_WRITES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


@contextlib.contextmanager
def ends_on_failed_write(command: str | Callable[[], str]) -> Iterator[None]:
    """A write that fails for want of room (``translit < names > out.txt`` on a full disk)
    ends the command with "COMMAND: cannot write its output: No space left on device" on
    standard error and exit code 2, not a traceback. A closed pipe is left to the caller;
    what is still buffered for standard output is dropped, so the exit's flush does not
    fail again. ``command`` may be a function that names it once it has run."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.errno not in FAILED_WRITES or exc.filename is not None:
            raise
        with contextlib.suppress(AttributeError, OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        named = command if isinstance(command, str) else command()
        print(f"{named}: cannot write its output: {exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None
