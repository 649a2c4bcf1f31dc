"""Quote-free blocks of delimited text checked and cut at C speed, not line by line.

A block whose lines all end with one line ending, with no quote in it, is regular when each
line has the header's number of delimiters. One ``bytes.translate`` that drops every byte
but the delimiter and the line end tells it (five times cheaper than counting each line's
delimiters); then the fields of a column between the first and the last are every
``n - 1``-th piece of the whole block split at the delimiter, with no list made per line. In
UTF-8 an ASCII byte is that character alone, never part of another; a delimiter of more
bytes is counted line by line.
"""

from __future__ import annotations

from operator import methodcaller
from typing import Any, AnyStr


def even(data: bytes, lines: int, delimiter: bytes, end: bytes, fields: int) -> bool:
    """Whether each of the ``lines`` lines of ``data`` (each ended by the byte ``end``, no
    other line break in it) has ``fields - 1`` of the one-byte ``delimiter``."""
    kept = data.translate(None, _others(delimiter + end))
    return kept == (delimiter * (fields - 1) + end) * lines


def even_lines(data: bytes, lines: list[Any], delimiter: str, eol: str, fields: int) -> bool:
    """Whether each of ``lines`` (the lines of ``data``, in UTF-8, as bytes or text, each
    ended by ``eol`` and holding no other break) has ``fields - 1`` delimiters."""
    d = delimiter.encode("utf-8")
    if len(d) == 1:
        return even(data, len(lines), d, eol[-1:].encode("ascii"), fields)
    sep = delimiter if lines and type(lines[0]) is str else d
    return set(map(methodcaller("count", sep), lines)) == {fields - 1}


class Columns:
    """The fields of each column of a regular block (see :func:`even`), made on demand.

    ``block``: its text or bytes; ``lines``: each line without its ending, or a function that
    makes them (asked only for the first and last columns).
    """

    def __init__(self, block: AnyStr, lines: Any, delimiter: AnyStr, fields: int) -> None:
        self.block, self._lines, self.delimiter, self.fields = block, lines, delimiter, fields
        self._pieces: list[AnyStr] | None = None

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
