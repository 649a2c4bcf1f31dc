"""The ``gazetteer`` command: parse options, call the library, format. No logic lives here."""

from __future__ import annotations

import gc
import json
import math
import sys
from importlib import import_module
from typing import Any

import click

from translit.closedpipe import ends_quietly_on_closed_pipe

from . import storage
from .abroad import NAMED_SO
from .cli_options import oblast_option
from .cli_signals import ends_on_failed_write, ends_on_signals
from .cli_tables import beyond_hint_note, candidates_table, print_regions
from .codes import lost_digits_note
from .coordinates import Coordinates
from .errors import GazetteerError
from .gazetteer import Gazetteer
from .index import SOURCES_HELP, chosen_sources
from .model import Entry, Match
from .noplace import is_country_name
from .readback import misread_record, read_as_written


def gazetteer_from(ctx: click.Context) -> Gazetteer:
    """The gazetteer the command runs on: ``--gazetteer FILE`` or the embedded KATOTTG."""
    path = (ctx.find_root().obj or {}).get("gazetteer_path")
    if not path and sys.stderr is not None and sys.stderr.isatty():  # (a person waits)
        storage.build_notice = _tell_building
    try:
        gz = Gazetteer.from_file(path) if path else Gazetteer.default()
    except (GazetteerError, OSError) as error:
        raise click.UsageError(str(error)) from None
    # (all that is loaded lives as long as the command: no collection walks it again, 5% of
    # a lookup's instructions, and forked workers share its pages untouched: gc.freeze's docs)
    gc.freeze()
    return gz


def _tell_building(what: str) -> None:
    """Say on standard error why a first run (or the first after an upgrade) waits."""
    where = storage.cache_dir()
    click.echo(f"building {what} once, a few seconds; later runs read it from {where}", err=True)


#: The commands whose modules (the batch engine, text extraction) are imported only when
#: the command runs or help lists it, so that ``lookup`` starts without them.
_LAZY_COMMANDS = {"cluster": "cli_cluster", "extract": "cli_extract", "normalize": "cli_normalize"}


class _Commands(click.Group):
    """The ``gazetteer`` group: every command ends alike when the reader of its standard
    output leaves (``| head -1``): quietly, with exit code
    :data:`translit.closedpipe.BROKEN_PIPE`, as ``translit`` does."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, those imported on first use (:data:`_LAZY_COMMANDS`) too."""
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """A command, its module imported when it is first asked for (see
        :data:`_LAZY_COMMANDS`)."""
        module = _LAZY_COMMANDS.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            self.add_command(getattr(import_module(f".{module}", __package__), cmd_name))
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        with ends_quietly_on_closed_pipe(), ends_on_failed_write(ctx):
            try:
                return super().invoke(ctx)
            finally:  # what is still buffered goes now, where a closed pipe is caught
                if sys.stdout is not None:
                    sys.stdout.flush()


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--gazetteer",
    "gazetteer_path",
    type=click.Path(dir_okay=False),
    help="Use your own gazetteer file (TSV/CSV, see the README) instead of KATOTTG.",
)
@click.version_option(package_name="placematch")
@click.pass_context
def main(ctx: click.Context, gazetteer_path: str | None) -> None:
    """Find the canonical gazetteer entry for place names however they are written."""
    ctx.obj = {"gazetteer_path": gazetteer_path}


@main.command()
@click.argument("query")
@oblast_option("Oblast hint in any form: 'Kherson Oblast', 'UA-65', ...")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(1, 100),
    default=5,
    show_default=True,
    help="How many candidates to show, best first.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--explain", is_flag=True, help="Show why each candidate scored as it did.")
@click.option("--sources", help=SOURCES_HELP)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 100),
    help="Hide candidates scoring below this, but those listed beside an answer"
    " (default 80; 0 shows every near miss).",
)
@click.option(
    "--near",
    metavar="LAT,LON",
    help="A point where the place lies (degrees): the namesake near it comes first.",
)
@click.pass_context
@ends_on_signals("lookup")  # (Ctrl-C, SIGTERM: "interrupted", 130; "terminated", 143)
def lookup(
    ctx: click.Context,
    query: str,
    oblast: str | None,
    limit: int,
    as_json: bool,
    explain: bool,
    sources: str | None,
    min_score: float | None,
    near: str | None,
) -> None:
    """Look up QUERY: the best candidates, best first. QUERY '-' reads one name a line from
    standard input and prints each one's answer (TSV, or JSON Lines with --json)."""
    if min_score is not None and math.isnan(min_score):  # (FloatRange lets nan through)
        raise click.BadParameter("a number from 0 to 100, not nan", param_hint="'--min-score'")
    try:
        chosen_sources(sources)  # (checked before any input is read: an empty stdin too)
    except GazetteerError as error:
        raise click.UsageError(str(error)) from None
    gz = gazetteer_from(ctx)
    if query == "-":
        from .cli_lines import lookup_lines

        lookup_lines(ctx, gz, oblast, as_json, sources, min_score, near, explain)
        return
    try:
        options: dict[str, Any] = {"oblast": oblast, "sources": sources, "min_score": min_score}
        matches = gz.lookup(query, limit=limit, **options)
        # the resolution's order (a point, a settlement word, the likelier namesake first);
        # the raw ranking past what it lists
        resolution = gz.resolve(query, near=near, **options)
        if resolution.best is not None:
            listed = [*resolution.candidates, *resolution.also_tied]
            codes = {m.entry.code for m in listed}
            matches = [*listed, *(m for m in matches if m.entry.code not in codes)][:limit]
    except GazetteerError as error:
        raise click.UsageError(str(error)) from None
    if oblast and not gz.hint_oblasts(oblast):
        click.echo(unread_hint(oblast, gz.region_word), err=True)
    if not matches:
        shown = query if len(query) <= 80 else query[:77] + "..."
        why = " (the country's name: give a place in it)" if is_country_name(query) else ""
        note = lost_digits_note(gz, query)  # 4.406E+16: a code stored as a number
        if oblast and not note:  # (Хмільник, --oblast UA-68: the city lies in UA-05)
            note = beyond_hint_note(gz, query, sources=sources, min_score=min_score)
        why = f" ({note})" if note else why
        click.echo(f"no match for {shown!r}{why}", err=True)
        if as_json:  # still JSON for the program reading it: no candidates
            click.echo("[]")
        ctx.exit(1)
    if as_json:
        # (each record: the query's status, as the table's "? unsure" line and lookup -'s
        # status say it, and its misreading)
        read = {"status": resolution.status, **misread_record(query, resolution.misread)}
        payload = [{**match_record(m, explain=explain, gz=gz), **read} for m in matches]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    status = resolution.status
    unsure = status == "ambiguous"
    answered = status != "unmatched"
    table = candidates_table(
        gz, matches, explain=explain, unsure=unsure, query=query, answered=answered
    )
    click.echo(table)
    if resolution.misread:  # Ð¥Ð°Ñ€ÐºÑ–Ð²: Харків, its bytes misread
        click.echo(
            f"read as {read_as_written(query)[0]!r}: the text was mojibake ({resolution.misread})"
        )
    if status == "unmatched":  # candidates, but none an answer (abroad, a loose reading)
        first = resolution.candidates[:1]  # (its reasons: the city abroad it names)
        abroad = [w for m in first for w in m.explain if w.startswith(NAMED_SO)][:1]
        click.echo(
            f"no answer: unmatched{''.join(f', {w}' for w in abroad)}; the candidates above"
            " are near misses (normalize leaves the value unmatched)",
            err=True,
        )
        ctx.exit(1)


def unread_hint(hint: str, region: str = "oblast") -> str:
    """The note printed when an oblast hint names no oblast (it is then not used); ``region``:
    what the gazetteer calls one (:attr:`Gazetteer.region_word`)."""
    return f"note: the hint {hint!r} names no {region}, nor a place in one; it was not used"


def match_record(
    match: Match, *, explain: bool = False, gz: Gazetteer | None = None
) -> dict[str, Any]:
    """The JSON form of a match (the keys the README documents); with ``gz``, its
    coordinates too."""
    record: dict[str, Any] = {
        **_entry_record(match.entry),
        "score": match.score,
        "match": match.kind,
        "matched_name": match.matched_name,
        "ambiguous": match.ambiguous,
    }
    if gz is not None:
        record["coordinates"] = coordinates_record(gz.coordinates(match.entry.code))
    if explain:
        record["explain"] = list(match.explain)
    return record


def coordinates_record(where: Coordinates | None) -> dict[str, Any] | None:
    """The JSON form of an entry's coordinates (None: no point known)."""
    if where is None:
        return None
    return {
        "latitude": where.latitude,
        "longitude": where.longitude,
        "precision": where.precision,
        "of": where.code,
    }


@main.command()
@click.argument("code")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def info(ctx: click.Context, code: str, as_json: bool) -> None:
    """Show the entry CODE (a KATOTTG code, or an OCHA P-code) and the units above and
    directly below it."""
    gz = gazetteer_from(ctx)
    entry = gz.get(code)
    if entry is None:
        from .codes import by_code

        coded = by_code(gz, code)
        entry = gz.entries[coded[0].position] if coded and len(coded) == 1 else None
    if entry is None:  # (info Kyiv: a name, where a code was asked for)
        name = "" if any(c.isdigit() for c in code) else f"; for a name: gazetteer lookup {code!r}"
        click.echo(f"no entry with code {code!r}{name}", err=True)
        ctx.exit(1)
    chain = gz.hierarchy(entry.code)
    children = gz.children(entry.code)
    where = gz.coordinates(entry.code)
    if as_json:
        payload = {
            **_entry_record(entry),
            "coordinates": coordinates_record(where),
            "hierarchy": [_entry_record(e) for e in chain],
            "children": [_entry_record(e) for e in children],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for depth, unit in enumerate(chain):
        click.echo(f"{'  ' * depth}{unit.code}  {unit.category}  {unit.name_uk} ({unit.name})")
    if entry.oblast:  # (your own gazetteer's region is its own name: said once)
        named = entry.oblast_name if entry.oblast_name != entry.oblast else ""
        click.echo(f"{gz.region_word}: {entry.oblast} {named}".rstrip())
    if where is not None:
        of = "" if where.code == entry.code else f": {gz.entry(where.code).name}, {where.code}"
        point = f"{where.latitude:.5f}, {where.longitude:.5f}"
        click.echo(f"coordinates: {point} ({where.precision}{of})")
    if children:
        click.echo(f"{len(children)} units below:")
        for child in children[:50]:
            click.echo(f"  {child.code}  {child.category}  {child.name_uk} ({child.name})")
        if len(children) > 50:
            click.echo(f"  ... and {len(children) - 50} more")


def _entry_record(e: Entry) -> dict[str, str]:
    return {
        "code": e.code,
        "name": e.name,
        "name_uk": e.name_uk,
        "category": e.category,
        "oblast": e.oblast,
        "oblast_name": e.oblast_name,
        "raion": e.raion,
        "hromada": e.hromada,
    }


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def oblasts(ctx: click.Context, as_json: bool) -> None:
    """List the top-level units: KATOTTG prefix, ISO 3166-2 code and names (a gazetteer of
    your own: its regions and their entries)."""
    gz = gazetteer_from(ctx)
    if gz.oblasts is None:
        print_regions(gz, as_json)
        return
    units = gz.oblasts.oblasts
    if as_json:
        click.echo(json.dumps([u.__dict__ for u in units], ensure_ascii=False, indent=2))
        return
    for u in units:
        click.echo(f"{u.prefix}  {u.iso:<6} {u.name_uk:<26} {u.name:<26} {u.name_en}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the reconciliation API (for OpenRefine) until interrupted."""
    from .serve import address, make_server

    gz = gazetteer_from(ctx)
    gz.warm()
    try:
        server = make_server(gz, host, port)
    except OSError as error:
        raise click.UsageError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    click.echo(
        f"reconciliation service at http://{address(server)}/reconcile\n"
        "In OpenRefine: Reconcile > Start reconciling > Add standard service, paste that "
        "address. Ctrl-C stops.",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
