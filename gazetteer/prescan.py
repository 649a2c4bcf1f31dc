"""A first, cheap pass over a file for the keys it will ask about (:meth:`Normalizer.preload`).

Only the normalised columns, the hint column and any raion or hromada columns are cut out
of each block, which costs a fraction of a full pass; the values are all resolved before the
rows are written, so both cores are busy resolving and every ambiguous value is decided with
the whole file's geography known. Only a regular file can be read twice: standard input,
pipes and workbooks (which openpyxl can only read whole, slowly) stream in one pass.

In UTF-8 and cp1251 a delimiter, quote or line ending is a byte that no other character
contains, so quote-free blocks are cut as bytes, undecoded, and only each block's distinct
values are decoded; from the first block with a quote (or a lone carriage return) on, the
text is parsed as the full pass parses it.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator, Sequence
from typing import Any

from .chunk import split_lines
from .csvio import CsvSource
from .points import point_text
from .resolving import text_of
from .tableio import ParquetSource
from .unitcols import with_units

BLOCK_BYTES = 1 << 20
BYTE_CODECS = frozenset({"utf-8", "utf-8-sig", "cp1251"})


def can_prescan(path: str, source: Any) -> bool:
    """Whether ``source`` (opened on ``path``) is a CSV/TSV or Parquet regular file."""
    if path == "-" or not isinstance(source, (CsvSource, ParquetSource)):
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def scan_keys(
    path: str,
    source: Any,
    idx: list[int],
    hint: int | None,
    marks: list | None = None,
    units: Sequence[tuple[int, str]] = (),
    points: tuple[int, int] | None = None,
) -> Iterator[list[Any]]:
    """Each block's new keys for each column of ``idx``: values, or (value, hint) pairs;
    with ``units`` ((column, level) of raion and hromada columns), values read with their
    row's units as the full pass reads them (:func:`gazetteer.unitcols.with_units`); with
    ``points`` (the latitude and longitude columns), (value, hint, point) triples, the hint
    ``""`` without a hint column (:mod:`gazetteer.points`).

    Rows the full pass will refuse are read as best they can be: a key too many only costs a
    lookup, and one missed is resolved when its row comes. For delimited text, ``marks``
    gets each block's first line and size in bytes (:mod:`gazetteer.splitrun`).
    """
    if isinstance(source, CsvSource):
        blocks = _csv_blocks(path, source, marks)
    else:
        wanted = [*idx, *([] if hint is None else [hint]), *(i for i, _ in units), *(points or ())]
        blocks = _parquet_blocks(source, wanted)
    seen: set[Any] = set()  # as read: only keys not met before are decoded and handed on
    for column, decode in blocks:
        if (units or points) and decode is not None:  # cells read as text: decode them all
            column = lambda i, c=column, d=decode: [d(b) for b in c(i)]  # noqa: E731
            decode = None
        hints = None if hint is None else column(hint)
        beside = [(column(i), level) for i, level in units]
        where = None if points is None else _points(column(points[0]), column(points[1]))
        for i in idx:
            values = column(i)
            if beside:
                values = with_units(values, beside)
            if where is not None:
                keys: Any = zip(values, hints or [""] * len(values), where)
            else:
                keys = values if hints is None else zip(values, hints)
            distinct = set(keys).difference(seen)
            seen.update(distinct)
            if decode is None:
                yield list(distinct)
            elif hints is None:
                yield [decode(k) for k in distinct]
            else:
                yield [(decode(v), decode(h)) for v, h in distinct]


def _points(latitudes: list[Any], longitudes: list[Any]) -> list[str]:
    """Each row's point as the full pass reads it (``""`` for none or an unreadable one)."""
    known: dict[tuple[Any, Any], str] = {}
    out = []
    for cells in zip(latitudes, longitudes):
        point = known.get(cells)
        if point is None:
            point = known[cells] = point_text(*cells) or ""
        out.append(point)
    return out


def _csv_blocks(path: str, source: CsvSource, marks: list | None) -> Iterator[tuple]:
    """For each block, a function from a column's index to its values, and their decoder."""
    if codecs.lookup(source.encoding).name in BYTE_CODECS:
        yield from _byte_blocks(path, source, marks)
    else:
        yield from _text_blocks(path, source, marks)


def _byte_blocks(path: str, source: CsvSource, marks: list | None) -> Iterator[tuple]:
    codec, d = source._codec, source.delimiter.encode()
    decode = lambda b: b.decode(codec, "replace")  # noqa: E731 - a bad byte stops the full pass
    offset, line, rest = source.header_bytes, source.records_line, b""
    with open(path, "rb") as f:
        f.seek(offset)
        while True:
            data = f.read(BLOCK_BYTES)
            block = rest + data
            if not block:
                return
            cut = block.rfind(b"\n") + 1 if data else len(block)
            if not cut:  # a line longer than a block: read on
                rest = block
                continue
            block, rest = block[:cut], block[cut:]
            if b'"' in block or (b"\r" in block and block.count(b"\r") != block.count(b"\r\n")):
                yield from _text_blocks(path, source, marks, (offset, line))
                return
            if marks is not None:
                marks.append((line, len(block)))
            lines = (block.replace(b"\r\n", b"\n") if b"\r" in block else block).split(b"\n")
            if not lines[-1]:
                lines.pop()  # the empty text after the last line ending
            offset, line = offset + len(block), line + len(lines)
            yield (lambda i, lines=lines: _field(lines, d, i)), decode


def _text_blocks(
    path: str, source: CsvSource, marks: list | None, start: tuple[int, int] | None = None
) -> Iterator[tuple]:
    scan = CsvSource(path, encoding=source.encoding, delimiter=source.delimiter, on_error="keep")
    scan.count_bytes, d = marks is not None, scan.delimiter
    if start is not None:
        scan.resume(*start)
    try:
        for chunk in scan.chunks():
            if marks is not None:
                marks.append((chunk.first_line, chunk.nbytes))
            text = chunk.text
            if text is None:  # quoted fields: the parsed rows
                rows = chunk.rows
                yield (lambda i, rows=rows: [r[i] if i < len(r) else "" for r in rows]), None
                continue
            if "\r" in text:
                lines = [line.rstrip("\r\n") for line in split_lines(text)]
            else:
                lines = text.split("\n")
                if not lines[-1]:
                    lines.pop()  # the empty text after the last line ending
            yield (lambda i, lines=lines: _field(lines, d, i)), None
    finally:
        scan.close()


def _field(lines: list[Any], d: Any, i: int) -> list[Any]:
    """Field ``i`` of each quote-free line (empty where a line has fewer fields)."""
    try:
        return [line.split(d, i + 1)[i] for line in lines]
    except IndexError:
        empty = d[:0]
        return [(f[i] if i < len(f) else empty) for f in (line.split(d, i + 1) for line in lines)]


def _parquet_blocks(source: ParquetSource, wanted: list[int]) -> Iterator[tuple]:
    """For each batch of rows, a function from a column's index to its values as text."""
    header = source.header
    for columns in source.column_batches([header[i] for i in sorted(set(wanted))]):
        yield (lambda i, c=columns: list(map(text_of, c[header[i]]))), None
