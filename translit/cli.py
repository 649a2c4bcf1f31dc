"""The ``translit`` command: a thin layer over :mod:`translit`.

Usage::

    translit TEXT... [--standard NAME]   each TEXT romanised, one line each
    translit --all TEXT...               every standard side by side, one row per standard
    translit [--standard NAME] < FILE    each input line romanised, streamed line by line
    translit standards                   the standards and what they are
    translit detect TEXT...              script and language of each TEXT
    translit key TEXT...                 the match key of each TEXT

``standards``, ``detect`` and ``key`` are commands only as the first word; to romanise the
word itself, put ``--`` before it: ``translit -- standards``. ``detect`` and ``key`` read
lines from standard input too when no TEXT follows them.
"""

from __future__ import annotations

import contextlib
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence

import click

from .closedpipe import ends_on_failed_write, ends_quietly_on_closed_pipe
from .detect import detect
from .standards import DEFAULT_STANDARD, UnknownStandardError, get_standard, standards
from .standards import transliterate as _transliterate
from .textin import stdin_lines

__all__ = ["main"]

_COMMANDS = ("standards", "detect", "key")

#: The shell's exit code for a run that Ctrl-C (SIGINT) ended: 128 + 2.
_INTERRUPTED = 130


def _first_word_is_command(argv: Sequence[str]) -> bool:
    """True when the first positional word is a command and no ``--`` comes before it."""
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
        elif arg == "--":
            return False
        elif arg in ("--standard", "-s"):
            skip_value = True
        elif arg.startswith("-") and arg != "-":
            continue
        else:
            return arg in _COMMANDS
    return False


class _TranslitCommand(click.Command):
    """A command whose first argument may name a sub-command (see the module docs)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["translit.command"] = _first_word_is_command(args)
        return super().parse_args(ctx, args)


def _display_width(text: str) -> int:
    return sum(1 for ch in text if not unicodedata.combining(ch))


def _stdin_lines() -> Iterator[str]:
    stream = sys.stdin
    if stream is None:  # file descriptor 0 is closed and no TEXT was given
        raise click.UsageError("give TEXT, or the lines on standard input (it is closed)")
    raw = getattr(stream, "buffer", None)
    if raw is not None:  # (bytes: read in the encoding they were saved in)
        yield from stdin_lines(raw)
        return
    for line in stream:  # (a text stream put in its place)
        yield line.rstrip("\r\n")


def _emit(lines: Iterable[str]) -> None:
    """Write each line as soon as it is made, so the command works inside a pipeline."""
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8", errors="surrogateescape")
    # (the reader went away, `| head`; the disk under `> out.txt` is full)
    with _ends_on_interrupt(), ends_quietly_on_closed_pipe(), ends_on_failed_write("translit"):
        for line in lines:
            out.write(line + "\n")
            out.flush()


@contextlib.contextmanager
def _ends_on_interrupt() -> Iterator[None]:
    """Ctrl-C ends the command with "translit: interrupted" and exit code 130, as a shell
    reports an interrupted program (click said "Aborted!" with exit 1, an error's code)."""
    try:
        yield
    except KeyboardInterrupt:
        click.echo("translit: interrupted", err=True)
        raise SystemExit(_INTERRUPTED) from None


def _per_text(func: Callable[[str], str], texts: Sequence[str]) -> Iterator[str]:
    source: Iterable[str] = texts if texts else _stdin_lines()
    for text in source:
        yield func(text)


def _table(texts: Sequence[str]) -> Iterator[str]:
    names = list(standards())
    rows = [["standard", *texts]]
    rows += [[name, *(_transliterate(t, name) for t in texts)] for name in names]
    widths = [max(_display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (widths[i] - _display_width(cell)) for i, cell in enumerate(row)]
        yield "  ".join(cells).rstrip()


def _describe(text: str) -> str:
    found = detect(text)
    return f"{found.script}\t{found.language or '-'}"


def _key(text: str) -> str:
    from .keys import match_key  # the gazetteer's key; loaded only when asked for

    return match_key(text)


_HELP = """Romanise Cyrillic (and any other script) by a named standard.

\b
translit TEXT... [-s NAME]   each TEXT romanised, one line each
translit --all TEXT...       every standard side by side
translit [-s NAME] < FILE    each input line romanised, streamed
translit standards           the standards and what they are
translit detect [TEXT...]    script and language of each TEXT (or line)
translit key [TEXT...]       the match key of each TEXT (or line)

standards, detect and key are commands only as the first word: `translit -- standards`
romanises the word itself.
"""


@click.command(
    cls=_TranslitCommand, help=_HELP, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "-s",
    "--standard",
    default=DEFAULT_STANDARD,
    show_default=True,
    metavar="NAME",
    help="Transliteration standard (see `translit standards`).",
)
@click.option("--all", "show_all", is_flag=True, help="Show every standard side by side.")
@click.argument("texts", nargs=-1)
@click.pass_context
def main(ctx: click.Context, standard: str, show_all: bool, texts: tuple[str, ...]) -> None:
    """Parse, call the library, print (see ``_HELP``)."""
    if ctx.meta.get("translit.command"):
        command, args = texts[0], texts[1:]
        if command == "standards":
            known = standards()
            width = max(map(len, known))
            _emit(f"{name:<{width}}  {text}" for name, text in known.items())
        elif command == "detect":
            _emit(_per_text(_describe, args))
        else:
            _emit(_per_text(_key, args))
        return
    try:
        get_standard(standard)
    except UnknownStandardError as error:
        click.echo(f"Error: {error}", err=True)
        ctx.exit(2)
    if show_all:
        if not texts:
            raise click.UsageError("--all needs at least one TEXT")
        _emit(_table(texts))
        return
    _emit(_per_text(lambda text: _transliterate(text, standard), texts))


if __name__ == "__main__":
    main()
