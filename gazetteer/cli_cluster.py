"""The ``gazetteer cluster`` command: a column's values that probably name one thing.

Reads the column as ``normalize`` reads a file (:class:`gazetteer.csvio.CsvSource`: the
encoding and delimiter told, ``-`` for standard input; XLSX and Parquet by extension),
counts its values, clusters them (:func:`gazetteer.clusters.cluster_values`) and writes a
table (``cluster``, ``value``, ``count``, ``suggested``), or readable text on a terminal.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import Counter
from typing import Any, TextIO

import click

from .cli_options import column_name
from .cli_signals import ends_on_signals
from .clusters import MAX_RADIUS, METHODS, Cluster, cluster_values
from .errors import GazetteerError, InputError
from .tableio import extension
from .writers import NOT_TEXT_NAMES, atomic_path, output_errors

HEADER = ("cluster", "value", "count", "suggested")


def column_counts(
    path: str, column: str, *, encoding: str | None = None, delimiter: str | None = None
) -> Counter[str]:
    """How often each non-blank value of ``column`` stands in the file (``-``: stdin)."""
    from .batchio import plan_columns
    from .csvio import CsvSource
    from .tableio import open_table, table_format

    if os.path.splitext(path.lower())[1] in (".json", ".jsonl", ".ndjson"):
        raise InputError(f"{path}: JSON input is not read; save it as CSV or TSV (or XLSX)")
    kind = table_format(path) if path != "-" else None
    source: Any = (
        open_table(path, kind) if kind else CsvSource(path, encoding=encoding, delimiter=delimiter)
    )
    counts: Counter[str] = Counter()
    try:
        at = plan_columns(source.header, [column], overwrite=True, source=source)[0][0]
        for chunk in source.chunks():
            for row in chunk.rows:
                cell = row[at] if at < len(row) else None
                if cell is not None and str(cell).strip():
                    counts[str(cell)] += 1
    finally:
        source.close()
    return counts


def keep_unmatched(counts: Counter[str], gazetteer: Any) -> Counter[str]:
    """The values the gazetteer leaves unmatched (neither matched nor ambiguous)."""
    return Counter({v: n for v, n in counts.items() if gazetteer.resolve(v).status == "unmatched"})


def write_table(clusters: list[Cluster], out: TextIO, delimiter: str = ",") -> None:
    """One row a value: its cluster's number (1 the largest), value, count, suggestion."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(HEADER)
    for i, c in enumerate(clusters, 1):
        writer.writerows((i, value, n, c.suggested) for value, n in c.members)


def write_text(clusters: list[Cluster], out: TextIO) -> None:
    """Each cluster as a heading (its suggestion, values, rows) and its values by count."""
    for i, c in enumerate(clusters, 1):
        out.write(f"{i}. {c.suggested}  ({len(c.members)} values, {c.count} rows)\n")
        width = len(str(c.members[0][1]))
        for value, n in c.members:
            out.write(f"   {n:>{width}}  {value}\n")


@click.command("cluster")
@click.argument("input", metavar="INPUT")
@click.option(
    "--column", required=True, callback=column_name, help="The column whose values to cluster."
)
@click.option(
    "--method",
    type=click.Choice(METHODS),
    default="key",
    show_default=True,
    help="key: the same match key, across scripts and noise words; near: keys a typo apart.",
)
@click.option(
    "--radius",
    type=click.IntRange(1, MAX_RADIUS),
    default=1,
    show_default=True,
    help="near: edits allowed between two keys (one for each five letters of a word).",
)
@click.option("-o", "--output", default="-", show_default=True, help="Output file, - for stdout.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "tsv", "text"]),
    help="Default: text on a terminal, else by -o's extension (.tsv), else CSV.",
)
@click.option(
    "--unmatched-only",
    is_flag=True,
    help="Cluster only the values the gazetteer leaves unmatched.",
)
@click.option(
    "--delimiter",
    help="Input delimiter: one character or 'tab' (default: Excel's first line sep=X, or sniffed).",
)
@click.option("--encoding", help="Input encoding (default: BOM, UTF-8, else Windows-1251).")
@click.pass_context
def cluster(
    ctx: click.Context,
    input: str,
    column: str,
    method: str,
    radius: int,
    output: str,
    fmt: str | None,
    unmatched_only: bool,
    delimiter: str | None,
    encoding: str | None,
) -> None:
    """Group the values of a column that probably name one thing, to fix them at once.

    Across scripts and romanisations (Лисичанськ, Лисичанск, Lysychansk), settlement words
    (с. Біляївка, Bilyaivka village) and, with --method near, typos (Volodymr). Writes one
    row a value: cluster (1 the largest), value, count, suggested (the commonest value).
    """
    from .cli import gazetteer_from

    def fail(message: str) -> None:
        click.echo(f"gazetteer cluster: {message}", err=True)
        raise SystemExit(2)

    if output == "-" and sys.stdout is None:  # (descriptor 1 closed: `>&-`)
        fail("standard output is closed: give -o FILE")
    if output != "-" and input != "-" and os.path.realpath(output) == os.path.realpath(input):
        fail(f"the output {output} is the input file: give another name")
    ext = extension(output)
    if ext in (*NOT_TEXT_NAMES, "json", "jsonl", "ndjson"):
        fail(f"{output}: cluster writes CSV, TSV or text, not .{ext}: name it .csv or .tsv")
    if fmt is None:
        tty = output == "-" and sys.stdout is not None and sys.stdout.isatty()
        fmt = "text" if tty else "tsv" if output.lower().endswith(".tsv") else "csv"
    try:
        with ends_on_signals("cluster", None if output == "-" else output):
            counts = column_counts(input, column, encoding=encoding, delimiter=delimiter)
            gz = gazetteer_from(ctx)
            if unmatched_only:
                counts = keep_unmatched(counts, gz)
            clusters = cluster_values(counts.items(), method=method, radius=radius, gazetteer=gz)
            _write(clusters, output, fmt)
    except (GazetteerError, ImportError) as exc:
        fail(str(exc))
    plural = "" if len(clusters) == 1 else "s"
    values = sum(len(c.members) for c in clusters)
    click.echo(f"{len(clusters):,} cluster{plural} of {values:,} values", err=True, nl=False)
    click.echo(f" among {len(counts):,} distinct", err=True)


def _write(clusters: list[Cluster], output: str, fmt: str) -> None:
    def write(out: TextIO) -> None:
        if fmt == "text":
            write_text(clusters, out)
        else:
            write_table(clusters, out, "\t" if fmt == "tsv" else ",")

    if output == "-":
        write(sys.stdout)
        return
    # (beside it, then renamed: a Ctrl-C or a full disk leaves no half-written file)
    with (
        output_errors(output),
        atomic_path(output) as tmp,
        open(tmp, "w", encoding="utf-8", newline="") as out,
    ):
        write(out)
