"""The ``gazetteer normalize`` command: parse options, call :func:`normalize_file`, report.

Registered in the ``gazetteer`` group by ``main.add_command(normalize)``.
"""

from __future__ import annotations

import math
import sys
import time

import click

from .batch import ON_ERROR
from .batchio import normalize_file
from .cli_options import column_name, oblast_option
from .cli_signals import ends_on_signals
from .errors import GazetteerError
from .points import one_point


class _Progress:
    """A one-line progress display on stderr: rows, rows/s, share done and ETA if known."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.last = 0.0
        self.shown = False

    def __call__(self, rows: int, done: int, total: int | None) -> None:
        now = time.perf_counter()
        if now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        text = f"{rows:,} rows  {rows / elapsed:,.0f} rows/s"
        if total and 0 < done <= total:
            eta = elapsed * (total - done) / done
            text += f"  {100 * done / total:3.0f}%  ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        sys.stderr.write(f"\r{text}\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def note(self, text: str) -> None:
        """Say what is happening before rows are written (the first pass, resolving)."""
        sys.stderr.write(f"\r{text}\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"gazetteer normalize: {message}", err=True)
    raise SystemExit(code)


@click.command("normalize")
@click.argument("input", metavar="INPUT")
@click.option("-o", "--output", default="-", show_default=True, help="Output file, - for stdout.")
@click.option(
    "--column",
    "columns",
    multiple=True,
    required=True,
    callback=column_name,
    help="Column to normalise (repeatable).",
)
@click.option(
    "--oblast-column", callback=column_name, help="Column whose value is each row's oblast hint."
)
@oblast_option("One oblast hint for every row.", short=False)  # (-o: the output)
@click.option(
    "--raion-column",
    callback=column_name,
    help="Column naming each row's raion (read beside the name).",
)
@click.option(
    "--hromada-column",
    callback=column_name,
    help="Column naming each row's hromada (read beside the name).",
)
@click.option(
    "--latitude-column",
    callback=column_name,
    help="Column of each row's latitude (with --longitude-column).",
)
@click.option(
    "--longitude-column",
    callback=column_name,
    help="Column of each row's longitude (with --latitude-column).",
)
@click.option(
    "--near",
    metavar="LAT,LON",
    help="One point for every row (degrees): the namesake near it comes first.",
)
@click.option("--min-score", type=click.FloatRange(0, 100), help="Scores below this are unmatched.")
@click.option(
    "--delimiter",
    help="Input delimiter: one character or 'tab' (default: Excel's first line sep=X, or sniffed).",
)
@click.option("--encoding", help="Input encoding (default: BOM, UTF-8, else Windows-1251).")
@click.option(
    "--report",
    type=click.Path(dir_okay=False),
    help="Write unmatched/ambiguous values (CSV; .jsonl, .json by name; - for stdout).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Processes resolving values, this one included (default: the CPUs).",
)
@click.option(
    "--on-error",
    type=click.Choice(ON_ERROR),
    default="stop",
    show_default=True,
    help="Malformed rows: stop with the line number, or keep them with status 'error'.",
)
@click.option("--overwrite", is_flag=True, help="Replace output columns the input already has.")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "tsv", "jsonl"]), help="Default: by extension."
)
@click.option(
    "--context-column",
    callback=column_name,
    help="Rows in a run sharing this value resolve as one group.",
)
@click.option("--sources", help="Comma-separated name sources (default: all).")
@click.option(
    "--prescan/--no-prescan",
    default=True,
    show_default=True,
    help="Read a regular file twice: resolve every distinct value first, then write.",
)
@click.option(
    "--file-context/--no-file-context",
    default=True,
    show_default=True,
    help="Ambiguous names lean to the raions and oblasts of the file's sure names.",
)
@click.option(
    "--add",
    "add",
    help="Fields to add after the eight, comma-separated: oblast, raion, hromada (names, "
    "codes), coordinates (latitude, longitude, precision).",
)
@click.option(
    "--memo/--no-memo",
    default=True,
    show_default=True,
    help="Keep each value's answer in the user cache: a later run resolves only new values.",
)
@click.pass_context
def normalize(
    ctx: click.Context,
    input: str,
    output: str,
    columns: tuple[str, ...],
    oblast_column: str | None,
    oblast: str | None,
    raion_column: str | None,
    hromada_column: str | None,
    latitude_column: str | None,
    longitude_column: str | None,
    near: str | None,
    min_score: float | None,
    delimiter: str | None,
    encoding: str | None,
    report: str | None,
    jobs: int | None,
    on_error: str,
    overwrite: bool,
    fmt: str | None,
    context_column: str | None,
    sources: str | None,
    prescan: bool,
    file_context: bool,
    memo: bool,
    add: str | None,
) -> None:
    """Add canonical KATOTTG fields for the place names in columns of a table.

    INPUT is CSV or TSV (or '-'), XLSX or Parquet by extension; the output's format follows
    -o's extension (.csv, .tsv, .jsonl/.ndjson, .xlsx, .parquet) or --format.

    For each --column C the output gets C_code, C_name, C_name_uk, C_category, C_oblast,
    C_score, C_status and C_match after the input's own columns. INPUT and -o may be '-'.
    A summary line goes to stderr.
    """
    if sys.stdout is None and "-" in (output, report):  # (descriptor 1 closed: `>&-`)
        _fail(f"standard output is closed: give {'-o' if output == '-' else '--report'} FILE")
    if oblast_column and oblast:
        _fail("give --oblast-column or --oblast, not both")
    if (latitude_column is None) != (longitude_column is None):
        given = "--latitude-column" if longitude_column is None else "--longitude-column"
        lacking = "--longitude-column" if longitude_column is None else "--latitude-column"
        _fail(f"{given} needs {lacking}: a point is both")
    if near is not None and latitude_column:
        _fail("give --latitude-column and --longitude-column or --near, not both")
    if near is not None:
        try:
            one_point(near)
        except GazetteerError as exc:
            _fail(f"--near: {exc}")
    if min_score is not None and math.isnan(min_score):  # (FloatRange lets nan through)
        _fail("--min-score must be a number from 0 to 100, not nan")
    gazetteer = None
    if (ctx.find_root().obj or {}).get("gazetteer_path"):  # the group's --gazetteer FILE
        from .cli import gazetteer_from

        gazetteer = gazetteer_from(ctx)
    if oblast:
        from . import Gazetteer
        from .cli import unread_hint

        hinting = gazetteer if gazetteer is not None else Gazetteer.default()
        if not hinting.hint_oblasts(oblast):
            click.echo(unread_hint(oblast, hinting.region_word), err=True)
    progress = _Progress() if sys.stderr.isatty() else None
    if progress is not None:
        progress.note("reading the file and resolving its distinct values...")
    try:
        with ends_on_signals("normalize", None if output == "-" else output):
            summary = normalize_file(
                input,
                output,
                columns=list(columns),
                oblast_column=oblast_column,
                oblast=oblast,
                raion_column=raion_column,
                hromada_column=hromada_column,
                latitude_column=latitude_column,
                longitude_column=longitude_column,
                near=near,
                min_score=min_score,
                # an empty --sources is refused as lookup refuses it, not taken as "all"
                sources=None
                if sources is None
                else [s.strip() for s in sources.split(",") if s.strip()],
                encoding=encoding,
                delimiter=delimiter,
                fmt=fmt,
                on_error=on_error,
                overwrite=overwrite,
                context_column=context_column,
                jobs=jobs,
                report=report,
                progress=progress,
                gazetteer=gazetteer,
                file_context=file_context,
                prescan=prescan,
                memo=memo,
                add=[a.strip() for a in add.split(",") if a.strip()] if add else (),
            )
    except (GazetteerError, ImportError) as exc:
        _fail(str(exc))
    finally:
        if progress is not None:
            progress.close()
    click.echo(summary.line(), err=True)
