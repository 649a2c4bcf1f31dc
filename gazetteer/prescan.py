"""A first, cheap pass over a file for the keys it will ask about (:meth:`Normalizer.preload`).

Only the normalised columns and the hint column are cut out of each block, which costs a
fraction of a full pass; the values are all resolved before the rows are written, so both
cores are busy resolving and every ambiguous value is decided with the whole file's
geography known. Only a regular file can be read twice: standard input, pipes and
workbooks (which openpyxl can only read whole, slowly) stream in one pass.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from typing import Any

from .chunk import split_lines
from .csvio import CsvSource
from .resolving import text_of
from .tableio import ParquetSource


def can_prescan(path: str, source: Any) -> bool:
    """Whether ``source`` (opened on ``path``) is a CSV/TSV or Parquet regular file."""
    if path == "-" or not isinstance(source, (CsvSource, ParquetSource)):
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def scan_keys(
    path: str, source: Any, idx: list[int], hint: int | None, marks: list | None = None
) -> Iterator[list[Any]]:
    """Each block's keys for each column of ``idx``: values, or (value, hint) pairs.

    Rows the full pass will refuse are read as best they can be: a key too many only costs a
    lookup, and one missed is resolved when its row comes. For delimited text, ``marks``
    gets each block's first line and size in bytes (:mod:`gazetteer.splitrun`).
    """
    blocks = _csv_blocks(path, source, marks) if isinstance(source, CsvSource) else None
    if blocks is None:
        blocks = _parquet_blocks(source, [*idx, *([] if hint is None else [hint])])
    for column in blocks:
        hints = None if hint is None else column(hint)
        for i in idx:
            values = column(i)
            yield values if hints is None else list(zip(values, hints))


def _csv_blocks(path: str, source: CsvSource, marks: list | None) -> Iterator[Any]:
    """For each block, a function from a column's index to its values."""
    scan = CsvSource(path, encoding=source.encoding, delimiter=source.delimiter, on_error="keep")
    scan.count_bytes, d = marks is not None, scan.delimiter
    try:
        for chunk in scan.chunks():
            if marks is not None:
                marks.append((chunk.first_line, chunk.nbytes))
            text = chunk.text
            if text is None:  # quoted fields: the parsed rows
                rows = chunk.rows
                yield lambda i, rows=rows: [r[i] if i < len(r) else "" for r in rows]
                continue
            if "\r" in text:
                lines = [line.rstrip("\r\n") for line in split_lines(text)]
            else:
                lines = text.split("\n")
                if not lines[-1]:
                    lines.pop()  # the empty text after the last line ending
            yield lambda i, lines=lines: _field(lines, d, i)
    finally:
        scan.close()


def _field(lines: list[str], d: str, i: int) -> list[str]:
    """Field ``i`` of each quote-free line (empty where a line has fewer fields)."""
    try:
        return [line.split(d, i + 1)[i] for line in lines]
    except IndexError:
        return [(f[i] if i < len(f) else "") for f in (line.split(d, i + 1) for line in lines)]


def _parquet_blocks(source: ParquetSource, wanted: list[int]) -> Iterator[Any]:
    """For each batch of rows, a function from a column's index to its values as text."""
    header = source.header
    for columns in source.column_batches([header[i] for i in sorted(set(wanted))]):
        yield lambda i, c=columns: list(map(text_of, c[header[i]]))
