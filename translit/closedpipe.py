"""How a command ends when the reader of its standard output leaves (``| head -1``).

Both command lines of this project (``translit`` and ``gazetteer``, which builds on
:mod:`translit`) end alike then: quietly, with the exit code a shell reports for a writer a
closed pipe ended, and no second complaint from the interpreter's last flush at exit.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

__all__ = ["BROKEN_PIPE", "ends_quietly_on_closed_pipe"]

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
