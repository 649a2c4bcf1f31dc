"""A block of consecutive records, as the sources hand them to the batch layer.

Delimited text keeps its raw lines (or, quote-free, just its text) beside the parsed rows, so
the batch layer can copy records to the output byte for byte; Parquet and XLSX blocks have
rows only.
"""

from __future__ import annotations

import csv
import io
import sys
from typing import Any

from .errors import InputError


def _lift_field_limit() -> None:
    """Let the csv module read fields of any length: its default limit (128 KiB) would
    refuse a valid file with a long note, and a quote left open far from the end of a file.
    The limit is the module's, for the whole process; every reader here comes after this."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # a C long narrower than sys.maxsize (Windows)
            limit //= 2


_lift_field_limit()


class Chunk:
    """A block of consecutive records.

    ``lines`` holds each record's raw text (with its line ending) when every record of the
    block is exactly one physical line, else ``None``. ``errors`` maps a record's index to
    the parse error that made it (``on_error="keep"`` only). ``text`` is the block's text,
    kept when it has no quote character: its records are then exactly its lines split at the
    delimiter, and its lines and rows are made only if someone asks for them.
    """

    def __init__(
        self,
        parsed: list[list[Any]] | None,
        first_line: int,
        lines: list[str] | None = None,
        linenos: list[int] | None = None,
        errors: dict[int, str] | None = None,
        text: str | None = None,
        delimiter: str = ",",
    ) -> None:
        self.parsed, self.first_line, self._lines = parsed, first_line, lines
        self.linenos, self.errors = linenos, errors if errors is not None else {}
        self.text, self.delimiter = text, delimiter
        self._breaks: tuple[int, int, int] | None = None
        self.nbytes: int | None = None  #: the block's size in the file, when its source counts

    def __len__(self) -> int:
        if self.parsed is not None:
            return len(self.parsed)
        if self._lines is None and self.text is not None:
            nl, cr, crlf = self.breaks()
            return nl + cr - crlf + (not self.text.endswith(("\n", "\r")))
        return len(self.lines or ())

    def breaks(self) -> tuple[int, int, int]:
        """How many ``\n``, ``\r`` and ``\r\n`` the block's ``text`` holds."""
        if self._breaks is None:
            text = self.text or ""
            if "\r" in text:
                self._breaks = (text.count("\n"), text.count("\r"), text.count("\r\n"))
            else:  # the usual case: a search for \r runs at memchr's pace, a count does not
                self._breaks = (text.count("\n"), 0, 0)
        return self._breaks

    @property
    def lines(self) -> list[str] | None:
        """Each record's raw text, line ending included (split from ``text`` on first use)."""
        if self._lines is None and self.text is not None:
            self._lines = split_lines(self.text)
        return self._lines

    @property
    def rows(self) -> list[list[Any]]:
        """The records' fields (parsed on first use for a quote-free block)."""
        if self.parsed is None:
            assert self.lines is not None
            reader = csv.reader(self.lines, delimiter=self.delimiter, strict=True)
            try:
                self.parsed = list(reader)
            except csv.Error as exc:  # (a quote-free block: not expected, but never a traceback)
                line = self.first_line + max(reader.line_num - 1, 0)
                raise InputError(f"line {line}: bad quoting ({exc})") from None
        return self.parsed

    def lineno(self, index: int) -> int:
        """The physical line where record ``index`` starts."""
        return self.linenos[index] if self.linenos is not None else self.first_line + index

    def split(self, at: int) -> tuple[Chunk, Chunk]:
        """The records before ``at`` and from ``at`` on, as two chunks."""
        linenos = [self.lineno(i) for i in range(len(self.rows))]
        lines = self.lines
        parts = []
        for lo, hi in ((0, at), (at, len(self.rows))):
            part = Chunk(
                self.rows[lo:hi],
                linenos[lo] if lo < hi else self.first_line,
                lines=lines[lo:hi] if lines is not None else None,
                linenos=linenos[lo:hi],
                errors={i - lo: e for i, e in self.errors.items() if lo <= i < hi},
                delimiter=self.delimiter,
            )
            parts.append(part)
        return parts[0], parts[1]

    def __add__(self, other: Chunk) -> Chunk:
        n = len(self.rows)
        mine, theirs = self.lines, other.lines
        return Chunk(
            self.rows + other.rows,
            self.first_line,
            lines=mine + theirs if mine is not None and theirs is not None else None,
            linenos=[self.lineno(i) for i in range(n)]
            + [other.lineno(i) for i in range(len(other.rows))],
            errors={**self.errors, **{i + n: e for i, e in other.errors.items()}},
            delimiter=self.delimiter,
        )


def split_lines(text: str) -> list[str]:
    """``text`` cut after each ``\r\n``, ``\r`` or ``\n`` (and nothing else), endings kept."""
    return io.StringIO(text, newline="").readlines()


def last_break(text: str) -> int:
    """The index after the last line ending of ``text`` that is surely complete, else 0.

    A final ``\r`` may be the first half of a ``\r\n`` whose ``\n`` has not been read.
    """
    end = len(text) - 1 if text.endswith("\r") else len(text)
    return max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
