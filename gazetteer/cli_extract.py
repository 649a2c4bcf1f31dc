"""``gazetteer extract``: the place names of a text, resolved together; as a table, JSON or
GeoJSON (a map of the story's places)."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

import click

from .cli_options import oblast_option
from .cli_signals import ends_on_signals
from .errors import GazetteerError, InputError
from .gazetteer import Gazetteer
from .index import SOURCES_HELP
from .pipein import Prefixed
from .sniff import detect_encoding, undetected

if TYPE_CHECKING:
    from .extract import Mention


@click.command()
@click.argument("text", required=False)
@click.option(
    "--file", "-f", "path", type=click.Path(dir_okay=False), help="Read the text from FILE."
)
@oblast_option("Oblast hint for every name (a story about one oblast).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--geojson",
    "as_geojson",
    is_flag=True,
    help="Print a GeoJSON FeatureCollection: a point for each place found (for a map).",
)
@click.option("--sources", help=SOURCES_HELP)
@click.pass_context
@ends_on_signals("extract")  # (Ctrl-C, SIGTERM: "interrupted", 130; "terminated", 143)
def extract(
    ctx: click.Context,
    text: str | None,
    path: str | None,
    oblast: str | None,
    as_json: bool,
    as_geojson: bool,
    sources: str | None,
) -> None:
    """Find the place names in TEXT (or --file, or standard input) and resolve them together."""
    from .cli import gazetteer_from, match_record  # (cli imports this module: not at the top)
    from .extract import find_places

    if text is not None and path is not None:
        raise click.UsageError("give TEXT or --file, not both")
    if as_json and as_geojson:
        raise click.UsageError("give --json or --geojson, not both")
    if text is None:
        text = _read_text(path)
    gz = gazetteer_from(ctx)
    try:
        mentions = find_places(gz, text, oblast=oblast, sources=sources)
    except GazetteerError as error:
        raise click.UsageError(str(error)) from None
    if as_json:
        payload = [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "query": m.query,
                "status": m.resolution.status,
                **match_record(m.resolution.best, gz=gz),  # type: ignore[arg-type]
                **({"misread": m.resolution.misread} if m.resolution.misread else {}),
            }
            for m in mentions
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if as_geojson:
        click.echo(json.dumps(_feature_collection(gz, mentions), ensure_ascii=False, indent=2))
        return
    if not mentions:
        click.echo("no place names found" + _a_file_named(text if path is None else ""), err=True)
        ctx.exit(1)
    header = ("at", "text", "code", "name_uk", "cat", gz.region_word, "score", "status")
    rows = [
        (
            str(m.start),
            m.text,
            best.entry.code,
            best.entry.name_uk,
            best.entry.category,
            best.entry.oblast,
            f"{best.score:.1f}",
            m.resolution.status,
        )
        for m in mentions
        if (best := m.resolution.best) is not None
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def _a_file_named(text: str) -> str:
    """A hint when the TEXT given is the name of a file (``extract news.txt``): the text
    is read as written, so the file's words were never looked at."""
    name = text.strip()
    if not name or any(c.isspace() for c in name) or not os.path.isfile(name):
        return ""
    return f" in the text {name!r}, which is the name of a file: to read it, give --file {name}"


def _read_text(path: str | None) -> str:
    """The text of ``path``, or of standard input when no path or ``-`` is given, decoded as
    normalize decodes its input (:func:`gazetteer.sniff.detect_encoding`: UTF-8, UTF-16 with
    a BOM, Windows-1251)."""
    try:
        if path is None or path == "-":
            if sys.stdin is None or sys.stdin.isatty():  # None: descriptor 0 closed
                raise click.UsageError("give TEXT, --file FILE, or the text on standard input")
            data = Prefixed(b"", sys.stdin.buffer).readall()  # (a signal ends its waits)
        else:
            with open(path, "rb") as f:
                data = f.read()
        encoding, _ = detect_encoding(data, complete=True)
        return data.decode(encoding)
    except OSError as error:
        raise click.UsageError(f"cannot read {path}: {error.strerror}") from None
    except (InputError, UnicodeDecodeError):
        raise click.UsageError(str(undetected(path or "standard input", "the text"))) from None


def _feature_collection(gz: Gazetteer, mentions: list[Mention]) -> dict[str, Any]:
    """The mentions as GeoJSON (RFC 7946): a Point at each answer's coordinates, or a null
    geometry where none is known; each mention's text, place and status as properties."""
    features = []
    for m in mentions:
        best = m.resolution.best
        where = gz.coordinates(best.entry.code) if best is not None else None
        geometry = (
            {"type": "Point", "coordinates": [where.longitude, where.latitude]}
            if where is not None
            else None
        )
        properties: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text}
        properties["status"] = m.resolution.status
        if best is not None:
            e = best.entry
            properties.update(code=e.code, name=e.name, name_uk=e.name_uk, category=e.category)
            properties.update(oblast=e.oblast, score=best.score, match=best.kind)
        properties["precision"] = where.precision if where is not None else None
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}
