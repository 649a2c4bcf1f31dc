"""Writing batch output: atomic files, UTF-8 text streams, CSV and JSON Lines sinks, reports.

A sink takes the output header once (:meth:`write_header`), then blocks of rows
(:meth:`write_rows`) or, for delimited text, blocks already serialised (:meth:`write_text`,
or in UTF-8 :meth:`~CsvSink.write_bytes`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .errors import InputError, OutputError
from .tableio import extension, repeated_names, table_format

#: A compressed file's extensions: no output is written so.
PACKED = ("gz", "bz2", "xz", "zst", "zip", "7z")
#: The extensions of files no text is written under: compressed ones, workbooks, Parquet.
NOT_TEXT_NAMES = (*PACKED, "xlsx", "xls", "parquet")


def output_format(output: str, fmt: str | None) -> str:
    """``csv``, ``tsv``, ``jsonl``, ``parquet`` or ``xlsx``: as asked, else by the output's
    extension (``.ndjson`` too is JSON Lines; ``.json`` is refused, the lines being no JSON
    array, and so is a compressed file's, ``.gz``: the text is not packed), else csv. A
    text ``fmt`` under a workbook's or an archive's name is refused: no program opens it."""
    ext = extension(output)
    if fmt and (ext in PACKED or table_format(output)):  # (CSV text in out.xlsx)
        raise OutputError(
            f"{output}: --format {fmt} writes text, not the .{ext} its name says: "
            f"leave --format out, or name it .{fmt}"
        )
    if fmt:
        return fmt
    if ext == "json":  # (it was CSV under a name that says JSON)
        raise OutputError(
            f"{output}: normalize writes JSON Lines, one record a line, not a JSON array: "
            "name it .jsonl (or give --format jsonl)"
        )
    if ext in PACKED:  # (a plain text under it: gunzip says "not in gzip format")
        raise OutputError(
            f"{output}: the output is not compressed, as .{ext} says: name it "
            f"{output[: -len(ext) - 1]} and compress it after"
        )
    ext = "jsonl" if ext == "ndjson" else ext
    return ext if ext in ("tsv", "jsonl") else table_format(output) or "csv"


@contextlib.contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """Yield a temporary path beside ``path``; rename it to ``path`` only on success.

    On any exception, KeyboardInterrupt included, the temporary file is removed and the
    exception propagates; ``path`` is never left half written. A replaced file keeps its
    permissions. A symbolic link stays: its target is replaced. What is not a regular file
    (a device such as /dev/null, a named pipe) is written straight, never replaced.
    """
    try:
        mode: int | None = os.stat(path).st_mode  # (through links: what is written to)
    except OSError:
        mode = None  # a new file
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {path}: it is a directory")
    if mode is not None and not stat.S_ISREG(mode):
        yield path  # nothing to rename over: a device or a pipe takes the bytes as they come
        return
    if os.path.islink(path):  # (/dev/stdout is one too, to a device or a pipe: written above)
        path = os.path.realpath(path)
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{os.path.basename(path)}.", suffix=".part", dir=directory
        )
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, _new_mode() if mode is None else stat.S_IMODE(mode))
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _new_mode() -> int:
    """The permissions ``open`` gives a new file (mkstemp's are 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def output_errors(name: str) -> Iterator[None]:
    """Turn an OSError raised while writing ``name`` (a full disk, a quota, an I/O error)
    into an :class:`OutputError` that says so in one line. A closed pipe is left to the
    caller, which ends quietly."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from None


def open_text_output(target: str | IO[bytes], *, bom: bool) -> IO[str]:
    """A UTF-8 text stream over a path or a binary stream, with a BOM if asked."""
    encoding = "utf-8-sig" if bom else "utf-8"
    if isinstance(target, str):
        return open(target, "w", encoding=encoding, newline="")
    return io.TextIOWrapper(target, encoding=encoding, newline="", write_through=False)


def csv_writer(stream: IO[str], delimiter: str, eol: str) -> csv._writer:  # type: ignore[name-defined]
    """The one writer dialect of the package: minimal RFC 4180 quoting."""
    return csv.writer(stream, delimiter=delimiter, quotechar='"', lineterminator=eol)


def serialize(fields: list[str] | tuple[str, ...], delimiter: str) -> str:
    """Fields as one delimited, quoted text without a line ending."""
    if len(fields) > 1:
        try:  # (join takes only text: a number goes to the writer, which writes it as text)
            joined = delimiter.join(fields)
        except TypeError:
            joined = ""
        # no field needs quotes: the usual case, made quick (three scans of the text in C
        # cost a twentieth of a set of its characters: 30,000 cells of a file, 0.02 s)
        plain = '"' not in joined and "\n" not in joined and "\r" not in joined
        if plain and joined.count(delimiter) == len(fields) - 1:
            return joined
    buf = io.StringIO()
    csv_writer(buf, delimiter, "\n").writerow(fields)
    return buf.getvalue()[:-1]


class CsvSink:
    """Delimited output: header, then rows or pre-serialised text."""

    def __init__(
        self, stream: IO[str], delimiter: str, eol: str, *, typed: bool = False, sep: bool = False
    ) -> None:
        self.stream = stream
        #: Excel's line ``sep=X`` (X the delimiter) comes first, as it did in the input
        self.sep = sep
        self.delimiter = delimiter
        self.eol = eol
        #: the rows hold typed cells (Parquet, XLSX): a missing number (NaN) is an empty field
        self.typed = typed
        self._writer = csv_writer(stream, delimiter, eol)
        self._held = False  #: text may wait in the stream's buffer (see :meth:`write_bytes`)

    def write_header(self, columns: list[str]) -> None:
        if self.sep:
            self.stream.write(f"sep={self.delimiter}{self.eol}")
        self._writer.writerow(columns)
        self._held = True

    def write_rows(self, rows: list[list[str]]) -> None:
        if self.typed:
            rows = [[_present(v) for v in row] for row in rows]
        self._writer.writerows(rows)
        self._held = True

    def write_text(self, text: str) -> None:
        self.stream.write(text)
        self._held = True

    def write_bytes(self, data: bytes) -> None:
        """Records already serialised, in UTF-8 (the output's encoding), written past the
        stream's text layer, after what waits in it."""
        buffer = getattr(self.stream, "buffer", None)
        if buffer is None:  # (a stream of text only)
            self.stream.write(data.decode("utf-8"))
            return
        if self._held:
            self.stream.flush()
            self._held = False
        buffer.write(data)

    def twin(self, stream: IO[str]) -> CsvSink:
        """The same output on another stream (a part of the file written elsewhere)."""
        return CsvSink(stream, self.delimiter, self.eol, typed=self.typed)


def _present(value: Any) -> Any:
    """A typed cell as a text output holds it: a NaN (a Parquet float column's missing
    value) as an empty field, as a null is, not ``nan``; any other value as it is."""
    return "" if type(value) is float and value != value else value


#: The key of a JSON Lines record that holds a malformed row's fields beyond the header's.
EXTRA_KEY = "_extra"


class JsonlSink:
    """JSON Lines output: one object per row, keys in column order.

    Values are strings from text input; typed cells (Parquet, XLSX) keep JSON's numbers,
    booleans and nulls, and dates and other types are written as their text.
    """

    delimiter = None

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self._columns: list[str] = []

    def write_header(self, columns: list[str]) -> None:
        dupes = repeated_names(columns)
        if dupes:
            raise InputError(f"JSON Lines output needs unique column names; repeated: {dupes}")
        self._columns = columns

    def twin(self, stream: IO[str]) -> JsonlSink:
        """The same output on another stream (a part of the file written elsewhere)."""
        twin = JsonlSink(stream)
        twin._columns = self._columns
        return twin

    def write_rows(self, rows: list[list[str]]) -> None:
        cols, n = self._columns, len(self._columns)
        self.stream.write(
            "".join(
                [
                    _json(self._record(row) if len(row) > n else dict(zip(cols, row, strict=False)))
                    + "\n"
                    for row in rows
                ]
            )
        )

    def _record(self, row: list[str]) -> dict[str, Any]:
        """A row with more fields than columns (a malformed row kept by ``on_error="keep"``):
        the surplus fields go in a list under :data:`EXTRA_KEY`, not dropped."""
        n = len(self._columns)
        return {**dict(zip(self._columns, row[:n], strict=True)), EXTRA_KEY: row[n:]}


def _json(record: dict[str, Any]) -> str:
    """A record as one line of JSON; a float NaN or infinity (a Parquet cell), which JSON
    has not, is null (``json.dumps`` would write ``NaN``, which JSON readers refuse)."""
    try:
        return json.dumps(record, ensure_ascii=False, default=str, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(record), ensure_ascii=False, default=str)


def _finite(value: Any) -> Any:
    """``value`` with every non-finite float in it (in lists and dicts too) made None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


REPORT_COLUMNS = ["column", "value", "hint", "status", "count", "candidates", "error", "note"]
NEAR_COLUMNS = [*REPORT_COLUMNS[:3], "near", *REPORT_COLUMNS[3:]]


def write_report(path: str, records: Iterable[dict[str, Any]], near: bool = False) -> None:
    """Write report records: JSON Lines if ``path`` ends in ``.jsonl``, a JSON array if in
    ``.json``, else CSV; ``-`` is standard output, in CSV. ``near``: the records have each
    value's point (a run with points), a column after the hint.

    In CSV the candidates are one field, ``code name (oblast) score`` joined by ``; ``.
    """
    if path == "-":
        with output_errors("the report on standard output"):
            stream = open_text_output(sys.stdout.buffer, bom=False)
            _write_records(stream, path, records, near)
            stream.flush()
            stream.detach()  # type: ignore[attr-defined]  # (a TextIOWrapper): stdout stays open
        return
    with (
        output_errors(path),
        atomic_path(path) as tmp,
        open(tmp, "w", encoding="utf-8", newline="") as f,
    ):
        _write_records(f, path, records, near)


def _write_records(
    f: IO[str], path: str, records: Iterable[dict[str, Any]], near: bool = False
) -> None:
    """The report's records on ``f``, in the format ``path``'s extension asks for."""
    if path.lower().endswith(".jsonl"):
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    if path.lower().endswith(".json"):  # (the report is bounded: REPORT_LIMIT values)
        json.dump(list(records), f, ensure_ascii=False, indent=2)
        f.write("\n")
        return
    writer = csv_writer(f, ",", "\n")
    columns = NEAR_COLUMNS if near else REPORT_COLUMNS
    writer.writerow(columns)
    for rec in records:
        cands = "; ".join(
            f"{c['code']} {c['name']} ({c['oblast']}) {c['score']}" for c in rec["candidates"]
        )
        note = rec.get("note", "")
        writer.writerow([*(rec[k] for k in columns[:-3]), cands, rec["error"], note])
