"""Reading delimited text for batch normalisation (writing is in :mod:`gazetteer.writers`).

What this module decides, so that the batch layer does not have to:

* **Encoding and dialect.** Told from a sample of the first bytes by :mod:`gazetteer.sniff`,
  unless the caller says (``encoding=``, ``delimiter=``). Output is always UTF-8, with a BOM
  exactly when the input had one (a file that came from Excel goes back to Excel intact).
  The line ending of the header is kept for every output line.
* **Records.** Input is read in blocks of lines and parsed strictly (RFC 4180 quoting, ``"``
  doubled inside): a quote left open at end of file, or text after a closing quote, is an
  error naming its line. Each record keeps its raw text when it is one line, so the batch
  layer can copy it to the output byte for byte.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from .badbyte import BreakCountingReader, bad_byte_line
from .chunk import Chunk, last_break, split_lines
from .errors import InputError
from .pipein import Prefixed
from .sniff import (
    BAD_DELIMITER,
    BOMS,
    detect_encoding,
    named_delimiter,
    read_as_cp1251,
    sep_line,
    sniff_delimiter,
    sniff_eol,
)

SAMPLE_BYTES = 1 << 16
#: Codecs that need a byte-order mark to know their byte order, and the marks they accept.
BOM_CODECS = {
    "utf-16": (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE),
    "utf-32": (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE),
}


def missing_extra(package: str, extra: str, what: str) -> ImportError:
    """The ImportError to raise when an optional dependency is absent: the install command
    that works however placematch was installed (it is no package of PyPI's, so
    ``pip install 'placematch[xlsx]'`` finds nothing), and the extra that brings it."""
    return ImportError(
        f"{what} needs {package}: pip install {package}"
        f" (placematch's extra '{extra}': pip install '.[{extra}]' in its folder)"
    )


# --- reading -------------------------------------------------------------------------------


class CsvSource:
    """A delimited text input opened for streaming: header, dialect, then :meth:`chunks`.

    With :attr:`count_bytes` set, each block says how many bytes of the file it took
    (``Chunk.nbytes``), so that a later pass can start at a block (:meth:`resume`).
    """

    count_bytes = False

    def __init__(
        self,
        path: str,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        on_error: str = "stop",
    ) -> None:
        self.path = path
        self.on_error = on_error
        if path == "-":
            if sys.stdin is None:  # file descriptor 0 closed (`<&-`, a daemon)
                raise InputError("-: standard input is closed; give the input file's name")
            stdin = Prefixed(b"", sys.stdin.buffer)  # (a signal ends its waits: pipein)
            sample = stdin.fill(SAMPLE_BYTES)
            self.size: int | None = None
            self._binary: BinaryIO = BreakCountingReader(stdin)  # type: ignore[assignment]
        else:
            try:
                self._binary = open(path, "rb")  # noqa: SIM115 - closed in close()
            except OSError as exc:
                raise InputError(f"cannot open {path}: {exc.strerror}") from None
            status = os.fstat(self._binary.fileno())
            if stat.S_ISREG(status.st_mode):
                self.size = status.st_size
                sample = self._binary.read(SAMPLE_BYTES)
                self._binary.seek(0)
            else:  # a pipe (<(zcat places.csv.gz), a named pipe): read once, as standard input
                self.size = None
                piped = Prefixed(b"", self._binary, owns=True)
                self._binary = BreakCountingReader(piped)  # type: ignore[assignment]
                try:
                    sample = piped.fill(SAMPLE_BYTES)
                except BaseException:  # (a signal while it waits: the pipe is closed)
                    self._binary.close()
                    raise
        try:
            self._setup(sample, encoding, delimiter)
        except BaseException:
            self.close(binary=True)
            raise

    def _setup(self, sample: bytes, encoding: str | None, delimiter: str | None) -> None:
        path = self.path
        if encoding is None:
            encoding, self.bom = detect_encoding(sample, complete=len(sample) < SAMPLE_BYTES)
        else:
            self.bom = sample.startswith(BOMS)
            if self.bom and encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
                encoding = "utf-8-sig"
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        if name in BOM_CODECS and not sample.startswith(BOM_CODECS[name]):
            # (the codec would raise a bare UnicodeError at the first read)
            raise InputError(
                f"{path}: {encoding} input has no byte-order mark: "
                f"use --encoding {name}-le or {name}-be"
            )
        self.encoding = encoding
        self._text = io.TextIOWrapper(self._binary, encoding=encoding, newline="")  # type: ignore[arg-type]
        head = sample.decode(encoding, errors="ignore")
        default = "\t" if path.lower().endswith(".tsv") else ","
        #: Excel's first line ``sep=X``: never the header; X is the delimiter unless told
        self.sep = sep_line(head)
        if delimiter is None:  # '' is a bad delimiter, not "sniff it"
            self.delimiter = self.sep or sniff_delimiter(head, default)
        else:
            self.delimiter = _delimiter_arg(delimiter)
        self.eol = sniff_eol(head)
        self._line = 1
        self._rest = ""
        self.header = self._read_header()

    def _reader(self, lines: list[str], strict: bool = True) -> Iterator[list[str]]:
        return csv.reader(lines, delimiter=self.delimiter, quotechar='"', strict=strict)

    def _readlines(self, hint: int) -> list[str]:
        """The header's lines (read before any block, so nothing is buffered yet)."""
        try:
            return self._text.readlines(hint)
        except UnicodeDecodeError as exc:
            raise self._decode_error(exc) from None

    def _decode_error(self, exc: UnicodeDecodeError) -> InputError:
        if isinstance(self._binary, BreakCountingReader):  # (a pipe cannot be read again)
            found = self._binary.line_of(exc)
        else:
            found = bad_byte_line(self.path, self.encoding)
        where = f"line {found}" if found else f"the lines from {self._line}"
        said = f"{where}: the bytes are not valid {self.encoding} ({exc.reason})"
        cyrillic = read_as_cp1251(exc) if exc.encoding.startswith("utf-8") else None
        if cyrillic is not None:  # (no Cyrillic in the sample the encoding was told from)
            return InputError(
                f"{said}; as Windows-1251 it reads {cyrillic[:60]!r}: pass --encoding cp1251"
            )
        return InputError(f"{said}; pass --encoding")

    def _read(self, hint: int) -> str:
        """About ``hint`` characters of whole lines, or the rest at end of input ('' after).

        One ``read`` and a cut at the last line ending: much cheaper than ``readlines``,
        which makes a string of every line.
        """
        text = self._rest
        while True:
            try:
                more = self._text.read(hint)
            except UnicodeDecodeError as exc:
                raise self._decode_error(exc) from None
            except OSError as exc:  # (not a write error: the batch layer names those)
                raise InputError(f"cannot read {self.path}: {exc.strerror or exc}") from None
            text += more
            if not more:
                self._rest = ""
                return text
            cut = last_break(text)
            if cut:
                self._rest = text[cut:]
                return text[:cut]

    def _read_header(self) -> list[str]:
        sep = self._readlines(1) if self.sep else []  # (counted in the header's bytes)
        lines: list[str] = []
        while True:
            more = self._readlines(1)
            if not lines:  # blank lines before the header (Excel's empty rows: ,,,): no data
                d = self.delimiter
                blank = next((i for i, ln in enumerate(more) if ln.strip().strip(d)), len(more))
                sep, more = sep + more[:blank], more[blank:]
                if blank and not more:
                    continue
            lines.extend(more)
            if not lines:
                raise InputError(f"{self.path}: empty input, no header row")
            try:
                rows = list(self._reader(lines))
            except csv.Error:
                if not more or len(lines) > 1000:
                    raise InputError(
                        f"line {self._line + len(sep)}: the header has an unclosed quote"
                    ) from None
                continue
            self._line += len(sep) + len(lines)
            bom = {"utf-8-sig": 3, "utf-16": 2}.get(codecs.lookup(self.encoding).name, 0)
            bom = bom if self.bom else 0
            #: the byte and the line where the records begin (for :meth:`stop_at`)
            self.header_bytes = bom + len("".join(sep + lines).encode(self._codec, "replace"))
            self.records_line = self._line
            return rows[0] if rows and rows[0] else [""]

    def position(self) -> int:
        """Bytes consumed so far (for progress; read-ahead makes it approximate)."""
        try:
            return self._binary.tell()
        except (OSError, ValueError):
            return 0

    def chunks(self, hint: int = 1 << 20) -> Iterator[Chunk]:
        """Yield the records after the header in blocks of about ``hint`` characters."""
        while True:
            text = self._read(hint)
            if not text:
                return
            if '"' not in text:
                chunk = Chunk(None, self._line, text=text, delimiter=self.delimiter)
                if self.count_bytes:
                    chunk.nbytes = len(text.encode(self._codec))
                yield chunk
                self._line += len(chunk)
                continue
            lines, pieces = split_lines(text), [text]
            while True:
                rows: list[list[str]] = []
                reader = self._reader(lines)
                try:
                    rows.extend(reader)
                    break
                except csv.Error:
                    if reader.line_num < len(lines):  # type: ignore[attr-defined]
                        break
                    more = self._read(max(hint, len(text)))
                    if not more:
                        break
                    lines.extend(split_lines(more))
                    pieces.append(more)
            if len(rows) == len(lines) and reader.line_num == len(lines):  # type: ignore[attr-defined]
                chunk = Chunk(rows, self._line, lines=lines, delimiter=self.delimiter)
            else:
                chunk = self._slow_chunk(lines)
            if self.count_bytes:
                chunk.nbytes = sum(len(p.encode(self._codec)) for p in pieces)
            self._line += len(lines)
            yield chunk

    def _slow_chunk(self, lines: list[str]) -> Chunk:
        """Parse a block record by record, tracking lines; bad quoting stops or is kept.

        A quote left open to the end of the file is its own line's fault: kept, that line is
        the malformed record and the lines after it are read again as records, so no row is
        lost in it. Stopping, a row before the bad quote that has too many fields is named
        first, as it would be in a block of its own.
        """
        chunk = Chunk([], self._line, linenos=[], delimiter=self.delimiter)
        assert chunk.linenos is not None
        reader, start, done = self._reader(lines), 0, 0  # (the reader reads lines[start:])
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return chunk
            except csv.Error as exc:
                at_end = str(exc).startswith("unexpected end of data")
                what = "unclosed quote at end of file" if at_end else f"bad quoting ({exc})"
                if self.on_error != "keep":
                    self._check_widths(chunk)
                    raise InputError(f"line {self._line + done}: {what}") from None
                end = done + 1 if at_end else start + reader.line_num  # type: ignore[attr-defined]
                bad = [lines[done].rstrip("\r\n")] if at_end else lines[done:end]
                row = [f for rec in self._reader(bad, strict=False) for f in rec]
                chunk.errors[len(chunk.rows)] = what
                if at_end:
                    reader, start = self._reader(lines[end:]), end
            chunk.rows.append(row)
            chunk.linenos.append(self._line + done)
            done = start + reader.line_num  # type: ignore[attr-defined]

    def _check_widths(self, chunk: Chunk) -> None:
        """Raise for the first row of ``chunk`` with more fields than the header."""
        n = len(self.header)
        for row, line in zip(chunk.rows, chunk.linenos or (), strict=True):
            if len(row) > n and any(row[n:]):
                raise InputError(f"line {line}: {len(row)} fields, the header has {n}")

    @property
    def _codec(self) -> str:
        """The codec of the file past its start, where there is no BOM (for UTF-16 only to
        count bytes: it cannot :meth:`resume`)."""
        name = codecs.lookup(self.encoding).name
        return {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}.get(name, self.encoding)

    def resume(self, offset: int, line: int, end: int | None = None) -> None:
        """Read on from byte ``offset`` of the file, where a record starts on line ``line``,
        up to byte ``end`` (where another record starts), or to the end of the file.

        Only for codecs that can start mid-file: UTF-8 and single-byte ones like cp1251.
        """
        binary: Any = self._text.detach()
        binary.seek(offset)
        if end is not None:
            binary = io.BufferedReader(Prefixed(b"", binary, end - offset))
        self._text = io.TextIOWrapper(binary, encoding=self._codec, newline="")
        self._line, self._rest = line, ""

    def stop_at(self, end: int) -> None:
        """Read no further than byte ``end``, where a record starts (before any block)."""
        self.resume(self.header_bytes, self.records_line, end)
        self.size = end

    def close(self, binary: bool = False) -> None:
        """Close the underlying file (never stdin)."""
        if self.path != "-":
            (self._binary if binary else self._text).close()


def _delimiter_arg(value: str) -> str:
    named = named_delimiter(value)
    if named is None:
        raise InputError(f"bad delimiter {value!r}: {BAD_DELIMITER}")
    return named
