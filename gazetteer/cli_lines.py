"""``gazetteer lookup -``: one name a line of standard input, each one's answer a line (TSV,
or JSON Lines with ``--json``), in input order. Called by :func:`gazetteer.cli.lookup`.
"""

from __future__ import annotations

import json
import sys

import click
from click.core import ParameterSource

from .cli import coordinates_record
from .errors import GazetteerError, InputError
from .gazetteer import Gazetteer
from .points import one_point
from .readback import marked_kind, misread_record

FIELDS = ("query", "code", "name", "name_uk", "category", "oblast", "score", "status", "match")


def lookup_lines(
    ctx: click.Context,
    gz: Gazetteer,
    oblast: str | None,
    as_json: bool,
    sources: str | None,
    min_score: float | None,
    near: str | None,
    explain: bool,
) -> None:
    """Each line of standard input resolved: its best answer and status, in input order.

    ``--near`` weighs every line as it weighs one query; ``--explain`` and ``--limit``, which
    shape one query's table of candidates, are refused rather than left unsaid."""
    for option, given in (("--explain", explain), ("--limit", _given(ctx, "limit"))):
        if given:
            raise click.UsageError(f"{option} is for one QUERY's candidates, not '-'")
    if near is not None:  # (a bad point said before any input is read, as a bad source is)
        try:
            one_point(near)
        except GazetteerError as error:
            raise click.UsageError(str(error)) from None
    if sys.stdin is None or sys.stdin.isatty():  # None: file descriptor 0 is closed
        raise click.UsageError("QUERY '-' reads the names from standard input: pipe them in")
    from .stdinlines import input_lines  # (decoded as normalize decodes: cp1251, UTF-16...)

    header = not as_json  # printed once the input is known to decode: no table of an input
    try:  # refused (a reader sees exit 2 and an empty output, not a header and no rows)
        for name in input_lines(sys.stdin.buffer):
            if header:
                click.echo("\t".join(FIELDS))
                header = False
            _lookup_line(gz, name, oblast, as_json, sources, min_score, near)
        if header:  # (an empty input: a table of no rows)
            click.echo("\t".join(FIELDS))
    except InputError as error:  # the input's fault, not the command line's: no usage text
        click.echo(f"gazetteer lookup: {error}", err=True)
        ctx.exit(2)
    except GazetteerError as error:  # (a bad option)
        raise click.UsageError(str(error)) from None


def _given(ctx: click.Context, name: str) -> bool:
    """Whether option ``name`` was given on the command line (not its default)."""
    return ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE


def _lookup_line(
    gz: Gazetteer,
    name: str,
    oblast: str | None,
    as_json: bool,
    sources: str | None,
    min_score: float | None,
    near: str | None,
) -> None:
    """One name of standard input resolved and printed (:func:`lookup_lines`)."""
    res = gz.resolve(
        name, oblast=oblast, sources=sources, min_score=min_score, near=near, explain=False
    )
    best = res.best if res.status != "unmatched" else None
    e = best.entry if best else None
    values = (name, e.code, e.name, e.name_uk, e.category, e.oblast) if e else (name,) + ("",) * 5
    kind = marked_kind(best.kind, res.misread) if best else ""
    row = (*values, f"{best.score:.1f}" if best else "", res.status, kind)
    if as_json:  # (the score a number, as ``lookup --json`` writes it; null unmatched)
        record: dict[str, object] = dict(zip(FIELDS, row))
        record["score"] = best.score if best else None
        record["coordinates"] = coordinates_record(gz.coordinates(e.code) if e else None)
        record.update(misread_record(name, res.misread))
        click.echo(json.dumps(record, ensure_ascii=False))
    else:
        click.echo("\t".join(v.replace("\t", " ") for v in row))
