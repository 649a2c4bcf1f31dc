"""Quote-free blocks of delimited text checked and cut at C speed, not line by line.

A block whose lines all end with one line ending, with no quote in it, is regular when each
line has the header's number of delimiters. One ``bytes.translate`` that drops every byte
but the delimiter and the line end tells it (five times cheaper than counting each line's
delimiters), and counts the lines; then the fields of a column between the first and the
last are every ``n - 1``-th piece of the whole block split at the delimiter, with no list
made per line. In UTF-8 an ASCII byte is that character alone, never part of another; a
delimiter of more bytes is counted line by line.
"""

from __future__ import annotations

from operator import methodcaller
from typing import Any

from .chunk import Chunk


def even(data: bytes, delimiter: bytes, end: bytes, fields: int) -> int:
    """The number of lines of ``data`` when each ends with the byte ``end`` and has
    ``fields - 1`` of the one-byte ``delimiter``, else -1. ``data`` must hold no line break
    but ``end`` (or ``end`` after a ``\\r`` that it has with every one)."""
    if not data.endswith(end):  # (a last line with no delimiter would not show in ``kept``)
        return -1
    kept = data.translate(None, _others(delimiter + end))
    lines = kept.count(end)
    return lines if kept == (delimiter * (fields - 1) + end) * lines else -1


def cut_regular(
    chunk: Chunk, eol: str, delimiter: str, fields: int, coded: bool
) -> tuple[Any, list[Any]] | None:
    """A quote-free block (text, or with ``coded`` its UTF-8 bytes) and its lines without
    their endings, when every line ends with ``eol`` and has ``fields`` fields; else None."""
    text, data, d = chunk.text, chunk.data, delimiter.encode("utf-8")
    assert text is not None
    if data is not None and eol == "\n" and len(d) == 1 and b"\r" not in data:
        size = even(data, d, b"\n", fields)  # (no count of the lines on their own)
        if size < 0:
            return None
        chunk.set_breaks((size, 0, 0))
        block: Any = data if coded else text
        lines = block.split(data[-1:] if coded else eol)
        lines.pop()  # the empty text after the last line ending
        return block, lines
    size = len(chunk)
    nl, cr, crlf = chunk.breaks()
    ends = {"\n": nl, "\r\n": crlf, "\r": cr}[eol]
    if ends != size or nl + cr != size * len(eol):  # not every line ends with eol
        return None
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    block = data if coded else text
    lines = block.split(eol.encode() if coded else eol)  # (UTF-8: a break is a break alone)
    lines.pop()
    if len(d) == 1:
        regular = even(data, d, eol[-1:].encode("ascii"), fields) == size
    else:
        sep = d if coded else delimiter
        regular = set(map(methodcaller("count", sep), lines)) == {fields - 1}
    return (block, lines) if regular else None


class Columns:
    """The fields of each column of a regular block, made on demand.

    ``block``: its text or bytes; ``lines``: each line without its ending, or a function that
    makes them (asked only for the first and last columns).
    """

    def __init__(self, block: Any, lines: Any, delimiter: Any, fields: int) -> None:
        self.block, self._lines, self.delimiter, self.fields = block, lines, delimiter, fields
        self._pieces: list[Any] | None = None

    def __call__(self, i: int) -> list[Any]:
        """Field ``i`` of each line."""
        step, d = self.fields - 1, self.delimiter
        if 0 < i < step:  # (a line's first and last fields are pieces with a line break)
            if self._pieces is None:
                self._pieces = self.block.split(d)
            return self._pieces[i::step]
        if callable(self._lines):
            self._lines = self._lines()
        return [line.split(d, i + 1)[i] for line in self._lines]


_DROPPED: dict[bytes, bytes] = {}


def _others(kept: bytes) -> bytes:
    """Every byte but those of ``kept``: the bytes :meth:`bytes.translate` is to delete."""
    dropped = _DROPPED.get(kept)
    if dropped is None:
        dropped = _DROPPED[kept] = bytes(b for b in range(256) if b not in kept)
    return dropped
