"""The ``gazetteer`` command's entry point, which loads the command line itself.

Ctrl-C while the package loads (a quarter of a second on a slow machine) ends the command as it
does later, with "gazetteer: interrupted" and exit code 130, not with a traceback from the
middle of an import. The package's ``__init__`` loads nothing for this to work.
"""

from __future__ import annotations

import sys

#: The shell's exit code for a run that Ctrl-C (SIGINT) ended: 128 + 2.
INTERRUPTED = 130


def main() -> None:
    """Load :mod:`gazetteer.cli` and run its command group."""
    try:
        from .cli import main as command_line
    except KeyboardInterrupt:
        sys.stderr.write("gazetteer: interrupted\n")
        raise SystemExit(INTERRUPTED) from None
    command_line()
