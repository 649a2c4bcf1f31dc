"""Writing batch output: atomic files, UTF-8 text streams, CSV and JSON Lines sinks, reports.

A sink takes the output header once (:meth:`write_header`), then blocks of rows
(:meth:`write_rows`) or, for delimited text, blocks already serialised (:meth:`write_text`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .csvio import InputError
from .errors import OutputError


@contextlib.contextmanager
def atomic_path(path: str) -> Iterator[str]:
    """Yield a temporary path beside ``path``; rename it to ``path`` only on success.

    On any exception, KeyboardInterrupt included, the temporary file is removed and the
    exception propagates; ``path`` is never left half written.
    """
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
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def open_text_output(target: str | IO[bytes], *, bom: bool) -> IO[str]:
    """A UTF-8 text stream over a path or a binary stream, with a BOM if asked."""
    encoding = "utf-8-sig" if bom else "utf-8"
    if isinstance(target, str):
        return open(target, "w", encoding=encoding, newline="")
    return io.TextIOWrapper(target, encoding=encoding, newline="", write_through=False)


def csv_writer(stream: IO[str], delimiter: str, eol: str) -> csv._writer:  # type: ignore[name-defined]
    """The one writer dialect of the package: minimal RFC 4180 quoting."""
    return csv.writer(stream, delimiter=delimiter, quotechar='"', lineterminator=eol)


_QUOTE_CHARS = frozenset('"\r\n')


def serialize(fields: list[str] | tuple[str, ...], delimiter: str) -> str:
    """Fields as one delimited, quoted text without a line ending."""
    if len(fields) > 1 and all(type(f) is str for f in fields):
        joined = delimiter.join(fields)  # no field needs quotes: the usual case, made quick
        if joined.count(delimiter) == len(fields) - 1 and not _QUOTE_CHARS.intersection(joined):
            return joined
    buf = io.StringIO()
    csv_writer(buf, delimiter, "\n").writerow(fields)
    return buf.getvalue()[:-1]


class CsvSink:
    """Delimited output: header, then rows or pre-serialised text."""

    def __init__(self, stream: IO[str], delimiter: str, eol: str) -> None:
        self.stream = stream
        self.delimiter = delimiter
        self.eol = eol
        self._writer = csv_writer(stream, delimiter, eol)

    def write_header(self, columns: list[str]) -> None:
        self._writer.writerow(columns)

    def write_rows(self, rows: list[list[str]]) -> None:
        self._writer.writerows(rows)

    def write_text(self, text: str) -> None:
        self.stream.write(text)

    def twin(self, stream: IO[str]) -> CsvSink:
        """The same output on another stream (a part of the file written elsewhere)."""
        return CsvSink(stream, self.delimiter, self.eol)


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
        dupes = sorted({c for c in columns if columns.count(c) > 1})
        if dupes:
            raise InputError(f"JSON Lines output needs unique column names; repeated: {dupes}")
        self._columns = columns

    def twin(self, stream: IO[str]) -> JsonlSink:
        """The same output on another stream (a part of the file written elsewhere)."""
        twin = JsonlSink(stream)
        twin._columns = self._columns
        return twin

    def write_rows(self, rows: list[list[str]]) -> None:
        cols = self._columns
        dumps = json.dumps
        self.stream.write(
            "".join(
                [
                    dumps(dict(zip(cols, row, strict=False)), ensure_ascii=False, default=str)
                    + "\n"
                    for row in rows
                ]
            )
        )


REPORT_COLUMNS = ["column", "value", "hint", "status", "count", "candidates", "error"]


def write_report(path: str, records: Iterable[dict[str, Any]]) -> None:
    """Write report records: JSON Lines if ``path`` ends in ``.jsonl``, a JSON array if in
    ``.json``, else CSV.

    In CSV the candidates are one field, ``code name (oblast) score`` joined by ``; ``.
    """
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
        if path.lower().endswith(".jsonl"):
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            return
        if path.lower().endswith(".json"):  # (the report is bounded: REPORT_LIMIT values)
            json.dump(list(records), f, ensure_ascii=False, indent=2)
            f.write("\n")
            return
        writer = csv_writer(f, ",", "\n")
        writer.writerow(REPORT_COLUMNS)
        for rec in records:
            cands = "; ".join(
                f"{c['code']} {c['name']} ({c['oblast']}) {c['score']}" for c in rec["candidates"]
            )
            writer.writerow([*(rec[k] for k in REPORT_COLUMNS[:5]), cands, rec["error"]])
