"""Normalising files: a table streamed through the batch engine, block by block.

A block (about 1 MB of text, or 50,000 rows of Parquet or XLSX) is read, its new distinct
values are resolved (in worker processes when there are many), and it is written in order
(:class:`~gazetteer.filerun.FileRun`). A block of delimited text whose records are all
single lines is written without re-serialising the input: each line's own text, then its
value's pre-serialised fields, so input fields come out byte for byte as they went in.

A regular CSV, TSV or Parquet file is read twice: a pre-scan of the needed columns
(:mod:`gazetteer.prescan`) hands every distinct value to the resolver first, so ambiguous
values are decided with the whole file's geography, not only the blocks before them; then
the blocks are written, a delimited text's second half by a forked process
(:mod:`gazetteer.splitrun`). Standard input, workbooks, context groups and files with more
than :data:`~gazetteer.batch.CACHE_LIMIT` distinct values stream in one pass.

Decisions worth knowing:

* rows with fewer fields than the header are padded with empty fields; empty fields past
  the header's (a delimiter ending each record) are dropped; rows with more stop the run
  (``on_error="stop"``) or come out with status ``error`` and their surplus fields after
  the output fields (``"keep"``); blank lines are rows of empty fields;
* ``--overwrite`` fills output columns the input already has in their place, so a second
  run over an output gives the same layout;
* ``context_column``: a group is a run of consecutive rows with the same context value (and
  hint); runs longer than 50,000 rows are cut. Sort the file by that column first if its
  groups are scattered. Only a run is held in memory, never the file.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .addfields import added_fields
from .batch import Normalizer, Resolver, output_names
from .codes import LOST_DIGITS
from .csvio import CsvSource
from .errors import InputError, OutputError
from .filerun import FileRun, no_gc
from .headerrow import header_further
from .index import chosen_sources
from .points import point_columns
from .prescan import can_prescan, scan_keys
from .tableio import extension, open_table, open_table_sink, repeated_names, table_format
from .writers import (
    NOT_TEXT_NAMES,
    CsvSink,
    JsonlSink,
    atomic_path,
    open_text_output,
    output_errors,
    output_format,
    write_report,
)


@dataclass
class Summary:
    """What a file run did: rows written, statuses per normalised column, seconds taken."""

    rows: int
    status: dict[str, Counter[str]]
    seconds: float
    distinct: int = 0  #: distinct values resolved
    resolve_seconds: float = 0.0  #: of ``seconds``, the time spent resolving them
    scan_seconds: float = 0.0  #: of ``seconds``, a pre-scan's reading (the workers resolving)
    remembered: int = 0  #: distinct values whose outcome an earlier run kept (not resolved)
    #: oblast-column values that name no oblast (not used), with their rows, most first
    unread: list[tuple[str, int]] = field(default_factory=list)
    #: how many rows had a point that could not be read, and the first (the summary's note)
    unread_points: str = ""
    #: values that are KATOTTG codes a spreadsheet stored as numbers, their digits lost
    #: (:func:`~gazetteer.codes.lost_digits_note`), with their rows, most first
    lost_codes: list[tuple[str, int]] = field(default_factory=list)
    region: str = "oblast"  #: what the gazetteer calls its top-level area (``region``: your own)

    def line(self) -> str:
        """The one-line summary the command prints."""
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        parts = []
        for col, c in self.status.items():
            part = (
                f"{col}: {c['matched']:,} matched, {c['ambiguous']:,} ambiguous, "
                f"{c['unmatched']:,} unmatched ({c['blank']:,} blank)"
            )
            parts.append(part + (f", {_count(c['error'], 'error')}" if c["error"] else ""))
        head = (
            f"{_count(self.rows, 'row')} in {self.seconds:.1f} s ({rate:,.0f} rows/s; "
            f"{_count(self.distinct, 'distinct value')} resolved in {self.resolve_seconds:.1f} s"
            + (f", {self.remembered:,} remembered from earlier runs)" if self.remembered else ")")
        )
        if self.unread:
            rows = sum(n for _, n in self.unread)
            shown = ", ".join(f"{h!r} ({n:,})" for h, n in self.unread[:3])
            more = ", ..." if len(self.unread) > 3 else ""
            parts.append(f"{self.region} hint not read in {_count(rows, 'row')}: {shown}{more}")
        if self.unread_points:
            parts.append(self.unread_points)
        if self.lost_codes:
            rows = sum(n for _, n in self.lost_codes)
            shown = ", ".join(f"{v!r} ({n:,})" for v, n in self.lost_codes[:3])
            more = ", ..." if len(self.lost_codes) > 3 else ""
            parts.append(
                f"KATOTTG codes stored as numbers, their last digits lost, in "
                f"{_count(rows, 'row')}: {shown}{more} (store the column as text)"
            )
        return "; ".join([head, *parts])


#: Distinct oblast-column values checked for the summary's note, the most frequent first.
HINTS_CHECKED = 1000


def unread_hints(norm: Normalizer) -> list[tuple[str, int]]:
    """The oblast column's values that name no oblast (so were not used) and their rows."""
    read = getattr(norm.resolver, "hint_oblasts", None)
    if not callable(read) or not norm.paired:
        return []
    return [(h, n) for h, n in norm.run_report.hints.most_common(HINTS_CHECKED) if not read(h)]


def lost_codes(norm: Normalizer) -> list[tuple[str, int]]:
    """The values unmatched as KATOTTG codes stored as numbers, and their rows."""
    report = norm.run_report
    lost = [k for k, out in report.issues.items() if out.note.startswith(LOST_DIGITS)]
    lost.sort(key=lambda k: -report.counts[k])
    return [(str(norm.split(key)[0]), report.counts[(col, key)]) for col, key in lost]


def _check_writable(path: str) -> None:
    """Raise OutputError now if ``path`` cannot be an output file: no such directory, or
    a directory itself."""
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a directory")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {path}: no directory {os.path.dirname(path)}")


def _same_file(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` name one file (through links, ``..`` and the like)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet: compare where they would be
        return os.path.realpath(a) == os.path.realpath(b)


def _check_report(report: str, input: str, output: str) -> None:
    """Refuse a report that would overwrite the input or the output, or share standard
    output with it: either would lose data with no error."""
    if report == "-":
        if output == "-":
            raise OutputError("--report - needs -o FILE: the output already goes to stdout")
        return
    for what, path in (("input", input), ("output", output)):
        if path != "-" and _same_file(report, path):
            raise OutputError(f"the report {report} is the {what} file: give another name")
    ext = extension(report)
    if ext in NOT_TEXT_NAMES:  # (its CSV text under such a name)
        raise OutputError(f"{report}: the report is CSV, .jsonl or .json, not .{ext}")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _bare(name: str) -> str:
    """A column's name as a hint compares it: case, spaces and a stray BOM (U+FEFF) aside."""
    return name.replace("\ufeff", "").strip().casefold()


def plan_columns(
    header: list[str],
    columns: Sequence[str],
    *,
    overwrite: bool,
    extra: Sequence[str] = (),
    added: Sequence[str] = (),
    source: Any = None,
) -> tuple[list[int], list[str], dict[str, int]]:
    """Indices of the columns, the output header, and positions of overwritten columns.

    Unknown or repeated column names raise :class:`InputError` (saying which row of
    ``source``, read on, holds the names: a title above the header); an output name already
    in the header raises too unless ``overwrite``, which fills that column in place.
    """
    index = []
    for name in [*columns, *extra]:
        if not name.strip():  # (an unset variable's; the header's empty column is no place's)
            raise InputError("a column's name is empty: give one, as the header writes it")
        if name not in header:
            alike = [h for h in header if _bare(h) == _bare(name)]
            hint = f" (did you mean {alike[0]!r}?)" if len(alike) == 1 else ""
            if not hint and source is not None:
                hint = header_further(source, [*columns, *extra])
            raise InputError(
                f"no column {name!r} in the input{hint}; its columns are: "
                + ", ".join(repr(h) for h in header)
            )
        if header.count(name) > 1:
            raise InputError(f"column {name!r} appears {header.count(name)} times in the header")
        index.append(header.index(name))
    new = [n for c in columns for n in output_names(c, added)]
    clash = [n for n in new if n in header]
    if clash and not overwrite:
        raise InputError(f"the input already has {', '.join(clash)}; pass --overwrite to replace")
    inplace = {n: header.index(n) for n in clash}
    return index[: len(columns)], header + [n for n in new if n not in inplace], inplace


def normalize_file(
    input: str,
    output: str = "-",
    *,
    columns: Sequence[str],
    oblast_column: str | None = None,
    oblast: str | None = None,
    raion_column: str | None = None,
    hromada_column: str | None = None,
    min_score: float | None = None,
    sources: Sequence[str] | None = None,
    gazetteer: Resolver | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    fmt: str | None = None,
    on_error: str = "stop",
    overwrite: bool = False,
    context_column: str | None = None,
    jobs: int | None = None,
    report: str | None = None,
    progress: Any = None,
    file_context: bool = True,
    prescan: bool = True,
    memo: bool = False,
    add: Sequence[str] = (),
    latitude_column: str | None = None,
    longitude_column: str | None = None,
    near: Any = None,
) -> Summary:
    """Normalise ``columns`` of a file (``-``: stdin/stdout); see the module doc.

    CSV and TSV in and out; JSON Lines out; Parquet and XLSX in and out by extension
    (:mod:`gazetteer.tableio`). The output appears only complete (written beside it, then
    renamed); ``progress`` is called as ``progress(rows, done, total_or_None)`` after each
    block, in bytes for text input and rows for Parquet. ``prescan``: resolve a regular
    file's distinct values in a first pass that reads only the columns it needs
    (:mod:`gazetteer.prescan`), unless there are too many of them; else, or for standard
    input, values are resolved block by block as the file streams. ``raion_column`` and
    ``hromada_column`` name columns read beside each row's name (:mod:`gazetteer.unitcols`).
    ``memo``: read and keep each value's outcome between runs (:mod:`gazetteer.memo`).
    ``add``: fields to add after the eight (``raion``, ``hromada``: :mod:`gazetteer.addfields`).
    ``latitude_column`` and ``longitude_column`` (both or neither) give each row's point, or
    ``near`` one point for every row: the namesake near it comes first (:mod:`gazetteer.points`).
    """
    with no_gc():  # see filerun.no_gc
        start = time.perf_counter()
        named_csv = fmt == "csv" or (not fmt and output.lower().endswith(".csv"))
        fmt = output_format(output, fmt)
        if fmt in ("parquet", "xlsx") and output == "-":
            raise InputError(f"{fmt} output needs a file name (-o out.{fmt}), not standard output")
        repeated = repeated_names(list(columns))
        if repeated:  # its fields would come twice, under the same names
            raise InputError(f"--column {', '.join(map(repr, repeated))} is given more than once")
        if sources is not None:  # a bad source is named now, not after the header is out
            chosen_sources(sources)
        pointed = point_columns(latitude_column, longitude_column, near)
        if input != "-" and output != "-" and _same_file(output, input):
            # (written beside it and renamed, the output would replace the input whole)
            raise OutputError(f"the output {output} is the input file: give another name")
        if report:
            _check_report(report, input, output)
        for target in (output, report):  # say so now, not after the whole run
            if target and target != "-":
                _check_writable(target)
        if os.path.splitext(input.lower())[1] in (".json", ".jsonl", ".ndjson"):
            # (read as CSV, its header would be columns such as '{"place": "Kharkov"')
            raise InputError(
                f"{input}: JSON input is not read; save it as CSV or TSV (or XLSX, Parquet)"
            )
        kind = table_format(input) if input != "-" else None
        source: Any
        if kind:
            source = open_table(input, kind)
        else:
            source = CsvSource(input, encoding=encoding, delimiter=delimiter, on_error=on_error)
        try:
            units = {"raion": raion_column, "hromada": hromada_column}
            extra = [c for c in (oblast_column, context_column, *units.values()) if c is not None]
            extra += [c for c in (latitude_column, longitude_column) if c is not None]
            idx, out_header, inplace = plan_columns(
                source.header,
                columns,
                overwrite=overwrite,
                extra=extra,
                added=added_fields(add),
                source=source,
            )
            # the input's delimiter, unless CSV is asked for: then a comma or a semicolon
            kept = source.delimiter in ",;" or not named_csv
            same = source.delimiter if kept else ","
            out_delim = "\t" if fmt == "tsv" else same
            typed = getattr(source, "typed", False)
            raw = fmt in ("csv", "tsv") and out_delim == source.delimiter and not typed
            raw = raw and not inplace and not context_column
            norm = Normalizer(
                gazetteer,
                oblast=oblast,
                paired=oblast_column is not None,
                min_score=min_score,
                sources=sources,
                on_error=on_error,
                jobs=jobs,
                delimiter=out_delim if raw else None,
                file_context=file_context,
                memo=memo,
                add=add,
                pointed=pointed,
                near=near,
            )
            run = FileRun(source, norm, list(columns), idx, out_header, inplace, raw, progress)
            if oblast_column:
                run.hint_idx = source.header.index(oblast_column)
            if context_column:
                run.ctx_idx = source.header.index(context_column)
            run.units = [(source.header.index(c), level) for level, c in units.items() if c]
            if pointed:
                run.point_idx = (
                    source.header.index(latitude_column),
                    source.header.index(longitude_column),
                )
            bom = source.bom and fmt in ("csv", "tsv")
            near_report = bool(pointed) or near is not None

            try:
                if prescan and not context_column and can_prescan(input, source):
                    run.marks = []
                    run.keys = scan_keys(
                        input, source, idx, run.hint_idx, run.marks, run.units, run.point_idx
                    )
                if fmt in ("parquet", "xlsx"):
                    types = getattr(source, "types", {})
                    types = {k: t for k, t in types.items() if k not in inplace}
                    title = getattr(source, "title", "Sheet1")
                    with output_errors(output), atomic_path(output) as tmp:
                        with open_table_sink(tmp, fmt, types=types, title=title) as sink:
                            run.write(sink)
                        _settle(norm, report, near_report)
                elif output == "-":
                    with output_errors("standard output"):
                        stream = open_text_output(sys.stdout.buffer, bom=bom)
                        run.write(_text_sink(stream, fmt, out_delim, source, typed))
                        stream.flush()
                        stream.detach()  # type: ignore[attr-defined]  # (a TextIOWrapper)
                    _settle(norm, report, near_report)
                else:
                    with output_errors(output), atomic_path(output) as tmp:
                        with open_text_output(tmp, bom=bom) as stream:
                            run.write(_text_sink(stream, fmt, out_delim, source, typed))
                        _settle(norm, report, near_report)
            except BaseException:
                norm.close(abort=True)
                raise
        finally:
            source.close()
        seconds = time.perf_counter() - start
        summary = Summary(
            run.rows, norm.status, seconds, norm.resolved, norm.resolve_seconds, norm.scan_seconds,
            norm.memo.hits if norm.memo is not None else 0, unread_hints(norm),
            run.point_reader.line("row" if getattr(source, "typed", False) else "line"),
            lost_codes(norm), getattr(norm.resolver, "region_word", "oblast"),
        )  # fmt: skip
        del run, norm  # freed by their counts, before the collector is back to walk them all
        return summary


def _settle(norm: Normalizer, report: str | None, near: bool) -> None:
    """End the run's resolving (the memo saved) and write its report: before the output is
    renamed into place, so that a Ctrl-C or a failure here leaves no output either."""
    norm.close()
    if report:
        write_report(report, norm.report(), near)


def _text_sink(
    stream: Any, fmt: str, delimiter: str, source: Any, typed: bool = False
) -> CsvSink | JsonlSink:
    """The output's sink; a CSV or TSV one begins with Excel's ``sep=`` line, naming its own
    delimiter, when the input began with one."""
    if fmt == "jsonl":
        return JsonlSink(stream)
    sep = getattr(source, "sep", None) is not None
    return CsvSink(stream, delimiter, source.eol, typed=typed, sep=sep)
