"""How a ``gazetteer`` command ends when Ctrl-C (SIGINT) or SIGTERM (``kill PID``,
``timeout``, a supervisor) stops it: it unwinds, says "interrupted" or "terminated" and exits
with the shell's code for the signal, 130 or 143. Its waits for standard input end at once
because it reads that through :mod:`gazetteer.pipein`. A write its output cannot take (a full
disk under ``> out.tsv``) ends it with one line too (:func:`ends_on_failed_write`).
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from typing import Any

import click

from translit.closedpipe import ends_on_failed_write as failed_write_ends

from .command import INTERRUPTED

#: The exit code a shell reports for a run SIGTERM ended: 128 + its number.
TERMINATED = 143


class Terminated(BaseException):
    """SIGTERM arrived: unwind as Ctrl-C does (temporary files removed, workers ended)."""


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` in this process while the run lasts.

    Processes forked meanwhile (the workers, a second half's writer) inherit the handler:
    there it puts the default back and dies of the signal, as if there were none.
    """
    owner = os.getpid()

    def handler(signum: int, frame: Any) -> None:
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (an embedding caller): leave SIGTERM alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def ends_on_signals(command: str, unwritten: str | None = None) -> Iterator[None]:
    """Ctrl-C or SIGTERM inside ends ``gazetteer COMMAND`` with "gazetteer COMMAND:
    interrupted" (exit 130) or "...: terminated" (143) on stderr, and "; FILE not written"
    after it when ``unwritten`` names an output file the run leaves unwritten (click had
    said "Aborted!" with lookup's exit 1 for "no match", and SIGTERM killed it wordless)."""
    after = f"; {unwritten} not written" if unwritten else ""
    try:
        with terminate_as_interrupt():
            yield
    except KeyboardInterrupt:
        click.echo(f"gazetteer {command}: interrupted{after}", err=True)
        raise SystemExit(INTERRUPTED) from None
    except Terminated:
        click.echo(f"gazetteer {command}: terminated{after}", err=True)
        raise SystemExit(TERMINATED) from None


@contextlib.contextmanager
def ends_on_failed_write(ctx: click.Context) -> Iterator[None]:
    """A write that fails for want of room (``gazetteer lookup - < names > out.tsv`` on a full
    disk) ends the command with "gazetteer CMD: cannot write its output: No space left on
    device" and exit code 2, not a traceback (:func:`translit.closedpipe.ends_on_failed_write`)."""
    with failed_write_ends(lambda: " ".join(filter(None, ("gazetteer", ctx.invoked_subcommand)))):
        yield
